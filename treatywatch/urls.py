from django.urls import include, path

from treatywatch.api.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("treatywatch.site.urls")),
]

handler400 = "treatywatch.site.errors.bad_request"
handler404 = "treatywatch.site.errors.not_found"
handler500 = "treatywatch.site.errors.server_error"
