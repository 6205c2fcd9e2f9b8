"""Feedback in the admin site: editors may read it and change its status, nothing else.

Access follows the account's role (accounts/roles.py), not Django's per-model permissions,
so an editor needs no extra grant; only an admin may delete."""

from django.contrib import admin
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from treatywatch.accounts.roles import has_role
from treatywatch.feedback.models import Attachment, Feedback

FEEDBACK_FIELDS = (
    "state",
    "section",
    "message",
    "name",
    "email",
    "status",
    "created_at",
    "updated_at",
    "status_changed_at",
    "status_changed_by",
)


class EditorsOnly:
    """Editors and admins see and open these models; nobody adds; only admins delete."""

    def has_module_permission(self, request):
        return has_role(request.user, "editor")

    def has_view_permission(self, request, obj=None):
        return has_role(request.user, "editor")

    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return has_role(request.user, "admin")


def download_link(attachment) -> str:
    return format_html(
        '<a href="{}">{}</a>',
        reverse("feedback:attachment", args=[attachment.pk]),
        attachment.original_name,
    )


class AttachmentInline(EditorsOnly, admin.TabularInline):
    model = Attachment
    fields = readonly_fields = ("file", "content_type", "size")
    extra = 0

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="file")
    def file(self, attachment):
        return download_link(attachment)


@admin.register(Feedback)
class FeedbackAdmin(EditorsOnly, admin.ModelAdmin):
    list_display = ("created_at", "state", "section", "status")
    list_filter = ("status", "section")
    search_fields = ("message", "state__name")
    fields = FEEDBACK_FIELDS
    readonly_fields = tuple(field for field in FEEDBACK_FIELDS if field != "status")
    inlines = [AttachmentInline]

    def has_change_permission(self, request, obj=None):
        return has_role(request.user, "editor")

    def save_model(self, request, obj, form, change):
        # Who moved it, and when, as the editors' status form records it.
        if "status" in form.changed_data:
            obj.status_changed_by, obj.status_changed_at = request.user, timezone.now()
        super().save_model(request, obj, form, change)


@admin.register(Attachment)
class AttachmentAdmin(EditorsOnly, admin.ModelAdmin):
    list_display = ("original_name", "feedback", "content_type", "size")
    fields = readonly_fields = ("file", "feedback", "content_type", "size")

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="file")
    def file(self, attachment):
        return download_link(attachment)
