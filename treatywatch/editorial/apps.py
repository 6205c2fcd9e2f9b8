from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "treatywatch.editorial"
    label = "editorial"
