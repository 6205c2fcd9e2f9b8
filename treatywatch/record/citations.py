"""A source of the record as the pages cite it: the structured Citation (profiles/facts.py)
of a Source row. Here, beside the models, so that any app reading the record cites the same
way without importing the site."""

from treatywatch.profiles.facts import Citation
from treatywatch.record.models import Source

SOURCE_FIELDS = ("id", "title", "author", "publisher", "published", "url", "retrieved_from")


def citation(source: Source) -> Citation:
    return Citation(*(getattr(source, field) for field in SOURCE_FIELDS))
