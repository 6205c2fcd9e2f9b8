from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "treatywatch.alerts"
    label = "alerts"
