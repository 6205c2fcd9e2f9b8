"""The search documents and, per database, a full-text index over their title and body:
an FTS5 table on SQLite; on PostgreSQL a tsvector column with a GIN index, and the text
search configuration search/postgres_index.py uses."""

from django.db import migrations, models

SQLITE_FORWARD = [
    # External content: the index keeps no copy of the text, it reads search_document.
    """CREATE VIRTUAL TABLE search_document_fts USING fts5(
        title, body, content='search_document', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS search_document_fts"]

POSTGRES_FORWARD = [
    # English stemming after removing accents, so "cote d'ivoire" finds Côte d'Ivoire as on
    # SQLite. unaccent is a trusted extension (PostgreSQL 13+): the database owner may add it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH CONFIGURATION treatywatch_english (COPY = english)",
    """ALTER TEXT SEARCH CONFIGURATION treatywatch_english
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem""",
    "ALTER TABLE search_document ADD COLUMN vector tsvector",
    "CREATE INDEX search_document_vector ON search_document USING GIN (vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_document_vector",
    "ALTER TABLE search_document DROP COLUMN IF EXISTS vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS treatywatch_english",
]


def _on(vendor: str, statements: list[str]):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == vendor:
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Document",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("state", "Country"), ("event", "Event"), ("source", "Source")],
                        max_length=6,
                    ),
                ),
                ("title", models.TextField()),
                ("body", models.TextField()),
                (
                    "url",
                    models.CharField(
                        help_text="root-relative address of what the row describes", max_length=300
                    ),
                ),
            ],
        ),
        migrations.RunPython(_on("sqlite", SQLITE_FORWARD), _on("sqlite", SQLITE_BACKWARD)),
        migrations.RunPython(
            _on("postgresql", POSTGRES_FORWARD), _on("postgresql", POSTGRES_BACKWARD)
        ),
    ]
