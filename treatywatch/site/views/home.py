from django.shortcuts import render

from treatywatch.record.models import State
from treatywatch.record.treaty_records import treaty_record


def home(request):
    today = request.as_of
    records = {code: treaty_record(code) for code in ("mbt", "ccm")}
    rows = [
        {"state": state, "mbt": records["mbt"].status_on(state.iso3, today), "ccm": records["ccm"].status_on(state.iso3, today)}
        for state in State.objects.all()
    ]
    counts = {code: record.counts_on(today) for code, record in records.items()}
    return render(request, "site/home.html", {"today": today, "rows": rows, "counts": counts})
