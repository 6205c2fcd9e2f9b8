"""The fields the search page filters by (state, section, year). The documents written
before them have none, so they are removed: search rebuilds its index from the record on
first use (index.ensure_index)."""

from django.db import migrations, models


def _forget_documents(apps, schema_editor):
    apps.get_model("search", "Document").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="document",
            name="state",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="ISO3 code: a state, or an event's",
                max_length=3,
            ),
        ),
        migrations.AddField(
            model_name="document",
            name="section",
            field=models.CharField(
                blank=True, help_text="an event's category (profile section)", max_length=12
            ),
        ),
        migrations.AddField(
            model_name="document",
            name="year",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="an event's year, or a source's year of publication",
                null=True,
            ),
        ),
        migrations.RunPython(_forget_documents, migrations.RunPython.noop),
    ]
