"""The kinds of file `treatywatch import` reads: for each, how it is read, which of the
record's files it is compared with, how the comparison is made, and why the proposal is
filed (the reason the reviewer reads)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from treatywatch.importers.problems import WrongShape
from treatywatch.importers.record_rows import Findings, RecordRows
from treatywatch.importers.undl_votes import read_roll_calls
from treatywatch.importers.unga_changes import changes_from_roll_calls
from treatywatch.importers.untc_changes import changes_from_page
from treatywatch.importers.untc_page import read_status_page
from treatywatch.treaties import get_treaty


@dataclass(frozen=True)
class Kind:
    help: str
    read: Callable[[Path], object]  # raises WrongShape
    record_files: tuple[str, ...]
    compare: Callable[[object, RecordRows, dict], Findings]
    reason: Callable[[object, Findings, Path], str]


def _read_page(path: Path):
    try:
        return read_status_page(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise WrongShape("not UTF-8 text, so not a saved UN Treaty Collection page") from None


def _page_reason(page, findings: Findings, path: Path) -> str:
    return (
        f"Imported from {path.name}, the UN Treaty Collection status page of chapter "
        f"{page.chapter}, status as at {page.status_as_at}: what it shows and the record does not."
    )


def _votes_reason(calls, findings: Findings, path: Path) -> str:
    symbols = ", ".join(
        change.after["symbol"]
        for change in findings.changes
        if change.file == "unga_resolutions.csv"
    )
    return (
        f"Imported from {path.name}, the UN Digital Library's General Assembly voting data: "
        f"the roll calls of {symbols} that the record does not hold."
    )


KINDS = {
    "untc": Kind(
        help="a UN Treaty Collection status page (HTML) as saved from treaties.un.org",
        read=_read_page,
        record_files=("treaty_actions.csv", "sources.csv", "states.csv"),
        compare=lambda page, record, options: changes_from_page(
            page, get_treaty(options["treaty"]), record
        ),
        reason=_page_reason,
    ),
    "unga-votes": Kind(
        help="the UN Digital Library's General Assembly voting data (CSV)",
        read=read_roll_calls,
        record_files=("unga_resolutions.csv", "sources.csv", "states.csv"),
        compare=lambda calls, record, options: changes_from_roll_calls(calls, record),
        reason=_votes_reason,
    ),
}
