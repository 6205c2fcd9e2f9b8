from django.apps import AppConfig


class CoverageConfig(AppConfig):
    name = "treatywatch.coverage"
    label = "coverage"
    verbose_name = "Coverage of the record"
