from django.urls import path

from treatywatch.editorial.views import dashboard, proposal, propose

app_name = "editorial"

urlpatterns = [
    path("", dashboard.page, name="dashboard"),
    path("propose/", propose.page, name="propose"),
    path("proposals/<int:pk>/", proposal.page, name="proposal"),
    path("proposals/<int:pk>/approve/", proposal.approve_view, name="approve"),
    path("proposals/<int:pk>/reject/", proposal.reject_view, name="reject"),
]
