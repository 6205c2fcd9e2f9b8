"""The claim checker: finds the checkable claims in a text and judges each against the record.

The core (every module here but `django_snapshot`, `apps`, `views`, `urls`, `api` and
`management`) is pure: text in, claims and verdicts out, asking the treaty engine and a
`Snapshot` of the record. Nothing is read at import time.
"""
