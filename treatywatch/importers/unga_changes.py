"""What the UN voting data says that the record does not: a resolution on either treaty the
record lacks (with each state's vote and a source row for its UN Digital Library record),
or one whose roll call the record does not hold (2024). A resolution whose roll call the
record holds, even in part, is left as recorded: a correction of it is an editor's work."""

from collections import Counter

from treatywatch.editorial.changes import RowChange
from treatywatch.importers.problems import NotImportable
from treatywatch.importers.record_rows import Findings, RecordRows
from treatywatch.importers.treaty_resolutions import symbol_key
from treatywatch.importers.undl_votes import RollCall

RESOLUTIONS_FILE, VOTES_FILE, SOURCES_FILE = "unga_resolutions.csv", "unga_votes.csv", "sources.csv"
COUNTED = ("yes", "no", "abstain")


def changes_from_roll_calls(calls: list[RollCall], record: RecordRows) -> Findings:
    resolutions = {symbol_key(row["symbol"]): row for row in record.rows(RESOLUTIONS_FILE)}
    changes, notes = [], []
    for call in sorted(calls, key=lambda call: (call.date, call.symbol)):
        current = resolutions.get(symbol_key(call.symbol))
        if current is not None and current["roll_call"] != "no":
            continue
        same_day = _recorded_same_day(call, record) if current is None else None
        if same_day:
            notes.append(
                f"{call.symbol} ({call.treaty}, {call.date}): the record holds this vote as '{same_day}': not filed; give it its symbol by hand"
            )
            continue
        found = _resolution_changes(call, current, record)
        changes += found.changes
        notes += found.notes
    return Findings(changes, notes)


def _recorded_same_day(call: RollCall, record: RecordRows) -> str | None:
    """A resolution on the same treaty voted the same day that the record keeps without its
    symbol, under a name of its own ("UNGA 77 (2022) MBT, symbol not recorded"). One with a
    symbol is another resolution: two were adopted on 9 Dec 1997."""
    return next(
        (
            row["symbol"]
            for row in record.rows(RESOLUTIONS_FILE)
            if (row["treaty"], row["adopted_on"]) == (call.treaty, call.date.isoformat())
            and not row["symbol"].startswith("A/RES/")
        ),
        None,
    )


def _resolution_changes(call: RollCall, current: dict | None, record: RecordRows) -> Findings:
    states = record.ids("states.csv", "iso3")
    votes = {code: vote for code, vote in sorted(call.votes.items()) if code in states}
    notes = [
        f"{call.symbol}: {code} ({call.names[code]}) is not a state of the record: its vote is left out"
        for code in sorted(set(call.votes) - states)
    ]
    resolution = _resolution_row(call, current, Counter(votes.values()))
    symbol, source_id = resolution["symbol"], resolution["source_id"]
    changes = (
        []
        if source_id in record.ids(SOURCES_FILE, "id")
        else [RowChange(SOURCES_FILE, "create", None, _source_row(call))]
    )
    changes.append(
        RowChange(RESOLUTIONS_FILE, "update", current, resolution)
        if current
        else RowChange(RESOLUTIONS_FILE, "create", None, resolution)
    )
    changes += [
        RowChange(
            VOTES_FILE,
            "create",
            None,
            {"symbol": symbol, "iso3": code, "vote": vote, "source_id": source_id},
        )
        for code, vote in votes.items()
    ]
    return Findings(changes, notes)


def _resolution_row(call: RollCall, current: dict | None, tally: Counter) -> dict[str, str]:
    # Where the file gives no totals, the roll call's own count is the record of the vote.
    totals = {vote: call.totals.get(vote, tally[vote]) for vote in COUNTED}
    for vote in COUNTED:
        if tally[vote] > totals[vote]:
            raise NotImportable(
                f"{call.symbol}: the file holds {tally[vote]} '{vote}' votes, more than the {totals[vote]} its totals give"
            )
    whole = all(tally[vote] == totals[vote] for vote in COUNTED) and tally[
        "absent"
    ] == call.totals.get("absent", tally["absent"])
    source_id = f"undl-{call.undl_id}"
    return {
        "symbol": current["symbol"] if current else call.symbol,
        "treaty": current["treaty"] if current else call.treaty,
        "year": str(call.date.year),
        "adopted_on": call.date.isoformat(),
        **{vote: str(totals[vote]) for vote in COUNTED},
        "source_id": source_id,
        "date_source_id": source_id,
        "notes": "" if whole else _part_of_roll_call(tally),
        "roll_call": "yes" if whole else "partial",
    }


def _part_of_roll_call(tally: Counter) -> str:
    return f"The voting data read held part of the roll call: {sum(tally.values())} states' votes."


def _source_row(call: RollCall) -> dict[str, str]:
    # The Digital Library's titles end ": resolution / adopted by the General Assembly".
    title = call.title.split(" : ")[0].strip()
    return {
        "id": f"undl-{call.undl_id}",
        "title": f"Voting record: {call.symbol}, {title}",
        "author": "",
        "publisher": "United Nations Digital Library",
        "published": call.date.isoformat(),
        "url": f"https://digitallibrary.un.org/record/{call.undl_id}",
        "retrieved_from": "",
        "notes": "",
    }
