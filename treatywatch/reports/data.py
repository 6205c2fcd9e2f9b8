"""An annual report's figures as plain data (JSON-ready): the contract of
`GET /api/v1/reports/{year}` and of `treatywatch report` without `--out`. Each figure names
the ids of its sources (GET /api/v1/sources/{id})."""

from dataclasses import asdict

from treatywatch.reports.report import AnnualReport, Noted, TreatyReport


def report_document(report: AnnualReport) -> dict:
    sources = {note.number: note.citation.id for note in report.footnotes}
    return {
        "year": report.year,
        "as_of": report.as_of.isoformat(),
        "thin": report.thin,
        "treaties": [_treaty(t, sources) for t in report.treaties],
    }


def _ids(noted: Noted, sources: dict[int, str]) -> list[str]:
    return [sources[number] for number in noted.notes]


def _treaty(t: TreatyReport, sources: dict[int, str]) -> dict:
    return {
        "treaty": t.treaty.code,
        "opened": t.opened,
        "counts": t.counts.counts.as_dict(),
        "counts_year_before": t.counts_before.as_dict(),
        "steps": {kind: [_step(s, sources) for s in rows] for kind, rows in t.steps.items()},
        "votes": [_vote(v, sources) for v in t.votes],
        "activities": {c: [_event(e, sources) for e in rows] for c, rows in t.activities},
        "figures": [_figure(f, sources) for f in t.figures],
        "completed": [_deadline(d, sources) for d in t.completed],
        "due_unmet": [_deadline(d, sources) for d in t.due_unmet],
        "extensions": [_extension(e, sources) for e in t.extensions],
        "deadline_tallies": [asdict(tally) for tally in t.tallies],
        "casualties": [_casualty(c, sources) for c in t.casualties],
        "thin": list(t.thin),
    }


def _step(noted: Noted, sources) -> dict:
    step = noted.item
    return {
        "iso3": step.iso3,
        "date": step.day.isoformat(),
        "step": step.words,
        "source_ids": _ids(noted, sources),
    }


def _vote(noted: Noted, sources) -> dict:
    vote, resolution = noted.item, noted.item.resolution
    yes, no, abstain = resolution.totals
    changes = (
        None
        if vote.changes is None
        else [{"iso3": c.iso3, "before": c.before, "after": c.after} for c in vote.changes]
    )
    return {
        "symbol": resolution.symbol,
        "adopted_on": resolution.adopted_on.isoformat() if resolution.adopted_on else None,
        "yes": yes,
        "no": no,
        "abstain": abstain,
        "roll_call": resolution.roll_call,
        "changes_from_year_before": changes,
        "votes_unknown_in": list(vote.unknown_years),
        "source_ids": _ids(noted, sources),
    }


def _event(noted: Noted, sources) -> dict:
    iso3, _, event = noted.item
    return {
        "iso3": iso3,
        "event_id": event.id,
        "date": event.date,
        "source_ids": _ids(noted, sources),
    }


def _figure(noted: Noted, sources) -> dict:
    iso3, _, figure = noted.item
    return {
        "iso3": iso3,
        "measure": figure.measure,
        "as_of": figure.as_of,
        "quantity": figure.quantity,
        "approximate": figure.approximate,
        "source_ids": _ids(noted, sources),
    }


def _deadline(noted: Noted, sources) -> dict:
    entry = noted.item
    return {
        "iso3": entry.iso3,
        "obligation": entry.deadline.obligation,
        "article": entry.deadline.article,
        "due": entry.deadline.due.isoformat(),
        "state": entry.state,
        "source_ids": _ids(noted, sources),
    }


def _extension(noted: Noted, sources) -> dict:
    iso3, _, extension = noted.item
    return {
        "iso3": iso3,
        "article": extension.article,
        "granted_on": extension.granted_on.isoformat(),
        "new_deadline": extension.new_deadline,
        "meeting": extension.meeting or None,
        "source_ids": _ids(noted, sources),
    }


def _casualty(noted: Noted, sources) -> dict:
    c = noted.item
    return {
        "year": c.year,
        "edition": c.edition,
        "quantity": c.quantity,
        "approximate": c.approximate,
        "published_in": c.published_in,
        "source_ids": _ids(noted, sources),
    }
