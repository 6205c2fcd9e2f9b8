from django.contrib import admin
from django.urls import include, path

from treatywatch.api.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("accounts/", include("treatywatch.accounts.urls")),
    path("alerts/", include("treatywatch.alerts.urls")),
    path("feedback/", include("treatywatch.feedback.urls")),
    path("editorial/", include("treatywatch.editorial.urls")),
    path("data/", include("treatywatch.coverage.urls")),
    path("admin/", admin.site.urls),
    path("", include("treatywatch.site.urls")),
]

handler400 = "treatywatch.site.errors.bad_request"
handler403 = "treatywatch.site.errors.forbidden"
handler404 = "treatywatch.site.errors.not_found"
handler500 = "treatywatch.site.errors.server_error"
