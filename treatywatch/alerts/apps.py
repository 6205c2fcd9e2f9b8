from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "treatywatch.alerts"
    label = "alerts"

    def ready(self):
        # The record announces what it publishes; it does not know who listens.
        from treatywatch.alerts import receivers
        from treatywatch.record.signals import revisions_published

        revisions_published.connect(receivers.revisions_published, dispatch_uid="alerts.queue")
