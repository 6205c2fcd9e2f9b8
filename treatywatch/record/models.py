"""The record: states, their sources, and every dated fact about them. Each fact cites a
Source; entry into force, statuses and deadlines are computed by treatywatch.treaties."""

from django.db import models
from django.urls import reverse

from treatywatch.dataset import schema


def _choices(values):
    return [(value, value.replace("_", " ")) for value in values]


def _length(spec: schema.FileSpec, name: str) -> int:
    # One definition: the dataset schema's, which the validator checks every cell against.
    return spec.field(name).max_length


TREATY = _choices(schema.TREATY_CODES)


class Source(models.Model):
    id = models.CharField(primary_key=True, max_length=_length(schema.SOURCES, "id"))
    title = models.TextField()
    author = models.TextField(blank=True)
    publisher = models.TextField(blank=True)
    published = models.CharField(
        max_length=_length(schema.SOURCES, "published"),
        blank=True,
        help_text="YYYY, YYYY-MM or YYYY-MM-DD",
    )
    url = models.URLField(max_length=_length(schema.SOURCES, "url"), blank=True)
    retrieved_from = models.URLField(
        max_length=_length(schema.SOURCES, "retrieved_from"), blank=True
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        """Its entry in the list of sources on the downloads page."""
        return f"{reverse('site:downloads')}#source-{self.id}"


class Sourced(models.Model):
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")

    class Meta:
        abstract = True


class State(Sourced):
    iso3 = models.CharField(primary_key=True, max_length=_length(schema.STATES, "iso3"))
    iso_numeric = models.CharField(max_length=_length(schema.STATES, "iso_numeric"))
    name = models.CharField(max_length=_length(schema.STATES, "name"))
    un_region = models.CharField(max_length=_length(schema.STATES, "un_region"))
    un_subregion = models.CharField(max_length=_length(schema.STATES, "un_subregion"))
    un_status = models.CharField(max_length=12, choices=_choices(schema.UN_STATUSES))
    un_member_since = models.PositiveSmallIntegerField(null=True, blank=True)
    exists_from = models.CharField(
        max_length=_length(schema.STATES, "exists_from"),
        default="",
        help_text="YYYY, YYYY-MM or YYYY-MM-DD",
    )
    exists_from_end = models.DateField(
        null=True, help_text="last day of the period exists_from names: the state counts from it"
    )
    exists_source = models.ForeignKey(Source, null=True, on_delete=models.PROTECT, related_name="+")
    predecessor = models.CharField(max_length=_length(schema.STATES, "predecessor"), blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        """Its profile: /countries/<iso3 in lower case>/."""
        return reverse("site:country", args=[self.iso3.lower()])


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
    article = models.CharField(max_length=_length(schema.EXTENSIONS, "article"))
    granted_on = models.DateField()
    new_deadline = models.CharField(
        max_length=_length(schema.EXTENSIONS, "new_deadline"),
        help_text="YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day",
    )
    new_deadline_start = models.DateField(help_text="first day of the period new_deadline names")
    new_deadline_end = models.DateField(help_text="last day of that period: the deadline")
    meeting = models.ForeignKey(
        "Meeting", null=True, blank=True, on_delete=models.PROTECT, related_name="extensions"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["treaty", "state", "article", "granted_on"], name="one_extension_decision"
            )
        ]


class Meeting(Sourced):
    code = models.CharField(primary_key=True, max_length=_length(schema.MEETINGS, "code"))
    treaty = models.CharField(max_length=3, choices=TREATY)
    kind = models.CharField(max_length=3, choices=_choices(schema.MEETING_KINDS))
    number = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=_length(schema.MEETINGS, "name"))
    place = models.CharField(max_length=_length(schema.MEETINGS, "place"), blank=True)
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)
    states_parties_attending = models.PositiveSmallIntegerField(null=True, blank=True)
    observer_states_attending = models.PositiveSmallIntegerField(null=True, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["treaty", "start_date", "code"]

    def __str__(self):
        return self.name


class MeetingAttendance(Sourced):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="meetings_attended")
    role = models.CharField(max_length=8, choices=_choices(schema.ATTENDANCE_ROLES))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "state"], name="one_attendance")]


class Compliance(Sourced):
    """What a source says of one obligation: completed, not applicable, or missed."""

    treaty = models.CharField(max_length=3, choices=TREATY)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="compliance")
    obligation = models.CharField(max_length=24, choices=_choices(schema.OBLIGATIONS))
    period = models.PositiveSmallIntegerField(null=True, blank=True)
    finding = models.CharField(
        max_length=16, choices=_choices(schema.FINDINGS), default="completed"
    )
    date = models.CharField(
        max_length=_length(schema.COMPLIANCE, "date"),
        blank=True,
        help_text="YYYY, YYYY-MM or YYYY-MM-DD",
    )
    date_start = models.DateField(null=True, blank=True)
    date_end = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)


class NationalMeasure(Sourced):
    treaty = models.CharField(max_length=3, choices=TREATY)
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="national_measures")
    measure = models.CharField(max_length=12, choices=_choices(schema.NATIONAL_MEASURES))
    date = models.CharField(max_length=_length(schema.NATIONAL_MEASURES_FILE, "date"), blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["treaty", "state", "measure"], name="one_national_measure"
            )
        ]


class Resolution(Sourced):
    symbol = models.CharField(max_length=_length(schema.UNGA_RESOLUTIONS, "symbol"), unique=True)
    treaty = models.CharField(max_length=3, choices=TREATY, default="mbt")
    year = models.PositiveSmallIntegerField()
    adopted_on = models.DateField(null=True, blank=True)
    yes = models.PositiveSmallIntegerField(null=True, blank=True)
    no = models.PositiveSmallIntegerField(null=True, blank=True)
    abstain = models.PositiveSmallIntegerField(null=True, blank=True)
    date_source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    notes = models.TextField(blank=True)
    roll_call = models.CharField(
        max_length=8,
        choices=_choices(schema.ROLL_CALL_HELD),
        default="yes",
        help_text="how much of the roll call the record holds",
    )

    class Meta:
        ordering = ["year", "symbol"]


class Vote(Sourced):
    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="votes")
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="votes")
    vote = models.CharField(max_length=8, choices=_choices(schema.ROLL_CALL))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resolution", "state"], name="one_vote_per_state")
        ]


class Event(Sourced):
    id = models.CharField(primary_key=True, max_length=_length(schema.EVENTS, "id"))
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="events")
    date = models.CharField(
        max_length=_length(schema.EVENTS, "date"), help_text="YYYY, YYYY-MM or YYYY-MM-DD"
    )
    date_start = models.DateField(help_text="first day of the period the date names")
    date_end = models.DateField(help_text="last day of that period: the event is known by then")
    category = models.CharField(max_length=12, choices=_choices(schema.EVENT_CATEGORIES))
    treaty = models.CharField(max_length=3, blank=True, choices=TREATY)
    text = models.TextField()

    class Meta:
        ordering = ["date_start", "id"]

    def get_absolute_url(self) -> str:
        """Its place in its state's profile (the anchor profiles/profile.py gives events)."""
        return f"{reverse('site:country', args=[self.state_id.lower()])}#event-{self.id}"


class Figure(Sourced):
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="figures")
    as_of = models.CharField(max_length=_length(schema.FIGURES, "as_of"))
    as_of_end = models.DateField(help_text="last day of the period as_of names")
    measure = models.CharField(max_length=20, choices=list(schema.MEASURE_WORDS.items()))
    item = models.CharField(max_length=_length(schema.FIGURES, "item"), blank=True)
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


class GlobalCasualties(Sourced):
    year = models.PositiveSmallIntegerField()
    edition = models.CharField(max_length=16, choices=_choices(schema.CASUALTY_EDITIONS))
    quantity = models.PositiveIntegerField()
    approximate = models.BooleanField(default=False)
    published_in = models.CharField(
        max_length=_length(schema.GLOBAL_CASUALTIES, "published_in"), blank=True
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["year", "edition"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "edition", "source"], name="one_casualty_figure"
            )
        ]


class Publication(Sourced):
    """A letter, press release, statement, report or briefing, as publications.csv holds it."""

    id = models.CharField(primary_key=True, max_length=_length(schema.PUBLICATIONS, "id"))
    kind = models.CharField(max_length=16, choices=_choices(schema.PUBLICATION_KINDS))
    date = models.DateField()
    title = models.CharField(max_length=_length(schema.PUBLICATIONS, "title"))
    authors = models.CharField(max_length=_length(schema.PUBLICATIONS, "authors"))
    addressee = models.CharField(max_length=_length(schema.PUBLICATIONS, "addressee"), blank=True)
    states = models.CharField(
        max_length=_length(schema.PUBLICATIONS, "states"),
        blank=True,
        help_text="iso3 codes separated by spaces",
    )
    url = models.URLField(max_length=_length(schema.PUBLICATIONS, "url"), blank=True)
    full_text = models.TextField(blank=True)
    summary = models.TextField()

    class Meta:
        ordering = ["-date", "id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("publications:detail", args=[self.id])

    @property
    def author_list(self) -> list[str]:
        return [name.strip() for name in self.authors.split(";") if name.strip()]

    @property
    def state_codes(self) -> list[str]:
        return self.states.split()


class Campaign(Sourced):
    """Who asks whom, in which publication, and when: its asks are Ask rows."""

    id = models.CharField(primary_key=True, max_length=_length(schema.CAMPAIGNS, "id"))
    title = models.CharField(max_length=_length(schema.CAMPAIGNS, "title"))
    publication = models.ForeignKey(Publication, on_delete=models.PROTECT, related_name="campaigns")
    asked_by = models.CharField(max_length=_length(schema.CAMPAIGNS, "asked_by"))
    asked_of = models.CharField(max_length=_length(schema.CAMPAIGNS, "asked_of"))
    asked_on = models.DateField()
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-asked_on", "id"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("campaigns:detail", args=[self.id])


class Ask(Sourced):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="asks")
    number = models.PositiveSmallIntegerField()
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="asks")
    ask = models.CharField(max_length=_length(schema.ASKS, "ask"))
    criterion = models.CharField(max_length=24, choices=_choices(schema.CRITERIA))
    treaty = models.CharField(max_length=3, blank=True, choices=TREATY)
    category = models.CharField(
        max_length=12, blank=True, choices=_choices(schema.EVENT_CATEGORIES)
    )
    breach = models.CharField(max_length=12, blank=True, choices=_choices(schema.EVENT_CATEGORIES))
    exception = models.CharField(max_length=_length(schema.ASKS, "exception"), blank=True)
    by = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["campaign", "number", "state"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "number", "state"], name="one_ask")
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
        max_length=_length(schema.STATES, "name"),
        blank=True,
        help_text="kept if the state is later removed",
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
