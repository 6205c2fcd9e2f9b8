"""Every public address of the site, root-relative, read from the site's routes (site/urls.py)
so that a new page is baked and listed without being added here: each route's parameters
take every value they have in the record. Pages end in "/" and go in the sitemap; the other
addresses are files (downloads, feeds, the sitemap itself), with the API's description."""

from datetime import date
from itertools import product

from django.urls import URLResolver, get_resolver, reverse

from treatywatch.record.models import Campaign, Publication, State
from treatywatch.reports.years import report_years
from treatywatch.site.publishing.data_files import data_files
from treatywatch.treaties import TREATIES

# The namespaces of the public, read-only pages: baked, listed in the sitemap.
PUBLIC_NAMESPACES = ("site", "coverage", "reports", "publications", "campaigns")


def page_paths() -> list[str]:
    """The HTML pages, home first."""
    return [path for path in _site_paths() if path.endswith("/")]


def file_paths() -> list[str]:
    """Everything else a reader or a program fetches."""
    files = [path for path in _site_paths() if not path.endswith("/")]
    return [*files, reverse("api:openapi-json"), reverse("api:openapi-view")]


def _site_paths() -> list[str]:
    values = _parameter_values()
    return [
        path
        for namespace in PUBLIC_NAMESPACES
        for route in get_resolver().namespace_dict[namespace][1].url_patterns
        for path in _addresses(namespace, route, values)
    ]


def _addresses(namespace: str, route, values: dict[str, list[str]]) -> list[str]:
    names = list(route.pattern.converters)
    unknown = [name for name in names if name not in values]
    if unknown:
        raise LookupError(
            f"route '{route.pattern}': addresses.py does not know the values of {', '.join(unknown)}; add them to _parameter_values"
        )
    combinations = product(*(values[name] for name in names))
    return [
        reverse(f"{namespace}:{route.name}", kwargs=dict(zip(names, combination)))
        for combination in combinations
    ]


def _parameter_values() -> dict[str, list[str]]:
    return {
        "iso3": [
            iso3.lower() for iso3 in State.objects.order_by("iso3").values_list("iso3", flat=True)
        ],
        "code": list(TREATIES),
        "name": [data_file.name for data_file in data_files()],
        "year": [str(year) for year in report_years(date.today())],
        "publication_id": list(Publication.objects.order_by("id").values_list("id", flat=True)),
        "campaign_id": list(Campaign.objects.order_by("id").values_list("id", flat=True)),
    }


def live_only_prefixes() -> tuple[str, ...]:
    """The address prefixes that need the running server (forms that post, editors' pages):
    every part of the site outside the public pages and the API. A static build leaves them
    out; where it is served in front of the live site, they are passed through to it."""
    return tuple(
        f"/{route.pattern}"
        for route in get_resolver().url_patterns
        if isinstance(route, URLResolver) and route.namespace not in (*PUBLIC_NAMESPACES, "api")
    )
