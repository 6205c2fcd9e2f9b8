"""The facts a country profile needs, gathered through a record reader: the live record in
a fixed, small number of queries (the treaty records come from the per-version cache in
record/treaty_records.py), or the record as it was published on a past day."""

from datetime import date

from treatywatch.profiles.facts import (
    ActionFact,
    AttendanceFact,
    Citation,
    ComplianceFact,
    EventFact,
    ExtensionFact,
    FigureFact,
    MeasureFact,
    ProfileFacts,
    TreatyFacts,
    VoteFact,
)
from treatywatch.record import models
from treatywatch.record.citations import citation
from treatywatch.record.readers import LIVE
from treatywatch.treaties import TREATIES
from treatywatch.treaties.standing import standing_on


def profile_facts(iso3: str, as_of: date, record=LIVE) -> ProfileFacts:
    """Everything on the profile of `iso3` (upper case); State.DoesNotExist if there is none."""
    state = record.state(iso3)
    depositaries = {
        code: citation(source) for code, source in record.most_cited_action_sources().items()
    }
    # Only a UN member votes in the General Assembly: no other profile reads the resolutions.
    resolutions = list(record.resolutions()) if state.un_status == "member" else []
    return ProfileFacts(
        iso3=state.iso3,
        name=state.name,
        un_status=state.un_status,
        state_source=citation(state.source),
        as_of=as_of,
        treaties=tuple(
            _treaty_facts(record.treaty_record(code), iso3, as_of, depositaries.get(code))
            for code in TREATIES
        ),
        actions=tuple(
            ActionFact(a.treaty, a.action, a.date, a.consent_type, citation(a.source))
            for a in record.actions(iso3)
        ),
        events=event_facts(record.events(iso3)),
        figures=figure_facts(record.figures(iso3)),
        votes=_votes(state, resolutions, record.votes(iso3)),
        votes_recorded_through=max((r.year for r in resolutions), default=None),
        extensions=extension_facts(record.extensions(iso3)),
        completions=_completions(record.completions(iso3)),
        last_updated=record.last_updated(iso3),
        exists_from=state.exists_from_end,
        exists_source=citation(state.exists_source) if state.exists_source_id else None,
        measures=tuple(
            MeasureFact(m.treaty, m.measure, m.date, citation(m.source))
            for m in record.measures(iso3)
        ),
        attendance=tuple(_attendance(a) for a in record.attendance(iso3)),
    )


def _treaty_facts(record, iso3: str, as_of: date, depositary: Citation | None) -> TreatyFacts:
    standing = standing_on(record, iso3, as_of)
    # The engine owes nothing for a state that had not consented by `as_of`.
    deadlines = tuple(record.deadlines(iso3, through=as_of))
    return TreatyFacts(
        record.treaty, standing, record.counts_on(as_of).parties, deadlines, depositary
    )


def _attendance(row) -> AttendanceFact:
    meeting = row.meeting
    return AttendanceFact(
        meeting.treaty,
        meeting.code,
        meeting.name,
        meeting.place,
        meeting.start_date,
        meeting.end_date,
        row.role,
        citation(row.source),
    )


def event_facts(events) -> tuple[EventFact, ...]:
    return tuple(
        EventFact(
            e.id, e.date, e.date_start, e.date_end, e.category, e.treaty, e.text, citation(e.source)
        )
        for e in events
    )


def figure_facts(figures) -> tuple[FigureFact, ...]:
    return tuple(
        FigureFact(
            f.as_of,
            f.as_of_end,
            f.measure,
            f.item,
            f.quantity,
            f.approximate,
            f.notes,
            citation(f.source),
        )
        for f in figures
    )


def _votes(state: models.State, resolutions: list, votes) -> tuple[VoteFact, ...]:
    """The state's vote on each resolution adopted while it was a UN member; None if unrecorded."""
    if state.un_status != "member":
        return ()
    by_resolution = {v.resolution_id: v for v in votes}
    since = state.un_member_since or 0
    return tuple(_vote_fact(r, by_resolution.get(r.pk)) for r in resolutions if r.year >= since)


def _vote_fact(resolution: models.Resolution, vote: models.Vote | None) -> VoteFact:
    # Without a vote, the resolution's own source is what shows the record lacks one.
    source = vote.source if vote else resolution.source
    date_source = citation(resolution.date_source) if resolution.date_source else None
    totals = (resolution.yes, resolution.no, resolution.abstain)
    return VoteFact(
        resolution.year,
        resolution.symbol,
        resolution.adopted_on,
        vote.vote if vote else None,
        totals,
        citation(source),
        date_source,
        resolution.treaty,
    )


def extension_facts(extensions) -> tuple[ExtensionFact, ...]:
    return tuple(
        ExtensionFact(
            e.treaty,
            e.article,
            e.granted_on,
            e.new_deadline,
            e.meeting_id or "",
            citation(e.source),
        )
        for e in extensions
    )


def _completions(completions) -> tuple[ComplianceFact, ...]:
    return tuple(
        ComplianceFact(c.treaty, c.obligation, c.period, c.finding, c.date, citation(c.source))
        for c in completions
    )
