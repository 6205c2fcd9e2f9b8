"""Feedback readers send to the editors about a country profile. Private: only editors see
it (views behind permissions.editor_required, and the admin), never a public page, the API,
a feed, search, a download or the static build."""

from django.conf import settings
from django.db import models

from treatywatch.feedback import attachments, filetypes
from treatywatch.record.models import State

# The sections of a country profile a message can be about (see docs/design.md).
SECTIONS = [
    ("overview", "Overview"),
    ("narrative", "Policy narrative"),
    ("use", "Use, transfer, production, stockpiling"),
    ("obligations", "Obligations and deadlines"),
    ("timeline", "Timeline"),
    ("other_treaty", "Other treaty"),
    ("general", "The profile as a whole"),
]
SECTION_CODES = [code for code, _ in SECTIONS]

STATUSES = [("new", "New"), ("acknowledged", "Acknowledged"), ("resolved", "Resolved")]
STATUS_CODES = [code for code, _ in STATUSES]


class Feedback(models.Model):
    # PROTECT: a dataset load must not silently delete what readers sent about a state.
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="+")
    section = models.CharField(max_length=20, choices=SECTIONS, default="general")
    message = models.TextField()
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    status = models.CharField(max_length=12, choices=STATUSES, default="new", db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Only a hash of the submitter's status link (see tokens.py); empty without an email.
    status_token_hash = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "feedback"

    def __str__(self):
        return (
            f"Feedback #{self.pk} on {self.state_id} ({self.get_section_display()}, {self.status})"
        )


class Attachment(models.Model):
    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="attachments")
    original_name = models.CharField(
        max_length=attachments.MAX_NAME_LENGTH, help_text="cleaned; for display only"
    )
    stored_name = models.CharField(
        max_length=32, unique=True, editable=False, help_text="random; the file's name on disk"
    )
    content_type = models.CharField(max_length=100, help_text="detected from the file's contents")
    size = models.PositiveIntegerField()

    class Meta:
        ordering = ["original_name", "id"]

    def __str__(self):
        return self.original_name

    @property
    def download_name(self) -> str:
        return attachments.download_name(
            self.original_name, filetypes.BY_CONTENT_TYPE[self.content_type]
        )
