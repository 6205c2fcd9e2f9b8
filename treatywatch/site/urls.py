"""Every public address. Pages take ?as_of=YYYY-MM-DD; links keep it (see as_of.py)."""

from django.urls import path

from treatywatch.site.views import countries, downloads, home, profile, search, treaty

app_name = "site"

urlpatterns = [
    path("", home.home, name="home"),
    path("countries/", countries.page, name="countries"),
    path("countries/<str:iso3>/", profile.page, name="country"),
    path("treaties/<str:code>/", treaty.page, name="treaty"),
    path("search/", search.page, name="search"),
    path("downloads/", downloads.page, name="downloads"),
]
