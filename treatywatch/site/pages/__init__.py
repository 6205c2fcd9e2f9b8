"""What the public pages show, computed from plain facts (no database, no request): the
country table, the deadline board, the key rules, the chart's series, the map's colours,
the recent changes, a feed entry. The views in site/views/ read the record through
site/queries/ and render these."""
