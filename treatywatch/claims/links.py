"""Where a verdict's evidence can be read on the site, as of the date judged."""

from datetime import date


def treaty_link(code: str, on: date) -> str:
    return f"/treaties/{code}/?as_of={on.isoformat()}"


def state_link(iso3: str, on: date) -> str:
    return f"/countries/{iso3}/?as_of={on.isoformat()}"
