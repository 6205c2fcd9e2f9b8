from django import forms

from treatywatch.record.models import State

EVERY_CHANGE = "all"


class SubscribeForm(forms.Form):
    email = forms.EmailField(label="Your email address", max_length=254)
    state = forms.ChoiceField(label="Tell me of changes to")
    # The honeypot: hidden from people by the stylesheet, filled in by form-filling robots.
    website = forms.CharField(label="Leave this field empty", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read here, not at import time: the states are in the database.
        states = [
            (iso3.lower(), f"the profile of {name}")
            for iso3, name in State.objects.values_list("iso3", "name")
        ]
        self.fields["state"].choices = [(EVERY_CHANGE, "every change to the record"), *states]

    def clean_state(self) -> State | None:
        value = self.cleaned_data["state"]
        return None if value == EVERY_CHANGE else State.objects.get(iso3=value.upper())

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("website", "").strip())
