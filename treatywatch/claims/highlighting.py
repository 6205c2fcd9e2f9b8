"""The checked text cut into pieces for the page: plain text, and each claim's words with
its number. Pure: the template escapes and marks them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    text: str
    number: int | None = None  # the claim's number in the report; None for plain text
    verdict: str = ""


def pieces(text: str, claims: list[dict]) -> list[Piece]:
    """`claims` in the report's order, numbered from 1. A claim whose words overlap an
    earlier one's is not marked twice: it keeps its number in the table."""
    cut, at = [], 0
    for number, claim in sorted(enumerate(claims, 1), key=lambda pair: pair[1]["start"]):
        if claim["start"] < at:
            continue
        cut.append(Piece(text[at : claim["start"]]))
        cut.append(Piece(text[claim["start"] : claim["end"]], number, claim["verdict"]))
        at = claim["end"]
    cut.append(Piece(text[at:]))
    return [piece for piece in cut if piece.text]
