from django.urls import include, path

urlpatterns = [
    path("", include("treatywatch.site.urls")),
]

handler400 = "treatywatch.site.errors.bad_request"
handler404 = "treatywatch.site.errors.not_found"
handler500 = "treatywatch.site.errors.server_error"
