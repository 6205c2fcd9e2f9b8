"""What a publication changed, grouped by state, written as revisions (Revision rows)
in the same transaction as the change itself. Each change keeps the row's cells before and
after, so history can show a diff and the record as published on any day can be rebuilt."""

from collections import Counter, defaultdict

from django.utils import timezone

from treatywatch.dataset.fields import format_cell
from treatywatch.dataset.schema import FILES
from treatywatch.record.signals import revisions_published

_KINDS = {(False, True): "created", (True, True): "updated", (True, False): "deleted"}


def typed_cells(table, typed_values: dict) -> dict[str, str]:
    return {field.name: format_cell(typed_values[field.name]) for field in table.spec.fields}


class ChangeLog:
    def __init__(self):
        self._changes: dict[str | None, list[dict]] = defaultdict(list)

    def note_cells(self, table, before: dict | None, after: dict | None) -> None:
        row = after if after is not None else before
        key = "/".join(table.spec.key_of(row))
        change = {
            "file": table.spec.name,
            "key": key,
            "change": _KINDS[(before is not None, after is not None)],
        }
        self._changes[row.get("iso3") or None].append({**change, "before": before, "after": after})

    def save(self, *, author=None, reviewer=None, comment: str = "") -> list:
        from treatywatch.record.models import Revision, State

        now, names = timezone.now(), dict(State.objects.values_list("iso3", "name"))
        revisions = [
            Revision(
                published_at=now,
                state_id=iso3 if iso3 in names else None,
                state_name=names.get(iso3, iso3 or ""),
                summary=_summary(changes, loaded=author is None),
                changes=changes,
                author=author,
                reviewer=reviewer,
                comment=comment,
            )
            for iso3, changes in sorted(self._changes.items(), key=lambda item: item[0] or "")
        ]
        # One revision per INSERT: on PostgreSQL a batch of rows goes through UNNEST of a
        # jsonb[] array, in which psycopg escapes every quote of every changed row's cells in
        # Python (a quarter of a load of 80,000 rows). A load writes one revision per state.
        Revision.objects.bulk_create(revisions, batch_size=1)
        if revisions:
            revisions_published.send(sender=type(self), revisions=revisions)
        return revisions


def _summary(changes: list[dict], *, loaded: bool) -> str:
    """ "2 events created; 1 figure updated"; a load that only adds rows (a first import):
    "Imported 3 treaty actions, 40 UNGA votes and 2 events"."""
    counts = Counter((c["file"], c["change"]) for c in changes)
    if loaded and {change for _, change in counts} == {"created"}:
        order = [spec.name for spec in FILES]
        files = sorted((file for file, _ in counts), key=order.index)
        return "Imported " + _listing([_many(counts[file, "created"], file) for file in files])
    parts = [f"{_many(n, file)} {change}" for (file, change), n in sorted(counts.items())]
    return "; ".join(parts)


def _many(count: int, file_name: str) -> str:
    noun = next(spec.noun for spec in FILES if spec.name == file_name)
    if count != 1:
        noun = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{count:,} {noun}"


def _listing(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
