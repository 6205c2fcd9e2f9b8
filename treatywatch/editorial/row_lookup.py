"""Reading which row a request is about: the file, and the key cells of the row."""

from django.core.exceptions import BadRequest
from django.http import Http404

from treatywatch.editorial.changes import ACTIONS, SPECS
from treatywatch.record.row_changes import current_cells


def requested_file(params) -> str:
    file = params.get("file", "")
    if file not in SPECS:
        raise BadRequest(
            f"file: '{file[:60]}' is not a dataset file; choose one of {', '.join(SPECS)}"
        )
    return file


def requested_action(params) -> str:
    action = params.get("action", "create")
    if action not in ACTIONS:
        raise BadRequest(f"action: '{action[:20]}' is not one of create, update, delete")
    return action


def requested_key(params) -> list[str]:
    """Key cells in order, given as repeated `key` parameters or as one 'a|b|c'."""
    parts = params.getlist("key")
    return (
        [part.strip() for part in parts[0].split("|")]
        if len(parts) == 1
        else [part.strip() for part in parts]
    )


def requested_row(file: str, key: list[str]) -> dict:
    try:
        cells = current_cells(file, key)
    except ValueError as error:
        raise BadRequest(f"key: {error}") from None
    if cells is None:
        raise Http404(f"no row of {file} has the key {'|'.join(key)}")
    return cells
