"""What the global pages (home, countries, treaties) read from the database, as plain
values, in a fixed number of queries whatever the number of states."""

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from treatywatch.profiles.facts import ActionFact, Citation, EventFact
from treatywatch.record import models
from treatywatch.record.citations import citation
from treatywatch.site.pages.state_summary import StateSummary


def state_summaries() -> list[StateSummary]:
    """Every state in the record, by name."""
    states = models.State.objects.select_related("source").order_by("name")
    return [
        StateSummary(s.iso3, s.iso_numeric, s.name, s.un_region, citation(s.source)) for s in states
    ]


def actions_by_state(code: str) -> dict[str, list[ActionFact]]:
    """Each state's signature, consent and withdrawal notice under treaty `code`."""
    return _by_state(
        models.TreatyAction.objects.filter(treaty=code),
        lambda a: ActionFact(a.treaty, a.action, a.date, a.consent_type, citation(a.source)),
    )


def extension_count(code: str) -> int:
    """The extensions of deadlines recorded under treaty `code`, on any date."""
    return models.Extension.objects.filter(treaty=code).count()


def citations(source_ids) -> dict[str, Citation]:
    """The citations of these sources, by id: a query per 500 (old SQLite takes at most 999
    values in a query)."""
    ids, found = sorted(source_ids), {}
    for start in range(0, len(ids), 500):
        sources = models.Source.objects.filter(id__in=ids[start : start + 500])
        found.update((source.id, citation(source)) for source in sources)
    return found


def latest_events(as_of: date, count: int) -> list[tuple[str, EventFact]]:
    """The `count` events known latest by `as_of` (an event dated only to a year or month
    is known from the end of that period), newest first, each with its state's iso3."""
    events = (
        models.Event.objects.filter(date_end__lte=as_of)
        .select_related("source")
        .order_by("-date_end", "-date_start", "id")[:count]
    )
    return [(event.state_id, _event_fact(event)) for event in events]


def _event_fact(e: models.Event) -> EventFact:
    return EventFact(
        e.id, e.date, e.date_start, e.date_end, e.category, e.treaty, e.text, citation(e.source)
    )


def _by_state(rows, make: Callable) -> dict[str, list]:
    grouped = defaultdict(list)
    for row in rows.select_related("source"):
        grouped[row.state_id].append(make(row))
    return dict(grouped)


def conflict_sources() -> dict[str, list[Citation]]:
    """The sources of each state's armed conflicts (they can hold a withdrawal back)."""
    return _by_state(models.ArmedConflict.objects.all(), lambda conflict: citation(conflict.source))
