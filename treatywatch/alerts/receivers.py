"""The alerts app follows the record: connected in AlertsConfig.ready()."""

from treatywatch.alerts import publishing


def revisions_published(sender, revisions, **kwargs) -> None:
    # In the publishing transaction, so the alerts exist if and only if the revisions do.
    publishing.revisions_published(revisions)
