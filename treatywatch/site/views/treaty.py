"""`/treaties/<code>/`: one treaty on `request.as_of`: its entry into force, counts and key
rules, its parties over time and on the map, every participant with its dates, and the
States Parties' deadlines to come and passed."""

from datetime import date

from django.http import Http404, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.urls import reverse

from treatywatch.profiles.footnotes import Footnotes
from treatywatch.profiles.obligations import deadline_sources_by_id, source_ids_used
from treatywatch.record.treaty_records import treaty_record
from treatywatch.site.pages import deadline_board, overview_parts
from treatywatch.site.pages.key_rules import key_rules, ordinal
from treatywatch.site.pages.participants import participant_rows
from treatywatch.site.queries import record_queries
from treatywatch.site.serving.page_cache import cached_page
from treatywatch.treaties import TREATIES
from treatywatch.treaties.deadline import DEADLINE_STATE_WORDS


def page(request, code):
    if code.lower() in TREATIES and code != code.lower():
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            reverse("site:treaty", args=[code.lower()]) + (f"?{query}" if query else "")
        )
    if code not in TREATIES:
        raise Http404(f"There is no treaty '{code[:20]}'; use one of: {', '.join(TREATIES)}.")
    return cached_page(
        request,
        lambda: render_to_string(
            "site/treaty.html", _context(code, request.as_of), request=request
        ),
    )


def _context(code: str, as_of: date) -> dict:
    record = treaty_record(code)
    states = record_queries.state_summaries()
    names = {state.iso3: state.name for state in states}
    actions = record_queries.actions_by_state(code)
    sources = overview_parts.record_sources(actions, states, as_of)
    footnotes = Footnotes()
    return {
        "treaty": record.treaty,
        "entry_into_force": _entry_into_force(record, actions, names, as_of, footnotes),
        "counts": [overview_parts.treaty_counts(record, as_of, sources, footnotes)],
        "state_count": len(states),
        "rules": key_rules(record.treaty),
        "chart": overview_parts.chart_part([record], as_of, sources, footnotes),
        "map": overview_parts.map_part(record, states, as_of, sources, footnotes),
        "participants": _participants(record, actions, names, as_of, footnotes),
        "deadlines": _deadlines(record, actions, names, as_of, footnotes),
        "footnotes": footnotes.notes,
    }


def _entry_into_force(record, actions, names, as_of: date, footnotes: Footnotes) -> dict:
    facts = record.deposits_on(as_of)
    deposits = [
        a.source for iso3 in facts.threshold_states for a in actions[iso3] if a.action == "consent"
    ]
    # Before the threshold, the count of deposits rests on every action known by then.
    deposits = deposits or overview_parts.action_sources(actions, as_of)
    return {
        "facts": facts,
        "threshold": ordinal(facts.threshold),
        "states": [(iso3, names.get(iso3, iso3)) for iso3 in facts.threshold_states],
        "in_force_by_then": facts.in_force_from is not None and facts.in_force_from <= as_of,
        "notes": footnotes.cite(deposits),
    }


def _participants(record, actions, names, as_of: date, footnotes: Footnotes) -> list[dict]:
    rows = participant_rows(record, actions, names, as_of)
    return [{"row": row, "notes": footnotes.cite(row.sources)} for row in rows]


def _deadlines(record, actions, names, as_of: date, footnotes: Footnotes) -> dict:
    by_state = record.deadlines_by_state(through=as_of)
    upcoming = deadline_board.upcoming(by_state, names, as_of)
    recently_passed = deadline_board.recently_passed(by_state, names, as_of)
    listed = [deadline for _, deadline in upcoming + recently_passed]
    cite = _DeadlineCitations(record.treaty.code, actions, as_of, footnotes, listed)
    return {
        "upcoming": _deadline_rows(upcoming, names, cite),
        "next_annual_report": deadline_board.next_annual_report(record.treaty, as_of),
        "tallies": deadline_board.passed_tallies(by_state, record.treaty, as_of),
        "recently_passed": _deadline_rows(recently_passed, names, cite),
        "passed_words": DEADLINE_STATE_WORDS["unknown"],
        "extensions_recorded": record_queries.extension_count(record.treaty.code),
    }


def _deadline_rows(pairs, names, cite: "_DeadlineCitations") -> list[dict]:
    return [
        {"iso3": iso3, "name": names.get(iso3, iso3), "deadline": d, "notes": cite(iso3, d)}
        for iso3, d in pairs
    ]


class _DeadlineCitations:
    """Footnote numbers for a deadline: the consent it runs from, the extension that set
    it and the findings on it. Only the sources of the deadlines listed are read."""

    def __init__(self, code: str, actions, as_of: date, footnotes: Footnotes, listed: list):
        self.code, self.actions, self.as_of, self.footnotes = code, actions, as_of, footnotes
        used = {source_id for deadline in listed for source_id in source_ids_used(deadline, as_of)}
        self.citations = record_queries.citations(used)

    def __call__(self, iso3: str, deadline) -> tuple[int, ...]:
        sources = deadline_sources_by_id(
            deadline, self.code, self.as_of, self.actions.get(iso3, []), self.citations
        )
        return self.footnotes.cite(sources)
