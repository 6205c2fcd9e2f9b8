"""Shared checks in the admin site: an admin may read one and delete it (when its author
asks), never add or change one: a shared report stays as it was checked."""

from django.contrib import admin

from treatywatch.claims.models import SharedCheck


@admin.register(SharedCheck)
class SharedCheckAdmin(admin.ModelAdmin):
    list_display = ("created", "token")
    search_fields = ("token",)
    readonly_fields = ("token", "text", "report", "created")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
