"""The /check/ form: a pasted text or an uploaded file, and the dates to judge it on. Both
are read by the one reader the command and the API use (documents.py, text_input.py)."""

from django import forms

from treatywatch.claims.documents import (
    ACCEPTED,
    KINDS,
    MAX_FILE_BYTES,
    TooLarge,
    WrongType,
    read_document,
)
from treatywatch.claims.text_input import MAX_CHARACTERS, UnreadableText, checked_text
from treatywatch.treaties.day_range import parse_day

# A file too big, or of a kind not read; anything else unreadable is a 400.
_STATUS = {TooLarge: 413, WrongType: 415}


class DayField(forms.CharField):
    """YYYY-MM-DD in the range the site, the API and the command take (day_range.py)."""

    def to_python(self, value):
        text = super().to_python(value)
        try:
            return parse_day(text) if text else None
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None


class CheckForm(forms.Form):
    text = forms.CharField(
        required=False,
        strip=False,
        label="Text to check",
        widget=forms.Textarea(attrs={"rows": 12, "maxlength": MAX_CHARACTERS}),
        help_text=f"Paste up to {MAX_CHARACTERS:,} characters, or upload a file below.",
    )
    file = forms.FileField(
        required=False,
        label="Or upload a file",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(KINDS)}),
        help_text=f"{ACCEPTED}, at most {MAX_FILE_BYTES // 2**20} MB (a PDF: at most 100 pages).",
    )
    as_of = DayField(
        required=False,
        label="Document date (optional)",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The day the text was written. Without it, a date near the top of the text, else today.",
    )
    today = DayField(
        required=False,
        label="Compare with the record as of (optional)",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="The later date each claim is also judged on. Without it, today.",
    )
    appeared_at = forms.URLField(
        required=False,
        max_length=2000,
        assume_scheme="https",
        label="Where it appeared (optional)",
        help_text="The address of the published text, given back in the ClaimReview download.",
    )

    status = 400  # of the problem found, for the view (_STATUS)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            data["checked_text"] = self._text(data.get("text", ""), data.get("file"))
        except UnreadableText as error:
            self.status = _STATUS.get(type(error), 400)
            raise forms.ValidationError(str(error)) from None
        return data

    def _text(self, text: str, upload) -> str:
        if upload and text.strip():
            raise UnreadableText("give either a text or a file, not both")
        if upload is None:
            return checked_text(text)
        if upload.size > MAX_FILE_BYTES:
            raise TooLarge(f"{upload.name}: the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        try:
            return read_document(upload.read(), upload.name)
        except UnreadableText as error:
            raise type(error)(f"{upload.name}: {error}") from None
