"""The campaigns app follows the record: connected in CampaignsConfig.ready()."""

from treatywatch.campaigns.alerting import announce_status_changes


def revisions_published(sender, revisions, **kwargs) -> None:
    # In the publishing transaction: the alerts exist if and only if the revisions do.
    announce_status_changes()
