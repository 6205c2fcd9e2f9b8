from treatywatch.site.serving.as_of import requested_as_of


class AsOfMiddleware:
    """Reads ?as_of= once for every page, so a malformed date is a 400 wherever it is sent.
    The API reads its own parameters and answers in its own error shape."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/"):
            request.as_of = requested_as_of(request)
        return self.get_response(request)
