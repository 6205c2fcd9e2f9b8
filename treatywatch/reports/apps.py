from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "treatywatch.reports"
    label = "reports"
    verbose_name = "Annual reports"
