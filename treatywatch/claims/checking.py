"""The one way the command, the API and the page check a text: the core's report on the
published record, with each finding's page as the site's address. So the three give the
same claims and verdicts for the same text and dates."""

from datetime import date

from treatywatch.claims.check import check_text
from treatywatch.claims.django_snapshot import snapshot_and_names
from treatywatch.claims.links import with_addresses


def checked_report(
    text: str, *, as_of: date | None = None, today: date | None = None, appeared_at: str = ""
) -> dict:
    """`as_of`: the document's date (else found in the text, else today); `today`: the later
    date to judge on (default: today); `appeared_at`: where the text was published, if it was."""
    report = check_text(text, *snapshot_and_names(), as_of=as_of, today=today).as_dict()
    return with_addresses(report) | {"appeared_at": appeared_at or None}
