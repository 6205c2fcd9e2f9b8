"""Every public address. Pages take ?as_of=YYYY-MM-DD; links keep it (see serving/as_of.py)."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from treatywatch.site.sitemaps import SITEMAPS
from treatywatch.site.views import (
    countries,
    downloads,
    feeds,
    history,
    home,
    profile,
    profile_pdf,
    search,
    treaty,
)

app_name = "site"

urlpatterns = [
    path("", home.home, name="home"),
    path("countries/", countries.page, name="countries"),
    path("countries/<str:iso3>/", profile.page, name="country"),
    path("countries/<str:iso3>.pdf", profile_pdf.pdf, name="country-pdf"),
    path("countries/<str:iso3>/feed.atom", feeds.country_feed, name="country-feed"),
    path("countries/<str:iso3>/history/", history.page, name="country-history"),
    path("treaties/<str:code>/", treaty.page, name="treaty"),
    path("search/", search.page, name="search"),
    path("downloads/", downloads.page, name="downloads"),
    path("downloads/<str:name>", downloads.file, name="download-file"),
    path("feeds/updates.atom", feeds.updates_feed, name="updates-feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
