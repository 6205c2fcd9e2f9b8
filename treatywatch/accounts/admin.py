from django.contrib import admin

from treatywatch.accounts.models import Account, ApiToken


@admin.register(Account)
class AccountAdmin(admin.ModelAdmin):
    list_display = ("user", "role")
    list_filter = ("role",)

    def has_module_permission(self, request):
        # Only admins manage accounts.
        return request.user.is_superuser


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("prefix", "user", "created_at", "last_used_at")
    readonly_fields = ("key_hash", "prefix", "created_at", "last_used_at")

    def has_module_permission(self, request):
        return request.user.is_superuser
