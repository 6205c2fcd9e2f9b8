from django.urls import path

from treatywatch.reports import feeds, views

app_name = "reports"

urlpatterns = [
    path("", views.index, name="index"),
    path("feed.atom", feeds.reports_feed, name="feed"),
    path("<int:year>/", views.page, name="page"),
    path("<int:year>.pdf", views.pdf, name="pdf"),
]
