"""The record: states, their sources, and every dated fact about them. Each fact cites a
Source; entry into force, statuses and deadlines are computed by treatywatch.treaties."""

from django.db import models

from treatywatch.dataset import schema


def _choices(values):
    return [(value, value.replace("_", " ")) for value in values]


TREATY = _choices(schema.TREATY_CODES)


class Source(models.Model):
    id = models.CharField(primary_key=True, max_length=120)
    title = models.TextField()
    author = models.TextField(blank=True)
    publisher = models.TextField(blank=True)
    published = models.CharField(max_length=10, blank=True, help_text="YYYY, YYYY-MM or YYYY-MM-DD")
    url = models.URLField(max_length=2000, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.title


class Sourced(models.Model):
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")

    class Meta:
        abstract = True


class State(Sourced):
    iso3 = models.CharField(primary_key=True, max_length=3)
    iso_numeric = models.CharField(max_length=3)
    name = models.CharField(max_length=120)
    un_region = models.CharField(max_length=40)
    un_subregion = models.CharField(max_length=60)
    un_status = models.CharField(max_length=12, choices=_choices(schema.UN_STATUSES))
    un_member_since = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class TreatyAction(Sourced):
    treaty = models.CharField(max_length=3, choices=TREATY)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="treaty_actions")
    action = models.CharField(max_length=20, choices=_choices(schema.ACTIONS))
    date = models.DateField()
    consent_type = models.CharField(
        max_length=12, blank=True, choices=_choices(schema.CONSENT_TYPES)
    )
    effective_date = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["treaty", "state", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["treaty", "state", "action"], name="one_action_of_a_kind"
            )
        ]


class ArmedConflict(Sourced):
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="armed_conflicts")
    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True)
    description = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["state", "start_date"], name="one_conflict_start")
        ]


class Extension(Sourced):
    treaty = models.CharField(max_length=3, choices=TREATY)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="extensions")
    article = models.CharField(max_length=4)
    granted_on = models.DateField()
    new_deadline = models.DateField()
    meeting = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["treaty", "state", "article", "granted_on"], name="one_extension_decision"
            )
        ]


class Compliance(Sourced):
    treaty = models.CharField(max_length=3, choices=TREATY)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="compliance")
    obligation = models.CharField(max_length=24, choices=_choices(schema.OBLIGATIONS))
    period = models.PositiveSmallIntegerField(null=True, blank=True)
    completed_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)


class Resolution(Sourced):
    symbol = models.CharField(max_length=40, unique=True)
    year = models.PositiveSmallIntegerField()
    adopted_on = models.DateField(null=True, blank=True)
    yes = models.PositiveSmallIntegerField()
    no = models.PositiveSmallIntegerField()
    abstain = models.PositiveSmallIntegerField()
    date_source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["year", "symbol"]


class Vote(Sourced):
    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="votes")
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="votes")
    vote = models.CharField(max_length=8, choices=_choices(schema.VOTES))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resolution", "state"], name="one_vote_per_state")
        ]


class Event(Sourced):
    id = models.CharField(primary_key=True, max_length=120)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="events")
    date = models.CharField(max_length=10, help_text="YYYY, YYYY-MM or YYYY-MM-DD")
    date_start = models.DateField(help_text="first day of the period the date names")
    date_end = models.DateField(help_text="last day of that period: the event is known by then")
    category = models.CharField(max_length=12, choices=_choices(schema.EVENT_CATEGORIES))
    treaty = models.CharField(max_length=3, blank=True, choices=TREATY)
    text = models.TextField()

    class Meta:
        ordering = ["date_start", "id"]


class Figure(Sourced):
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="figures")
    as_of = models.CharField(max_length=10)
    as_of_end = models.DateField(help_text="last day of the period as_of names")
    measure = models.CharField(
        max_length=20, choices=[("apm_stockpile", "antipersonnel mines stockpiled")]
    )
    item = models.CharField(max_length=120, blank=True)
    quantity = models.BigIntegerField()
    approximate = models.BooleanField(default=False)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["as_of_end", "measure", "-quantity"]
        constraints = [
            models.UniqueConstraint(
                fields=["state", "as_of", "measure", "item", "source"], name="one_figure"
            )
        ]


class Revision(models.Model):
    """One published change to one state's part of the record (state None: rows that belong
    to no state, such as sources and resolutions): who, when, why, and each row's cells
    before and after. History, "last updated", the feeds, the alerts and the record as
    published on a past day all read this."""

    published_at = models.DateTimeField(db_index=True)
    state = models.ForeignKey(
        State, null=True, blank=True, on_delete=models.SET_NULL, related_name="revisions"
    )
    state_name = models.CharField(
        max_length=120, blank=True, help_text="kept if the state is later removed"
    )
    summary = models.TextField()
    changes = models.JSONField(
        help_text="[{file, key, change, before, after}]: change is created, updated or deleted; before and after are the row's cells"
    )
    author = models.ForeignKey(
        "auth.User",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="empty: loaded from the files",
    )
    reviewer = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(
        blank=True, help_text="why: the approval comment, or where a load came from"
    )

    class Meta:
        ordering = ["-published_at", "-id"]


class RecordLock(models.Model):
    """A single row that loads and approvals lock, so writers of the record take turns."""

    taken = models.BooleanField(default=False)
