from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "treatywatch.campaigns"
    label = "campaigns"

    def ready(self):
        # The record announces what it publishes; followers of a campaign hear of what changed.
        from treatywatch.campaigns import receivers
        from treatywatch.record.signals import revisions_published

        revisions_published.connect(
            receivers.revisions_published, dispatch_uid="campaigns.ask_statuses"
        )
