"""GET /treaties and /treaties/{code}: the treaties, with the numbers their rules use."""

from dataclasses import asdict

from ninja import Router

from treatywatch.api.errors import ERROR_RESPONSES
from treatywatch.api.params import TreatyCode
from treatywatch.api.schemas.treaties import TreatyOut
from treatywatch.record.treaty_records import treaty_record
from treatywatch.treaties import TREATIES, Treaty

router = Router(tags=["treaties"])


@router.get("/treaties", response=list[TreatyOut])
def list_treaties(request):
    """Both treaties, their entry into force computed from the deposits."""
    return [_described(treaty) for treaty in TREATIES.values()]


@router.get("/treaties/{code}", response={200: TreatyOut, **ERROR_RESPONSES})
def get_treaty(request, code: TreatyCode):
    return _described(TREATIES[code])


def _described(treaty: Treaty) -> dict:
    month, day = treaty.annual_report_due
    return {
        **asdict(treaty),
        "entry_into_force": treaty_record(treaty.code).entry_into_force,
        "annual_report_due": f"{month:02d}-{day:02d}",
    }
