"""/sitemap.xml : every public page, for search engines."""

from django.http import HttpResponse

from treatywatch.site.sitemap import sitemap_entries, sitemap_xml


def sitemap(request):
    entries = [(request.build_absolute_uri(path), changed) for path, changed in sitemap_entries()]
    return HttpResponse(sitemap_xml(entries), content_type="application/xml")
