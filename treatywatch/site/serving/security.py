"""Security headers that Django 5.2 does not set itself, on every response: pages, the API,
static files and error pages alike (the middleware sits before WhiteNoise for that reason).

The Content-Security-Policy lets a page load only this site's own scripts, styles and
images: an injected `<script>`, `style=` or `onclick=` would not run even if some record
text escaped the templates' autoescaping. Keep bench/nginx.conf.template's copy for baked
pages in step (tests/security/test_nginx_headers.py checks it).

No address is exempt. django-ninja's Swagger UI (/api/v1/docs) needs no exemption: it
loads its settings from a JSON data block, which the policy does not apply to, and its
start-up code from a static file (checked in a browser by tests/browser/).
"""

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
    ]
)

# The site uses none of these browser features; saying so stops an injected frame or
# script from asking the reader for them.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


class SecurityHeadersMiddleware:
    """Adds the policy headers unless a view chose its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
