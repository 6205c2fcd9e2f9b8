"""The UN Digital Library's General Assembly voting data (CSV, one row per state and
resolution: undl_id, ms_code, ms_name, ms_vote, date, session, resolution, ..., title, ...,
total_yes, total_no, total_abstentions, total_non_voting, ...), read for the resolutions on
the two treaties only. Its data dictionary: "UN General Assembly Voting Data: Description
and Terms of Use" (Dag Hammarskjöld Library, version 5, February 2026)."""

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from treatywatch.importers.problems import WrongShape
from treatywatch.importers.treaty_resolutions import treaty_of

REQUIRED = ("undl_id", "ms_code", "ms_name", "ms_vote", "date", "session", "resolution", "title")
TOTALS = {
    "yes": "total_yes",
    "no": "total_no",
    "abstain": "total_abstentions",
    "absent": "total_non_voting",
}
# X is "non-voting"; a state listed with no vote did not vote either.
VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent", "": "absent"}


@dataclass
class RollCall:
    treaty: str
    undl_id: str
    symbol: str
    title: str
    date: date
    totals: dict[str, int]  # the recorded totals the file gives: yes, no, abstain, absent
    votes: dict[str, str] = field(default_factory=dict)  # ms_code -> yes/no/abstain/absent
    names: dict[str, str] = field(default_factory=dict)  # ms_code -> ms_name


def read_roll_calls(path: Path) -> list[RollCall]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            return _roll_calls(csv.reader(handle))
    except UnicodeDecodeError:
        raise WrongShape("not UTF-8 text, so not a UN Digital Library voting CSV") from None
    except csv.Error as error:
        raise WrongShape(f"not readable as CSV ({error})") from None


def _roll_calls(reader) -> list[RollCall]:
    header = next(reader, [])
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise WrongShape(
            f"not a UN Digital Library voting CSV: its header has no column {', '.join(missing)}"
        )
    calls: dict[str, RollCall] = {}
    subjects: dict[tuple[str, str], str | None] = {}
    for row in reader:
        cells = dict(zip(header, row + [""] * (len(header) - len(row))))
        about = (cells.get("resolution", ""), cells.get("title", ""))
        if about not in subjects:
            subjects[about] = treaty_of(*about)
        if subjects[about]:
            _add_vote(calls, subjects[about], cells, f"line {reader.line_num}")
    return list(calls.values())


def _add_vote(calls: dict[str, RollCall], treaty: str, cells: dict, where: str) -> None:
    symbol = cells["resolution"]
    call = calls.get(symbol) or calls.setdefault(symbol, _roll_call(treaty, cells, where))
    if (cells["undl_id"], cells["date"]) != (call.undl_id, call.date.isoformat()):
        raise WrongShape(f"{where}: {symbol} has another undl_id or date than on its first line")
    code, vote = cells["ms_code"], cells["ms_vote"].strip()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise WrongShape(f"{where}: ms_code: '{code}' is not a three-letter code")
    if vote not in VOTES:
        raise WrongShape(f"{where}: ms_vote: '{vote}' is not Y, N, A, X or empty")
    if code in call.votes:
        raise WrongShape(f"{where}: {symbol}: a second vote for {code}")
    call.votes[code], call.names[code] = VOTES[vote], cells["ms_name"]


def _roll_call(treaty: str, cells: dict, where: str) -> RollCall:
    if not cells["undl_id"].isdigit():
        raise WrongShape(f"{where}: undl_id: '{cells['undl_id']}' is not a record number")
    try:
        day = date.fromisoformat(cells["date"])
    except ValueError:
        raise WrongShape(f"{where}: date: '{cells['date']}' is not a date (YYYY-MM-DD)") from None
    return RollCall(
        treaty, cells["undl_id"], cells["resolution"], cells["title"], day, _totals(cells, where)
    )


def _totals(cells: dict, where: str) -> dict[str, int]:
    totals = {}
    for vote, column in TOTALS.items():
        text = cells.get(column, "").strip()
        if text:
            # The file writes counts as decimals: "120.0".
            if not re.fullmatch(r"\d+(\.0*)?", text):
                raise WrongShape(f"{where}: {column}: '{text}' is not a count")
            totals[vote] = int(float(text))
    return totals
