"""Following a campaign: forms and links that need the running application."""

from django.urls import path

from treatywatch.campaigns import follow_views

app_name = "campaign-follow"

urlpatterns = [
    path("<str:campaign_id>/", follow_views.follow, name="follow"),
    path("confirm/<str:token>/", follow_views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", follow_views.unsubscribe, name="unsubscribe"),
]
