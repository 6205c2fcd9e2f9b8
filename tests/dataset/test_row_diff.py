import pytest

from treatywatch.dataset.row_diff import Segment, row_diff, word_diff


@pytest.mark.parametrize(
    "before, after, expected",
    [
        ("a b c", "a b c", [Segment("same", "a b c")]),
        ("", "new text", [Segment("added", "new text")]),
        ("old text", "", [Segment("removed", "old text")]),
        (
            "The US abstained in 2009.",
            "The US abstained again in 2009.",
            [
                Segment("same", "The US abstained "),
                Segment("added", "again "),
                Segment("same", "in 2009."),
            ],
        ),
        (
            "about 3 million mines",
            "about 4 million mines",
            [
                Segment("same", "about "),
                Segment("removed", "3"),
                Segment("added", "4"),
                Segment("same", " million mines"),
            ],
        ),
    ],
)
def test_a_word_diff_shows_what_was_kept_removed_and_added_in_reading_order(
    before, after, expected
):
    assert word_diff(before, after) == expected


def test_the_diff_of_a_word_diff_rebuilds_both_texts():
    before, after = "A B C D E", "A C D X E F"
    segments = word_diff(before, after)
    assert "".join(s.text for s in segments if s.kind != "added") == before
    assert "".join(s.text for s in segments if s.kind != "removed") == after


def test_a_row_diff_lists_every_field_and_marks_the_changed_ones():
    changes = row_diff(
        ["id", "text", "date"],
        {"id": "e1", "text": "old", "date": "2009"},
        {"id": "e1", "text": "new", "date": "2009"},
    )
    assert [(c.field, c.changed) for c in changes] == [
        ("id", False),
        ("text", True),
        ("date", False),
    ]


def test_a_created_row_has_an_empty_before():
    assert [(c.before, c.after) for c in row_diff(["id"], None, {"id": "e1"})] == [("", "e1")]
