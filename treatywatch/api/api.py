"""The open JSON API, mounted at /api/v1/: OpenAPI schema at /api/v1/openapi.json,
interactive documentation at /api/v1/docs. Described for people in docs/api.md."""

from django.shortcuts import render
from ninja import NinjaAPI, Swagger

from treatywatch.api import (
    deadlines,
    errors,
    events,
    index,
    profile,
    routing,
    series,
    sources,
    states,
    status,
    treaties,
    votes,
)

DESCRIPTION = (
    "Where every state stands against the 1997 Mine Ban Treaty (mbt) and the 2008 Convention "
    "on Cluster Munitions (ccm), on any date, with the sources. Read-only; dates are ISO 8601; "
    'every error is {"error": {"status", "code", "message", "parameter"?}}.'
)


class SiteSwagger(Swagger):
    """Swagger UI inside the site's own page (header, landmarks, language), not a bare one."""

    template = "site/api_docs.html"

    def render_page(self, request, api, **kwargs):
        # The settings go to the page through json_script, escaped, never marked safe.
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(request, self.template, {"swagger_settings": settings, "api": api})


class TreatyWatchAPI(NinjaAPI):
    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        return routing.in_api_shape(patterns), app_name, namespace

    def get_openapi_operation_id(self, operation) -> str:
        # Operation ids are what client generators name their methods: keep them short.
        return operation.view_func.__name__


api = TreatyWatchAPI(
    title="TreatyWatch API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    # Swagger UI would otherwise send the schema's address to validator.swagger.io; its deep
    # links are anchors inside each operation's button, a control no keyboard can reach.
    docs=SiteSwagger(settings={"validatorUrl": None, "deepLinking": False}),
)
errors.install_handlers(api)

for module in (index, states, profile, treaties, status, series, deadlines, events, sources, votes):
    api.add_router("", module.router)
