"""An extension's new deadline may be known only to the month or year (issue 7): the text
as the source gives it, and the period it names, whose last day the engine counts from."""

from django.db import migrations, models


def _periods_from_days(apps, schema_editor):
    # Every deadline stored so far is a full day: its period is that day.
    Extension = apps.get_model("record", "Extension")
    for extension in Extension.objects.all():
        extension.new_deadline_start = extension.new_deadline
        extension.new_deadline_end = extension.new_deadline
        extension.save(update_fields=["new_deadline_start", "new_deadline_end"])


class Migration(migrations.Migration):
    dependencies = [("record", "0002_deeper_record")]

    operations = [
        migrations.AddField(
            model_name="extension",
            name="new_deadline_start",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="extension",
            name="new_deadline_end",
            field=models.DateField(null=True),
        ),
        migrations.RunPython(_periods_from_days, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="extension",
            name="new_deadline",
            field=models.CharField(
                help_text="YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day",
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="extension",
            name="new_deadline_start",
            field=models.DateField(help_text="first day of the period new_deadline names"),
        ),
        migrations.AlterField(
            model_name="extension",
            name="new_deadline_end",
            field=models.DateField(help_text="last day of that period: the deadline"),
        ),
    ]
