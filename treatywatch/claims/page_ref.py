"""Which page of the site shows a finding's evidence, named, not addressed: the core knows
no addresses; the Django adapter (links.py) turns a reference into one with reverse()."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PageRef:
    page: str  # "treaty" (key: mbt, ccm) or "state" (key: an ISO3 code)
    key: str
    as_of: date

    def as_dict(self) -> dict:
        return {"page": self.page, "key": self.key, "as_of": self.as_of.isoformat()}


def treaty_link(code: str, on: date) -> PageRef:
    return PageRef("treaty", code, on)


def state_link(iso3: str, on: date) -> PageRef:
    return PageRef("state", iso3, on)
