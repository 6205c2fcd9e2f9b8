from django.urls import path

from treatywatch.claims import views

app_name = "claims"

urlpatterns = [
    path("", views.check_page, name="check"),
    path("s/<str:token>/", views.shared_page, name="shared"),
    path(
        "s/<str:token>/report.json",
        views.shared_download,
        {"format": "json"},
        name="shared-json",
    ),
    path(
        "s/<str:token>/claimreview.jsonld",
        views.shared_download,
        {"format": "claimreview"},
        name="shared-claimreview",
    ),
]
