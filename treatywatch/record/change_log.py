"""What a load changed, grouped by state, written as RecordUpdate rows in the same
transaction as the change itself."""

from collections import Counter, defaultdict

from django.utils import timezone

_NOUNS = {
    "sources.csv": "source", "states.csv": "state entry", "treaty_actions.csv": "treaty action",
    "armed_conflicts.csv": "armed conflict", "extensions.csv": "deadline extension",
    "compliance.csv": "compliance fact", "unga_resolutions.csv": "UNGA resolution",
    "unga_votes.csv": "UNGA vote", "events.csv": "event", "figures.csv": "figure",
}


class ChangeLog:
    def __init__(self):
        self._changes: dict[str | None, list[dict]] = defaultdict(list)

    def note(self, table, rows, change: str) -> None:
        for row in rows:
            iso3 = row.pk if table.spec.name == "states.csv" else getattr(row, "state_id", None)
            key = "/".join(str(part) for part in table.key_of(vars(row)))
            self._changes[iso3].append({"file": table.spec.name, "key": key, "change": change})

    def save(self) -> None:
        from treatywatch.record.models import RecordUpdate, State

        now = timezone.now()
        names = dict(State.objects.values_list("iso3", "name"))
        RecordUpdate.objects.bulk_create(
            RecordUpdate(
                loaded_at=now,
                state_id=iso3 if iso3 in names else None,
                state_name=names.get(iso3, iso3 or ""),
                summary=_summary(changes),
                changes=changes,
            )
            for iso3, changes in sorted(self._changes.items(), key=lambda item: item[0] or "")
        )


def _summary(changes: list[dict]) -> str:
    counts = Counter((c["file"], c["change"]) for c in changes)
    parts = [f"{n} {_NOUNS[file]}{'s' if n != 1 else ''} {change}" for (file, change), n in sorted(counts.items())]
    return "; ".join(parts)
