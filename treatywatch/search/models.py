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
    # What the search page's filters narrow by (search/filters.py).
    state = models.CharField(
        max_length=3, blank=True, db_index=True, help_text="ISO3 code: a state, or an event's"
    )
    section = models.CharField(
        max_length=12, blank=True, help_text="an event's category (profile section)"
    )
    year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="an event's year, or a source's year of publication"
    )

    def __str__(self):
        return self.title
