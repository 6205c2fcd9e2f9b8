from django.urls import path

from treatywatch.coverage import views

app_name = "coverage"

urlpatterns = [
    path("coverage/", views.page, name="page"),
]
