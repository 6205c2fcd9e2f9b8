"""Editors can see who follows what and what is waiting in the outbox; what was sent is a
record, so the admin shows it but does not let anyone rewrite it."""

from django.contrib import admin

from treatywatch.alerts.models import OutboxMessage, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "state", "campaign", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = [
        ("confirmed_at", admin.EmptyFieldListFilter),
        ("unsubscribed_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["email", "state__name", "campaign__title"]
    raw_id_fields = ["state", "campaign"]


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "to", "created_at", "sent_at", "failed_at", "attempts"]
    list_filter = [
        ("sent_at", admin.EmptyFieldListFilter),
        ("failed_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["to", "subject", "message_id"]
    readonly_fields = [field.name for field in OutboxMessage._meta.fields]

    def has_add_permission(self, request):
        return False
