"""The feedback form readers fill in, and the status form editors use."""

from django import forms

from treatywatch.feedback import filetypes
from treatywatch.feedback.attachments import AttachmentRefused, check_upload, clean_name
from treatywatch.feedback.models import SECTIONS, STATUSES

MAX_MESSAGE_LENGTH = 10_000
# The honeypot: hidden from people by a CSS class, filled in by robots that fill in everything.
HONEYPOT_FIELD = "topic"


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.Field):
    """A list of uploaded files; each is checked by the form, with the others in view."""

    widget = MultipleFileInput

    def clean(self, value):
        files = value if isinstance(value, (list, tuple)) else [value]
        return [upload for upload in files if upload]


class FeedbackForm(forms.Form):
    section = forms.ChoiceField(choices=SECTIONS, initial="general", label="About")
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 10}), max_length=MAX_MESSAGE_LENGTH
    )
    name = forms.CharField(max_length=200, required=False, label="Your name (optional)")
    email = forms.EmailField(
        required=False,
        label="Your email (optional)",
        help_text="Only to send you a private link to follow your message.",
    )
    attachments = MultipleFileField(
        required=False,
        label="Attachments (optional)",
        # Only a hint for the file picker: the contents are checked on the server.
        widget=MultipleFileInput(
            attrs={"accept": ",".join(e for kind in filetypes.ALL for e in kind.extensions)}
        ),
    )
    topic = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, already_attached=(), unreadable_names=0, **kwargs):
        """`already_attached`: the PendingFiles a failed submission kept, counted in the limits;
        `unreadable_names`: files the request carried under names that are not UTF-8."""
        super().__init__(*args, **kwargs)
        self.already_attached = list(already_attached)
        self.unreadable_names = unreadable_names
        self.accepted = []

    @property
    def is_from_a_robot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean_attachments(self):
        count = len(self.already_attached)
        total = sum(pending.size for pending in self.already_attached)
        problems = [_unreadable_message(self.unreadable_names)] if self.unreadable_names else []
        for upload in self.cleaned_data["attachments"]:
            try:
                checked = check_upload(upload, count, total)
            except AttachmentRefused as refused:
                problems.append(f"{clean_name(upload.name)}: {refused}.")
                continue
            self.accepted.append(checked)
            count, total = count + 1, total + checked.size
        if problems:
            # The accepted files stay in self.accepted: the view keeps them for the next try.
            raise forms.ValidationError(problems)
        return self.accepted


def _unreadable_message(count: int) -> str:
    if count == 1:
        return "A file could not be received: its name is not valid UTF-8. Rename it and attach it again."
    return f"{count} files could not be received: their names are not valid UTF-8. Rename them and attach them again."


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=STATUSES, label="Status")


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "Any status"), *STATUSES], required=False, label="Status"
    )
