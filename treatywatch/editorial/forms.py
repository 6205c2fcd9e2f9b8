"""Forms that collect a row's cells as text; the dataset validator judges them."""

from django import forms

from treatywatch.dataset.schema import FileSpec

_LONG_FIELDS = {"text", "notes", "title", "description", "meeting"}


def row_form_class(spec: FileSpec) -> type[forms.Form]:
    """A form with one field per column of the file, named after the column."""
    fields = {field.name: _form_field(field) for field in spec.fields}
    return type(f"RowForm_{spec.name.replace('.', '_')}", (forms.Form,), fields)


def _form_field(field) -> forms.Field:
    label = field.name.replace("_", " ")
    if field.kind == "choice":
        choices = [("", "—")] + [(choice, choice.replace("_", " ")) for choice in field.choices]
        return forms.ChoiceField(label=label, choices=choices, required=field.required)
    widget = forms.Textarea(attrs={"rows": 4}) if field.name in _LONG_FIELDS else forms.TextInput
    return forms.CharField(label=label, required=field.required, widget=widget, max_length=20000)


class ProposalForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        help_text="Why should the record change? The editor reads this first.",
    )
    publish_now = forms.BooleanField(
        required=False,
        label="Publish now (editors: your own change, kept in the history like any other)",
    )


class ReviewForm(forms.Form):
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        required=False,
        help_text="For an approval, why it is right (shown in the history); for a rejection, the reason the researcher will see.",
    )
