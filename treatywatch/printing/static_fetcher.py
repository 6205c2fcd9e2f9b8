"""What WeasyPrint may read while it prints a page: the site's static files, from disk.

Never fetched over the network, so a render costs no request and cannot hang on one; any
other address is refused (WeasyPrint then leaves it out)."""

import mimetypes
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from treatywatch.printing.static_files import static_file


class StaticFilesFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        found = static_file(unquote(urlsplit(url).path))
        if found is None:
            raise ValueError(f"{url}: a PDF uses the site's static files only")
        content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, found.read_bytes(), {"Content-Type": content_type})
