"""The editors' side: the queue of feedback, one item, and moving it through its statuses."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from treatywatch.feedback.forms import QueueFilterForm, StatusForm
from treatywatch.feedback.models import STATUSES, Feedback
from treatywatch.feedback.permissions import editor_required
from treatywatch.feedback.views.common import private

PER_PAGE = 50


@editor_required
def queue(request):
    filters = QueueFilterForm(request.GET)
    status = filters.cleaned_data["status"] if filters.is_valid() else ""
    items = Feedback.objects.select_related("state").annotate(attachment_count=Count("attachments"))
    if status:
        items = items.filter(status=status)
    page = Paginator(items.order_by("-created_at", "-id"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"filters": filters, "status": status, "page": page, "counts": _counts()}
    return private(render(request, "feedback/queue.html", context))


def _counts() -> list[tuple[str, str, int]]:
    found = dict(Feedback.objects.values_list("status").annotate(n=Count("id")).order_by())
    return [(code, label, found.get(code, 0)) for code, label in STATUSES]


@editor_required
def item(request, pk):
    feedback = get_object_or_404(
        Feedback.objects.select_related("state", "status_changed_by"), pk=pk
    )
    return _item_page(request, feedback, StatusForm(initial={"status": feedback.status}))


def _item_page(request, feedback, form, status=200):
    context = {"feedback": feedback, "attachments": feedback.attachments.all(), "form": form}
    return private(render(request, "feedback/item.html", context, status=status))


@editor_required
@require_POST
def change_status(request, pk):
    feedback = get_object_or_404(Feedback, pk=pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return _item_page(request, feedback, form, status=400)
    if form.cleaned_data["status"] != feedback.status:
        feedback.status = form.cleaned_data["status"]
        feedback.status_changed_by, feedback.status_changed_at = request.user, timezone.now()
        feedback.save(
            update_fields=["status", "status_changed_by", "status_changed_at", "updated_at"]
        )
    return redirect("feedback:item", pk=feedback.pk)
