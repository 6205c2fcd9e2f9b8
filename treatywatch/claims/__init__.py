"""The claim checker: finds the checkable claims in a text and judges each against the record.

The core (every module here but the Django adapters: `django_snapshot`, `checking`, `links`,
`models`, `forms`, `views`, `urls`, `api`, `apps`, `management`, `migrations`) is pure: text
in, claims and verdicts out, asking the treaty engine and a `Snapshot` of the record. It
names the pages that show the evidence (`page_ref`); `links` gives their addresses. Nothing
is read at import time.
"""
