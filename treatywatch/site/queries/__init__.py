"""What the public pages read from the database, as the plain facts site/pages/ and
treatywatch/profiles/ work on."""
