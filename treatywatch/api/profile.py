"""GET /states/{iso3}/profile: everything a country profile shows, as the record stood on
`as_of` (default today): only the actions, events, figures and votes known by then."""

from datetime import date

from django.db.models import Q
from ninja import Router

from treatywatch.api import lookups
from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.params import AsOf, Iso3
from treatywatch.api.schemas.profile import ProfileOut
from treatywatch.record.models import Event, Figure, Revision, Source, TreatyAction, Vote
from treatywatch.record.reports import deadlines_report
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties import TREATIES
from treatywatch.treaties.standing import standing_on

router = Router(tags=["states"])


@router.get("/states/{iso3}/profile", response={200: ProfileOut, **ERROR_RESPONSES})
def state_profile(request, iso3: Iso3, as_of: AsOf = None):
    """Standings with their history and deadlines, events, figures, votes, and every source cited."""
    on = as_of or date.today()
    profile = {
        "state": lookups.state_row(iso3),
        "as_of": on,
        "last_updated": Revision.objects.filter(state_id=iso3)
        .values_list("published_at", flat=True)
        .first(),
        "treaties": {code: _under_treaty(code, iso3, on) for code in TREATIES},
        "events": list(
            Event.objects.filter(state_id=iso3, date_end__lte=on).order_by("date_start", "id")
        ),
        "figures": list(Figure.objects.filter(state_id=iso3, as_of_end__lte=on)),
        "votes": list(_votes_known_by(iso3, on)),
    }
    profile["sources"] = _sources_cited(profile)
    return profile


def _under_treaty(code: str, iso3: str, on: date) -> dict:
    record = treaty_record(code)
    return {
        "standing": standing_on(record, iso3, on),
        "history": [
            {"date": day, "status": status}
            for day, status in record.status_changes(iso3)
            if day <= on
        ],
        "actions": list(
            TreatyAction.objects.filter(treaty=code, state_id=iso3, date__lte=on).order_by("date")
        ),
        "deadlines": deadlines_report(code, iso3, on)["deadlines"],
    }


def _votes_known_by(iso3: str, on: date):
    # A resolution whose adoption day no source gives is known by the end of its year.
    last_whole_year = on.year if (on.month, on.day) == (12, 31) else on.year - 1
    known = Q(resolution__adopted_on__lte=on) | Q(
        resolution__adopted_on__isnull=True, resolution__year__lte=last_whole_year
    )
    votes = Vote.objects.filter(known, state_id=iso3).select_related("resolution")
    return votes.order_by("resolution__year", "resolution__symbol")


def _sources_cited(profile: dict) -> list[Source]:
    facts = [fact for part in profile["treaties"].values() for fact in part["actions"]]
    facts += profile["events"] + profile["figures"] + profile["votes"]
    cited = {profile["state"]["source_id"], *(fact.source_id for fact in facts)}
    # Sorted here, not by the database, whose collation (SQLite's or PostgreSQL's) may differ.
    return sorted(Source.objects.filter(id__in=cited), key=lambda source: source.id)
