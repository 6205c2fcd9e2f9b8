"""What a UN Treaty Collection status page says that the record does not: a signature, a
consent (with its type) or a withdrawal notice the record lacks, or holds with another date
or type. Each proposed row cites the page, as a new source row where the record has none
for that status date. What the record holds and the page does not show is left alone, and
said."""

from treatywatch.editorial.changes import RowChange
from treatywatch.importers.problems import NotImportable, WrongShape
from treatywatch.importers.record_rows import Findings, RecordRows
from treatywatch.importers.un_names import UN_NAMES_FILE, folded, iso3_by_name
from treatywatch.importers.untc_page import Participant, StatusPage, Withdrawal
from treatywatch.importers.untc_source import page_source, page_url
from treatywatch.treaties import Treaty

ACTIONS_FILE = "treaty_actions.csv"
SOURCES_FILE = "sources.csv"


def changes_from_page(page: StatusPage, treaty: Treaty, record: RecordRows) -> Findings:
    _refuse_another_chapter(page, treaty)
    _refuse_older_page(page, treaty, record)
    source = page_source(page, treaty)
    recorded = {
        (row["iso3"], row["action"]): row
        for row in record.rows(ACTIONS_FILE)
        if row["treaty"] == treaty.code
    }
    shown = [
        action
        for participant, iso3 in _participants_by_code(page, record)
        for action in _actions(participant, treaty.code, iso3)
    ]
    changes = [
        change
        for action, notes in shown
        if (change := _change(recorded.get(_key(action)), action, notes, source["id"]))
    ]
    if changes and source["id"] not in record.ids(SOURCES_FILE, "id"):
        changes.insert(0, RowChange(SOURCES_FILE, "create", None, source))
    return Findings(changes, _left_as_recorded(recorded, [action for action, _ in shown]))


def _key(action: dict) -> tuple[str, str]:
    return action["iso3"], action["action"]


def _refuse_another_chapter(page: StatusPage, treaty: Treaty) -> None:
    if page.chapter != treaty.depositary_chapter:
        shown = f"is chapter {page.chapter}" if page.chapter else "names no chapter (mtdsg_no=...)"
        raise WrongShape(
            f"the page {shown}, but --treaty {treaty.code} reads chapter {treaty.depositary_chapter}: give the page's treaty"
        )


def _refuse_older_page(page: StatusPage, treaty: Treaty, record: RecordRows) -> None:
    # A page older than the one the record follows would undo later facts.
    cited = [
        row["published"] for row in record.rows(SOURCES_FILE) if row["url"] == page_url(treaty)
    ]
    newest = max(cited, default="")
    if page.status_as_at.isoformat() < newest:
        raise NotImportable(
            f"the page gives the status as at {page.status_as_at}, older than the status as at {newest} the record already follows"
        )


def _participants_by_code(page: StatusPage, record: RecordRows):
    names = iso3_by_name({row["iso3"]: row["name"] for row in record.rows("states.csv")})
    unknown = [p.name for p in page.participants if folded(p.name) not in names]
    if unknown:
        raise NotImportable(
            f"no state of the record is named {', '.join(repr(name) for name in unknown)}: add the UN name and ISO code to {UN_NAMES_FILE.name} (treatywatch/importers/data/)"
        )
    return [(p, names[folded(p.name)]) for p in page.participants]


def _actions(participant: Participant, treaty: str, iso3: str) -> list[tuple[dict, str]]:
    """The cells the page gives for each of a participant's actions, with the notes a new
    row of it would carry."""
    base = {"treaty": treaty, "iso3": iso3}
    actions = []
    if participant.signature:
        signature = {"action": "signature", "date": participant.signature.isoformat()}
        actions.append(({**base, **signature}, ""))
    if participant.consent:
        consent = {"action": "consent", "date": participant.consent.isoformat()}
        actions.append(({**base, **consent, "consent_type": participant.consent_type}, ""))
    if participant.withdrawal:
        actions.append(_withdrawal_notice(participant.withdrawal, base))
    return actions


def _withdrawal_notice(withdrawal: Withdrawal, base: dict) -> tuple[dict, str]:
    notice = {**base, "action": "withdrawal_notice", "date": withdrawal.notified.isoformat()}
    if withdrawal.effective:
        notice["effective_date"] = withdrawal.effective.isoformat()
    told = f"depositary notification {withdrawal.notification}, " if withdrawal.notification else ""
    return (
        notice,
        f"Withdrawal notified on {withdrawal.notified} ({told}UNTC end note {withdrawal.note}).",
    )


def _change(current: dict | None, shown: dict, notes: str, source_id: str) -> RowChange | None:
    if current is None:
        row = {"consent_type": "", "effective_date": "", "notes": notes, **shown}
        return RowChange(ACTIONS_FILE, "create", None, {**row, "source_id": source_id})
    differing = {name: value for name, value in shown.items() if current[name] != value}
    if not differing:
        return None
    return RowChange(
        ACTIONS_FILE, "update", current, {**current, **differing, "source_id": source_id}
    )


def _left_as_recorded(recorded: dict, shown: list[dict]) -> list[str]:
    """What the record holds and the page does not show, said once per action of a state on
    the page, and in one line for the states the page leaves out (an excerpt, or a page of
    another treaty's participants)."""
    on_page = {_key(action) for action in shown}
    states_shown = {action["iso3"] for action in shown}
    notes = [
        f"{row['treaty']}/{row['iso3']}/{row['action']} of {row['date']} is in the record but not on the page: left as recorded"
        for key, row in recorded.items()
        if key not in on_page and row["iso3"] in states_shown
    ]
    absent = sorted({iso3 for iso3, _ in recorded} - states_shown)
    if absent:
        listed = ", ".join(absent[:8]) + (f" and {len(absent) - 8} more" if len(absent) > 8 else "")
        notes.append(
            f"{len(absent)} states the record has as participants are not on the page ({listed}): left as recorded"
        )
    return notes
