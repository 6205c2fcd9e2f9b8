import pytest

from treatywatch.search.hits import MATCH_END, MATCH_START, SnippetPart, snippet_parts


def marked(word: str) -> str:
    return f"{MATCH_START}{word}{MATCH_END}"


@pytest.mark.parametrize(
    ("snippet", "parts"),
    [
        ("no match here", [("no match here", False)]),
        (
            f"the {marked('Ottawa')} process",
            [("the ", False), ("Ottawa", True), (" process", False)],
        ),
        (f"{marked('US')} {marked('policy')}", [("US", True), (" ", False), ("policy", True)]),
        (f"cut off {MATCH_START}mid", [("cut off ", False), ("mid", True)]),
        ("", []),
    ],
)
def test_a_marked_snippet_splits_into_plain_and_matched_parts(snippet, parts):
    assert snippet_parts(snippet) == tuple(SnippetPart(text, matched) for text, matched in parts)
