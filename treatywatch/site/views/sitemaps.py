"""Placeholder until the sitemap is built."""

from django.http import Http404


def sitemap(request):
    raise Http404("not built yet")
