"""`/feedback/attachments/<id>/`: an attachment, for editors only, as a download that no
browser will render or sniff into something else."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from treatywatch.feedback import storage
from treatywatch.feedback.models import Attachment
from treatywatch.feedback.permissions import editor_required
from treatywatch.feedback.views.common import private

# Should the file ever be shown inline after all, it runs nothing and loads nothing.
SANDBOX_POLICY = "sandbox; default-src 'none'"


@editor_required
def attachment(request, pk):
    found = get_object_or_404(Attachment, pk=pk)
    try:
        handle = storage.attachment_path(found.stored_name).open("rb")
    except (OSError, ValueError):
        raise Http404("This attachment's file is missing from the private folder.") from None
    content_type = found.content_type + (
        "; charset=utf-8" if found.content_type.startswith("text/") else ""
    )
    response = FileResponse(
        handle, as_attachment=True, filename=found.download_name, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = SANDBOX_POLICY
    return private(response)
