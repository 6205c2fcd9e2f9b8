"""The template context of an annual report, for the page, its PDF and the command."""

from datetime import date

from treatywatch.profiles.date_words import day_words, partial_date_words
from treatywatch.profiles.figures import quantity_words
from treatywatch.profiles.obligations import deadline_state_words
from treatywatch.reports.queries import report_facts
from treatywatch.reports.report import AnnualReport, Noted, TreatyReport, annual_report
from treatywatch.reports.years import report_date

STEP_HEADINGS = {
    "joined": "Joined (instrument of consent deposited)",
    "signed": "Signed",
    "withdrawal_notified": "Gave notice of withdrawal (Art. 20)",
    "withdrawn": "Withdrawal took effect",
}
ACTIVITY_HEADINGS = {
    "policy": "Policy: announcements, decisions and laws",
    "use": "Use",
    "production": "Production",
    "transfer": "Transfer",
    "stockpile": "Stockpiles",
}
ACTIVITY_WORDS = {
    "policy": "a policy development",
    "use": "use",
    "production": "production",
    "transfer": "a transfer",
    "stockpile": "a stockpile fact",
}
THIN_WORDS = {
    "steps": "no state signed, joined or withdrew",
    "vote": "no General Assembly resolution is recorded",
    "activities": "no policy, use, production, transfer or stockpile fact is recorded",
    "obligations": "no stockpile destruction or clearance deadline was completed or fell due",
    "extensions": "no extension was granted",
    "casualties": "no global casualty figure is recorded as published",
}


def build_report(year: int, as_of: date) -> AnnualReport:
    return annual_report(report_facts(year, as_of))


def report_context(year: int, as_of: date) -> dict:
    report = build_report(year, as_of)
    return {
        "report": report,
        "as_of": as_of,
        "as_of_is_today": as_of == date.today(),
        "as_of_suffix": f"?as_of={as_of.isoformat()}",
        "default_day": as_of == report_date(year, date.today()),
        "footnotes": report.footnotes,
        "chart": report.chart,
        "sections": [_section(treaty, as_of) for treaty in report.treaties],
        "state_count": report.state_count,
    }


def _section(treaty: TreatyReport, as_of: date) -> dict:
    """One treaty's part of the report, with the headings and words the template shows."""
    return {
        "treaty": treaty,
        "counts": [treaty.counts],
        "steps": [(STEP_HEADINGS[kind], rows) for kind, rows in treaty.steps.items()],
        "activities": [(ACTIVITY_HEADINGS[c], _event_rows(rows)) for c, rows in treaty.activities],
        "completed": _deadline_rows(treaty.completed, as_of),
        "due_unmet": _deadline_rows(treaty.due_unmet, as_of),
        "thin": [THIN_WORDS[key] for key in treaty.thin],
        "summary": _summary(treaty, as_of),
    }


def _summary(t: TreatyReport, as_of: date) -> list[tuple[str, object, tuple[int, ...]]]:
    """The major findings: (what, how many, footnotes), each figure computed above."""
    year = as_of.year
    activities = dict(t.activities)
    rows = [
        (f"States Parties on {day_words(as_of)}", t.counts.counts.parties, t.counts.notes),
        (f"States Parties on 31 December {year - 1}", t.counts_before.parties, t.counts.notes),
        *((f"{STEP_HEADINGS[kind]} in {year}", len(r), _notes(r)) for kind, r in t.steps.items()),
        ("General Assembly vote (yes, no, abstain)", _totals(t.votes), _notes(t.votes)),
        *(
            (f"States with {ACTIVITY_WORDS[c]} recorded", _states(rows), _notes(rows))
            for c, rows in activities.items()
        ),
        ("Stockpile destruction or clearance completed", len(t.completed), _notes(t.completed)),
        ("Deadlines passed without a recorded completion", len(t.due_unmet), _notes(t.due_unmet)),
        ("Extensions granted", len(t.extensions), _notes(t.extensions)),
    ]
    rows += [(_casualty_label(c.item), _quantity(c.item), c.notes) for c in t.casualties]
    return rows


def _notes(rows) -> tuple[int, ...]:
    return tuple(dict.fromkeys(n for row in rows for n in row.notes))


def _states(rows) -> int:
    return len({row.item[0] for row in rows})


def _totals(votes) -> str:
    if not votes:
        return "no resolution recorded"
    return "; ".join(_vote_totals(v.item.resolution) for v in votes)


def _vote_totals(resolution) -> str:
    yes, no, abstain = resolution.totals
    if yes is None:
        return f"{resolution.symbol}: totals not known"
    return f"{yes}, {no}, {abstain} ({resolution.symbol})"


def _casualty_label(casualty) -> str:
    edition = "as first published" if casualty.edition == "first_published" else "as revised"
    return f"Casualties of mines and explosive remnants in {casualty.year}, {edition}"


def _quantity(casualty) -> str:
    return quantity_words(casualty.quantity, casualty.approximate)


def _event_rows(entries: tuple[Noted, ...]) -> list[dict]:
    return [
        {
            "iso3": iso3,
            "name": name,
            "when": partial_date_words(event.date),
            "event": event,
            "notes": e.notes,
        }
        for e in entries
        for iso3, name, event in [e.item]
    ]


def _deadline_rows(entries: tuple[Noted, ...], as_of: date) -> list[dict]:
    return [
        {"entry": e.item, "words": deadline_state_words(e.item.deadline, as_of), "notes": e.notes}
        for e in entries
    ]
