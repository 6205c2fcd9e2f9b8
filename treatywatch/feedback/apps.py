from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete


class FeedbackConfig(AppConfig):
    name = "treatywatch.feedback"
    label = "feedback"
    verbose_name = "Feedback from readers"

    def ready(self):
        from treatywatch.feedback.models import Attachment

        post_delete.connect(
            _remove_file, sender=Attachment, dispatch_uid="feedback-attachment-file"
        )


def _remove_file(sender, instance, **kwargs):
    from treatywatch.feedback import storage

    # After the commit only: a rolled-back delete must still find its file.
    transaction.on_commit(lambda: storage.delete_attachment(instance.stored_name))
