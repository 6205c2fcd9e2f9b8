"""`/data/coverage/`: the totals, then every state's coverage by section, narrowed by the
query string (`?region=Africa&missing=art4`)."""

from django.core.exceptions import BadRequest
from django.shortcuts import render

from treatywatch.coverage.formats import vote_years_text
from treatywatch.coverage.queries import coverage_on
from treatywatch.coverage.report import SECTIONS, Cell, StateCoverage


def page(request):
    coverage = coverage_on(request.as_of)
    regions = sorted({state.region for state in coverage.states})
    region, missing = _filters(request.GET, regions)
    rows = [
        _row(state)
        for state in coverage.states
        if region in ("", state.region) and (not missing or state.missing(missing))
    ]
    context = {
        "coverage": coverage,
        "sections": [(section, coverage.totals[section.key]) for section in SECTIONS],
        "un_votes": [vote_years_text(years) for years in coverage.un_votes.values()],
        "regions": regions,
        "region": region,
        "missing": missing,
        "rows": rows,
    }
    return render(request, "coverage/coverage.html", context)


def _filters(query, regions: list[str]) -> tuple[str, str]:
    region, missing = query.get("region", ""), query.get("missing", "")
    if region and region not in regions:
        raise BadRequest(f"region: '{region}' is not one of {', '.join(regions)}")
    keys = [section.key for section in SECTIONS]
    if missing and missing not in keys:
        raise BadRequest(f"missing: '{missing}' is not one of {', '.join(keys)}")
    return region, missing


def _row(state: StateCoverage) -> dict:
    return {"state": state, "cells": [_shown(cell) for cell in state.cells.values()]}


def _shown(cell: Cell | None) -> dict:
    """What a reader sees in a cell: words, not colour alone."""
    if cell is None:
        return {"text": "", "kind": "na"}
    kind = "yes" if cell.covered else "no"
    if cell.state is not None:
        return {"text": cell.state.replace("_", " "), "kind": kind}
    if cell.of is not None:
        return {"text": f"{cell.facts} of {cell.of}", "kind": kind}
    return {"text": f"{cell.facts} sourced" if cell.facts else "none", "kind": kind}
