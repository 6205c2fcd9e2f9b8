"""A country profile's content, modelled on the Landmine and Cluster Munition Monitor's.

Pure Python, no Django: small functions over the plain facts in `facts.py` that turn the
record of one state into words, tables and numbered footnotes. `treatywatch.site` gathers
the facts from the database and renders what `profile.build_profile` returns.
"""
