from django.contrib import admin
from django.urls import include, path

from treatywatch.api.api import api
from treatywatch.campaigns.api import router as campaigns_router
from treatywatch.claims.api import router as claims_router
from treatywatch.editorial.api import router as editorial_router
from treatywatch.publications.api import router as publications_router
from treatywatch.reports.api import router as reports_router
from treatywatch.reports.sitemaps import ReportSitemap
from treatywatch.site.sitemaps import SITEMAPS

# The editorial workflow for scripts (token authentication) and the claim checker share the
# open API's address, errors and description. They are mounted here, where the apps are put
# together, because both build on api/ (its error shape, its parameters): api/ importing
# them would run upward.
api.add_router("", editorial_router)
api.add_router("", claims_router)
api.add_router("", reports_router)
# The annual reports are listed in the site's one sitemap, beside its own pages.
SITEMAPS["reports"] = ReportSitemap
api.add_router("", publications_router)
api.add_router("", campaigns_router)

urlpatterns = [
    path("api/v1/", api.urls),
    path("accounts/", include("treatywatch.accounts.urls")),
    path("alerts/", include("treatywatch.alerts.urls")),
    path("feedback/", include("treatywatch.feedback.urls")),
    path("editorial/", include("treatywatch.editorial.urls")),
    path("data/", include("treatywatch.coverage.urls")),
    path("reports/", include("treatywatch.reports.urls")),
    path("find/", include("treatywatch.site.find_urls")),
    path("check/", include("treatywatch.claims.urls")),
    path("publications/", include("treatywatch.publications.urls")),
    path("campaigns/", include("treatywatch.campaigns.urls")),
    path("follow/", include("treatywatch.campaigns.follow_urls")),
    path("admin/", admin.site.urls),
    path("", include("treatywatch.site.urls")),
]

handler400 = "treatywatch.site.views.errors.bad_request"
handler403 = "treatywatch.site.views.errors.forbidden"
handler404 = "treatywatch.site.views.errors.not_found"
handler500 = "treatywatch.site.views.errors.server_error"
