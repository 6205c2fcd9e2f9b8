"""What every request and response passes through: the date asked for (`?as_of=`), the
security headers, the cache of rendered pages. Named in settings.MIDDLEWARE and
TEMPLATES' context processors."""
