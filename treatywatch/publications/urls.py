"""The press room: baked, listed in the sitemap."""

from django.urls import path

from treatywatch.publications import feeds, views

app_name = "publications"

urlpatterns = [
    path("", views.index, name="index"),
    path("feed.atom", feeds.publications_feed, name="feed"),
    path("<str:publication_id>/", views.detail, name="detail"),
]
