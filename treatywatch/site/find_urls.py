"""/find/: the header's box, answered by the running server. It has no page of its own to
bake (every answer depends on ?q=), so it is routed outside the public namespaces and a
static build passes it through to the live site like the other forms
(publishing/addresses.py, live_only_prefixes)."""

from django.urls import path

from treatywatch.site.views import find

app_name = "find"

urlpatterns = [
    path("", find.page, name="state"),
]
