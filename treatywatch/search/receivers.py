"""The search app follows the record: connected in SearchConfig.ready()."""

from treatywatch.search.index import rebuild_index


def revisions_published(sender, revisions, **kwargs) -> None:
    # In the publishing transaction, so search never lags the record it was published with.
    rebuild_index()
