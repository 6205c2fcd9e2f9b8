"""The public campaign pages: baked, listed in the sitemap."""

from django.urls import path

from treatywatch.campaigns import feeds, views

app_name = "campaigns"

urlpatterns = [
    path("", views.index, name="index"),
    path("<str:campaign_id>/", views.detail, name="detail"),
    path("<str:campaign_id>/feed.atom", feeds.campaign_feed, name="feed"),
]
