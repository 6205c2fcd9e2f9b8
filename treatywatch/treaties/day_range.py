"""The days TreatyWatch answers for, and the one way a reader writes them. The site's
`?as_of=`, every date parameter of the API and the command line's `--as-of` read dates here,
so the three refuse the same texts with the same words.

Only YYYY-MM-DD: `date.fromisoformat` alone would also take 20091130 and 2009-W48-1.
The range starts before the oldest fact in the record (the last US use of antipersonnel
mines, 1991) and ends ten years ahead: a view of the far future lists an annual report and
a deadline for every year until then, thousands of rows that say nothing the record knows,
and a view of year 1 overflows date arithmetic.
"""

import re
from datetime import date

EARLIEST_DAY = date(1990, 1, 1)
YEARS_AHEAD = 10

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHOWN_CHARACTERS = 40


def latest_day(today: date | None = None) -> date:
    """The last day answered for: 31 December, `YEARS_AHEAD` years after this one."""
    return date((today or date.today()).year + YEARS_AHEAD, 12, 31)


def parse_day(text: str, today: date | None = None) -> date:
    """The day `text` names; ValueError, with a message saying how to fix it, otherwise."""
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{_shown(text)}' is not a date; write YYYY-MM-DD") from None
    return check_day(day, today)


def check_day(day: date, today: date | None = None) -> date:
    """`day` itself if it lies in the range; ValueError naming the range otherwise."""
    last = latest_day(today)
    if not EARLIEST_DAY <= day <= last:
        raise ValueError(
            f"{day.isoformat()} is outside the dates TreatyWatch answers for: "
            f"give one from {EARLIEST_DAY.isoformat()} to {last.isoformat()}"
        )
    return day


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARACTERS else text[:_SHOWN_CHARACTERS] + "…"
