"""POST /check: the claims in a text and a verdict on each; the same report as
`treatywatch check-claims --format json`. The text is neither stored nor logged."""

from ninja import Router, Schema
from pydantic import Field

from treatywatch.api.errors import ERROR_RESPONSES, InvalidParameter
from treatywatch.api.params import IsoDate
from treatywatch.claims.checking import checked_report
from treatywatch.claims.text_input import MAX_CHARACTERS, UnreadableText, checked_text

router = Router(tags=["claims"])


class CheckIn(Schema):
    # The schema says what is refused, so clients (and schemathesis) know before sending.
    text: str = Field(
        min_length=1,
        max_length=MAX_CHARACTERS,
        pattern=r"\S",
        description=f"the text to check (not only blanks), at most {MAX_CHARACTERS:,} characters",
    )
    as_of: IsoDate | None = Field(
        None, description="the document's date (default: found in the text, else today)"
    )
    today: IsoDate | None = Field(None, description="the later date to judge on (default: today)")
    appeared_at: str | None = Field(
        None,
        max_length=2000,
        pattern=r"^https?://\S+$",
        description="where the text was published, if it was: an http(s) address",
    )


class ClaimFindingOut(Schema):
    verdict: str
    on: str
    record_value: str | int | None
    explanation: str
    sources: list[str]
    link: str = Field(description="the page (profile or treaty) as of `on` that shows the evidence")


class CheckedClaimOut(Schema):
    start: int
    end: int
    text: str
    sentence: str
    kind: str
    treaty: str
    subject: str
    value: str | int | None
    qualifier: str
    detail: str
    verdict: str
    on_document_date: ClaimFindingOut
    today: ClaimFindingOut


class CheckOut(Schema):
    document_date: str
    document_date_from: str
    today: str
    appeared_at: str | None
    claims: list[CheckedClaimOut]


@router.post("/check", response={200: CheckOut, **ERROR_RESPONSES})
def check(request, body: CheckIn):
    """Finds the checkable claims in `text` and judges each on the document's date and today."""
    try:
        text = checked_text(body.text)
    except UnreadableText as error:
        raise InvalidParameter("text", str(error)) from None
    return checked_report(
        text, as_of=body.as_of, today=body.today, appeared_at=body.appeared_at or ""
    )
