"""Pages printed as PDF: a template and its context in, the bytes of a PDF out (pdf.py).

Shared by every printed publication (country profiles, reports); what a page shows is the
site's business, how it becomes a PDF is this package's.
"""
