from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "treatywatch.search"
    label = "search"
    verbose_name = "Full-text search"
