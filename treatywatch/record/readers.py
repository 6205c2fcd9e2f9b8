"""Reading one state's part of the record, from the live database. A PublishedRecord
(published.py) answers the same questions about the record as it was published on a
past day, so the pages that read through this interface can show either."""

from django.db.models import Count

from treatywatch.record import models
from treatywatch.record.treaty_records import record_version, treaty_record


class LiveRecord:
    """The record as it stands now."""

    def state(self, iso3: str) -> models.State:
        return models.State.objects.select_related("source", "exists_source").get(iso3=iso3)

    def actions(self, iso3: str):
        return models.TreatyAction.objects.filter(state_id=iso3).select_related("source")

    def events(self, iso3: str):
        return models.Event.objects.filter(state_id=iso3).select_related("source")

    def figures(self, iso3: str):
        return models.Figure.objects.filter(state_id=iso3).select_related("source")

    def extensions(self, iso3: str):
        return models.Extension.objects.filter(state_id=iso3).select_related("source")

    def completions(self, iso3: str):
        return models.Compliance.objects.filter(state_id=iso3).select_related("source")

    def measures(self, iso3: str):
        return models.NationalMeasure.objects.filter(state_id=iso3).select_related("source")

    def attendance(self, iso3: str):
        rows = models.MeetingAttendance.objects.filter(state_id=iso3)
        return rows.select_related("meeting", "source")

    def resolutions(self):
        return models.Resolution.objects.select_related("source", "date_source")

    def votes(self, iso3: str):
        return models.Vote.objects.filter(state_id=iso3).select_related("source")

    def treaty_record(self, code: str):
        return treaty_record(code)

    def most_cited_action_sources(self) -> dict[str, models.Source]:
        """Per treaty, the source most of its actions cite: the depositary's status list."""
        counts = (
            models.TreatyAction.objects.order_by()
            .values("treaty", "source")
            .annotate(uses=Count("pk"))
        )
        best = {}
        for row in sorted(counts, key=lambda row: (-row["uses"], row["source"])):
            best.setdefault(row["treaty"], row["source"])
        sources = models.Source.objects.in_bulk(list(best.values()))
        return {treaty: sources[source_id] for treaty, source_id in best.items()}

    def last_updated(self, iso3: str):
        """When the state's part of the record last changed; else when the record did."""
        mine = models.Revision.objects.filter(state_id=iso3).order_by("-published_at")
        return mine.values_list("published_at", flat=True).first() or record_version()[1]


LIVE = LiveRecord()
