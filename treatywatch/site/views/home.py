"""`/`: the state of the bans on `request.as_of`: the counts for each treaty, the parties
over time, the map of the Mine Ban Treaty, and what changed most recently."""

from datetime import date

from django.template.loader import render_to_string

from treatywatch.profiles.date_words import partial_date_words
from treatywatch.profiles.footnotes import Footnotes
from treatywatch.record.treaty_records import treaty_record
from treatywatch.site.pages import overview_parts
from treatywatch.site.pages.recent_changes import latest, treaty_changes
from treatywatch.site.queries import record_queries
from treatywatch.site.serving.page_cache import cached_page
from treatywatch.treaties import TREATIES

RECENT_CHANGES = 10
RECENT_EVENTS = 5
MAP_TREATY = "mbt"


def home(request):
    return cached_page(
        request,
        lambda: render_to_string("site/home.html", _context(request.as_of), request=request),
    )


def _context(as_of: date) -> dict:
    states = record_queries.state_summaries()
    records = {code: treaty_record(code) for code in TREATIES}
    actions = {code: record_queries.actions_by_state(code) for code in TREATIES}
    sources = {
        code: overview_parts.record_sources(actions[code], states, as_of) for code in TREATIES
    }
    all_sources = tuple(dict.fromkeys(s for code in TREATIES for s in sources[code]))
    footnotes = Footnotes()
    return {
        "treaties": [
            overview_parts.treaty_counts(records[c], as_of, sources[c], footnotes) for c in TREATIES
        ],
        "chart": overview_parts.chart_part(list(records.values()), as_of, all_sources, footnotes),
        "map": overview_parts.map_part(
            records[MAP_TREATY], states, as_of, sources[MAP_TREATY], footnotes
        ),
        "changes": _recent_changes(records, actions, states, as_of, footnotes),
        "events": _recent_events(states, as_of, footnotes),
        "footnotes": footnotes.notes,
        "state_count": len(states),
    }


def _recent_changes(records, actions, states, as_of: date, footnotes: Footnotes) -> list[dict]:
    names = {state.iso3: state.name for state in states}
    conflicts = record_queries.conflict_sources()
    changes = [
        c
        for code in TREATIES
        for c in treaty_changes(records[code], actions[code], names, as_of, conflicts)
    ]
    return [
        {"change": c, "notes": footnotes.cite(c.sources)} for c in latest(changes, RECENT_CHANGES)
    ]


def _recent_events(states, as_of: date, footnotes: Footnotes) -> list[dict]:
    names = {state.iso3: state.name for state in states}
    events = record_queries.latest_events(as_of, RECENT_EVENTS)
    return [
        {
            "iso3": iso3,
            "state": names.get(iso3, iso3),
            "event": event,
            "date_words": partial_date_words(event.date),
            "notes": footnotes.cite([event.source]),
        }
        for iso3, event in events
    ]
