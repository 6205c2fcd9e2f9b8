from django.urls import path, re_path

from treatywatch.feedback.views import downloads, editors, status, submission

app_name = "feedback"

urlpatterns = [
    path("queue/", editors.queue, name="queue"),
    path("<int:pk>/item/", editors.item, name="item"),
    path("<int:pk>/status/", editors.change_status, name="change-status"),
    path("attachments/<int:pk>/", downloads.attachment, name="attachment"),
    path("status/<str:token>/", status.status_page, name="status"),
    re_path(r"^(?P<iso3>[A-Za-z]{3})/$", submission.form_page, name="form"),
]
