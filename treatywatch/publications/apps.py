from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "treatywatch.publications"
    label = "publications"
