"""A claim found in a text: where it is, what it asserts, about whom."""

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Claim:
    start: int  # character offsets of the claim's words in the text
    end: int
    text: str
    sentence: str
    # count | ordinal | status | group | group_count | region_count | only | meeting |
    # entry_into_force | treaty_event | state_event | since | figure | vote_tally | vote
    kind: str
    treaty: str  # mbt | ccm
    subject: str  # what the claim is about: a measure, an ISO3 code, a group, a meeting
    value: str | int | None  # what it asserts (a number, a status, a year)
    qualifier: str = ""  # nearly, about, more than, at least ...
    detail: str = ""  # what more the claim says: a place, an excluded state

    def as_dict(self) -> dict:
        return asdict(self)
