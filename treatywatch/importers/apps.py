from django.apps import AppConfig


class ImportersConfig(AppConfig):
    name = "treatywatch.importers"
    label = "importers"
