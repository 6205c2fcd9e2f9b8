"""Proposals: changes to the record that a researcher asks for and an editor reviews."""

from django.conf import settings
from django.db import models

from treatywatch.editorial.changes import RowChange


class Proposal(models.Model):
    PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
    STATUSES = [
        (PENDING, "pending review"),
        (APPROVED, "approved and published"),
        (REJECTED, "rejected"),
    ]

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="proposals"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(help_text="why the record should change")
    changes = models.JSONField(
        help_text="[{file, action, before, after}] in the dataset's own cells"
    )
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING, db_index=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Proposal {self.pk} by {self.author} ({self.status})"

    @property
    def row_changes(self) -> list[RowChange]:
        return [RowChange.from_json(change) for change in self.changes]

    @property
    def cited_sources(self) -> list[str]:
        """The sources the proposal rests on: the source of every row it writes or removes."""
        return sorted({_citation(change) for change in self.row_changes} - {"", None})


def _citation(change: RowChange) -> str | None:
    # A source row is its own citation; every other row names the source it rests on.
    return change.row.get("id") if change.file == "sources.csv" else change.row.get("source_id")
