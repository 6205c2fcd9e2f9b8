"""The record's answers as plain data (JSON-ready): the contract of `treatywatch status`
and `treatywatch deadlines`, shared by the API."""

from datetime import date

from treatywatch.record.models import State
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties.deadline import new_deadline_text, period_text
from treatywatch.treaties.standing import standing_on

# The keys of each state in a status report, in order: the contract of `treatywatch status
# --format json`, the status downloads and the API.
STANDING_KEYS = (
    "iso3",
    "name",
    "status",
    "signed",
    "consented",
    "consent_type",
    "in_force_from",
    "withdrawal_notified",
    "withdrawal_effective",
)
COUNT_KEYS = (
    "parties",
    "parties_in_force",
    "signed_not_party",
    "withdrawal_pending",
    "withdrawn",
    "withdrawal_suspended",
    "not_signed",
)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def status_report(code: str, as_of: date, iso3: str | None = None) -> dict:
    record = treaty_record(code)
    names = dict(State.objects.values_list("iso3", "name"))
    wanted = [iso3] if iso3 else sorted(names, key=lambda code_: names[code_])
    # Only the states that existed on the day: South Sudan is in no list of 2009.
    wanted = [code_ for code_ in wanted if record.exists_on(code_, as_of)]
    counts = record.counts_on(as_of).as_dict()
    return {
        "treaty": code,
        "as_of": as_of.isoformat(),
        "counts": {key: counts[key] for key in COUNT_KEYS},
        "states": [_standing_dict(record, state, names[state], as_of) for state in wanted],
    }


def _standing_dict(record, iso3: str, name: str, as_of: date) -> dict:
    standing = standing_on(record, iso3, as_of)
    return {
        "iso3": iso3,
        "name": name,
        "status": standing.status.value,
        "signed": _iso(standing.signed),
        "consented": _iso(standing.consented),
        "consent_type": standing.consent_type,
        "in_force_from": _iso(standing.in_force_from),
        "withdrawal_notified": _iso(standing.withdrawal_notified),
        "withdrawal_effective": _iso(standing.withdrawal_effective),
    }


def deadlines_report(code: str, iso3: str, as_of: date) -> dict:
    record = treaty_record(code)
    standing = standing_on(record, iso3, as_of)
    return {
        "treaty": code,
        "iso3": iso3,
        "as_of": as_of.isoformat(),
        "status": standing.status.value,
        # The engine owes nothing for a state that had not consented by `as_of`.
        "deadlines": [_deadline_dict(d, as_of) for d in record.deadlines(iso3, through=as_of)],
    }


def _deadline_dict(deadline, as_of: date) -> dict:
    met = deadline.met_on(as_of)
    return {
        "article": deadline.article,
        "obligation": deadline.obligation,
        "description": deadline.description,
        "period": deadline.period,
        "state": deadline.state_on(as_of),
        "due": deadline.due.isoformat(),
        "due_as_given": deadline.due_text,
        "original_due": _iso(deadline.original_due),
        "extended": deadline.extended,
        "extensions": [_extension_dict(extension) for extension in deadline.extensions],
        "met_on": period_text(met.first_day, met.last_day) if met else None,
        "findings": [
            _finding_dict(finding) for finding in deadline.findings if finding.known_by(as_of)
        ],
    }


def _extension_dict(extension) -> dict:
    return {
        "granted_on": extension.granted_on.isoformat(),
        "meeting": extension.meeting or None,
        "new_due": extension.new_deadline.isoformat(),
        "new_due_as_given": new_deadline_text(extension),
        "source": extension.source_id or None,
    }


def _finding_dict(finding) -> dict:
    return {
        "finding": finding.kind,
        "date": period_text(finding.first_day, finding.last_day),
        "source": finding.source_id or None,
    }
