"""The checked text cut into plain pieces and numbered claims, for the page to mark."""

import pytest

from treatywatch.claims.highlighting import Piece, pieces

TEXT = "In 2009, 156 nations were party; Burma was not."


def claim(start: int, end: int, verdict: str = "supported") -> dict:
    return {"start": start, "end": end, "verdict": verdict}


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([], [Piece(TEXT)]),
        (
            [claim(9, 20), claim(33, 46, "contradicted")],
            [
                Piece("In 2009, "),
                Piece("156 nations", 1, "supported"),
                Piece(" were party; "),
                Piece("Burma was not", 2, "contradicted"),
                Piece("."),
            ],
        ),
        # The report's order numbers the claims, whatever the order of their places.
        (
            [claim(33, 46), claim(0, 7)],
            [
                Piece("In 2009", 2, "supported"),
                Piece(", 156 nations were party; "),
                Piece("Burma was not", 1, "supported"),
                Piece("."),
            ],
        ),
        # A claim inside an earlier one's words is not marked twice.
        (
            [claim(9, 31), claim(13, 20)],
            [
                Piece("In 2009, "),
                Piece("156 nations were party", 1, "supported"),
                Piece("; Burma was not."),
            ],
        ),
        ([claim(0, len(TEXT))], [Piece(TEXT, 1, "supported")]),
    ],
)
def test_the_text_is_cut_at_each_claim_and_nothing_is_lost(claims, expected):
    cut = pieces(TEXT, claims)
    assert cut == expected and "".join(p.text for p in cut) == TEXT
