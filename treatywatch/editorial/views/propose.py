from django.shortcuts import redirect, render

from treatywatch.accounts.permissions import role_required
from treatywatch.accounts.roles import has_role
from treatywatch.editorial.changes import SPECS, RowChange
from treatywatch.editorial.forms import ProposalForm, row_form_class
from treatywatch.editorial.row_lookup import (
    requested_action,
    requested_file,
    requested_key,
    requested_row,
)
from treatywatch.editorial.workflow import Refused, propose, publish_directly


@role_required("researcher")
def page(request):
    params = request.POST if request.method == "POST" else request.GET
    file, action = requested_file(params), requested_action(params)
    key = requested_key(params) if action != "create" else []
    before = requested_row(file, key) if action != "create" else None
    row_form = (
        None
        if action == "delete"
        else row_form_class(SPECS[file])(request.POST or None, initial=before)
    )
    proposal_form = ProposalForm(request.POST or None)
    if (
        request.method == "POST"
        and proposal_form.is_valid()
        and (row_form is None or row_form.is_valid())
    ):
        change = RowChange(file, action, before, _cells(row_form, file))
        try:
            return _submitted(request, proposal_form.cleaned_data, change)
        except Refused as refused:
            proposal_form.add_error(None, refused.reasons)
    context = {
        "file": file,
        "action": action,
        "key": key,
        "before": before,
        "row_form": row_form,
        "proposal_form": proposal_form,
        "editor": has_role(request.user, "editor"),
    }
    return render(
        request, "editorial/propose.html", context, status=400 if request.method == "POST" else 200
    )


def _cells(row_form, file: str) -> dict | None:
    if row_form is None:
        return None
    return {name: (row_form.cleaned_data.get(name) or "").strip() for name in SPECS[file].header}


def _submitted(request, data: dict, change: RowChange):
    if data["publish_now"] and has_role(request.user, "editor"):
        publish_directly(request.user, data["reason"], [change])
        return redirect("editorial:dashboard")
    proposal = propose(request.user, data["reason"], [change])
    return redirect("editorial:proposal", pk=proposal.pk)
