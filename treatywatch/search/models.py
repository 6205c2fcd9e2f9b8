"""What search finds: one row per state, event and source, rebuilt from the record after
every load. The full-text index over these rows is the database's own (see migrations)."""

from django.db import models

from treatywatch.search.hits import KIND_LABELS


class Document(models.Model):
    kind = models.CharField(max_length=12, choices=list(KIND_LABELS.items()))
    title = models.TextField()
    body = models.TextField()
    url = models.CharField(
        max_length=300, help_text="root-relative address of what the row describes"
    )

    def __str__(self):
        return self.title
