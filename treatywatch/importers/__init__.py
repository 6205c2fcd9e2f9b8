"""Importers that keep the record current: a saved UN Treaty Collection status page and the
UN Digital Library's General Assembly voting data, read and compared with the record, the
differences filed as an editorial proposal for review. The reading and comparing are pure
(no Django); `management/commands/import.py` is the thin adapter."""
