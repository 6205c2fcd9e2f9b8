from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "treatywatch.search"
    label = "search"
    verbose_name = "Full-text search"

    def ready(self):
        # The record announces what it publishes; it does not know who listens.
        from treatywatch.record.signals import revisions_published
        from treatywatch.search import receivers

        revisions_published.connect(
            receivers.revisions_published, dispatch_uid="search.rebuild_index"
        )
