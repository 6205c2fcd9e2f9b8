"""bench_scale.py's measurements inside Django, against one loaded database (the one
TREATYWATCH_DATABASE_URL names): writes the revisions and feedback of size k straight into
the database, then times the pages in this process with Django's test client and prints
one JSON object. Not meant to be run by hand:

    python bench/scale_worker.py K REPEAT STATES
"""

import json
import os
import statistics
import sys
import time
from datetime import timedelta
from importlib.util import find_spec
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treatywatch.settings")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from scale_records import NOMINAL  # noqa: E402

from treatywatch.feedback.models import SECTION_CODES, STATUS_CODES, Feedback  # noqa: E402
from treatywatch.record import models  # noqa: E402
from treatywatch.record.exporting import row_cells  # noqa: E402
from treatywatch.record.tables import TABLES  # noqa: E402
from treatywatch.record.treaty_records import build_treaty_record  # noqa: E402

VOTES = next(table for table in TABLES if table.model is models.Vote)
# Words the synthetic events and sources use (scale_records._WORDS), a state's name, and a
# prefix: what readers type.
SEARCHES = ("stockpile destruction", "Tonga", "minefield deminers", "landm")
TREATY_PAGE = "/treaties/mbt/"
API_STATUS = "/api/v1/treaties/mbt/status"


def main() -> None:
    k, repeat, state_count = (int(arg) for arg in sys.argv[1:4])
    rows = {
        "revisions (written directly)": add_revisions(NOMINAL["revisions"] * k),
        "feedback (written directly)": add_feedback(NOMINAL["feedback"] * k),
        "revisions in all": models.Revision.objects.count(),
    }
    client = Client()
    states = sample_states(state_count)
    results = {
        "profile": measure_pages(client, [f"/countries/{s.lower()}/" for s in states], repeat),
        "treaty records": measure_call(_build_treaty_records, repeat),
        "treaty page": measure_pages(client, [TREATY_PAGE], repeat),
        "API status list": measure_pages(client, [API_STATUS], repeat),
        "search": measure_pages(
            client, [f"/search/?q={q.replace(' ', '+')}" for q in SEARCHES], repeat
        ),
        "claim checker": measure_claims(client, repeat),
    }
    print(json.dumps({"rows": rows, "results": results, "states": states}))


def add_revisions(count: int) -> int:
    """`count` published corrections of one UNGA vote each, spread over the UN members,
    published one microsecond apart after the load's own revisions (each one's `after` is
    the vote as it now stands, so the history stays true)."""
    ids = list(models.Vote.objects.order_by("id").values_list("id", flat=True))
    if not ids or not count:
        return 0
    chosen = [ids[(n * len(ids)) // count] for n in range(count)]
    votes = {}
    for start in range(0, len(chosen), 500):
        batch = chosen[start : start + 500]
        votes.update(models.Vote.objects.select_related("resolution").in_bulk(batch))
    last = models.Revision.objects.order_by("-published_at").values_list("published_at", flat=True)
    base = last.first()
    names = dict(models.State.objects.values_list("iso3", "name"))
    revisions = []
    for n, vote_id in enumerate(chosen):
        vote = votes[vote_id]
        after = row_cells(VOTES, vote)
        before = {**after, "vote": "abstain" if after["vote"] != "abstain" else "yes"}
        change = {
            "file": VOTES.spec.name,
            "key": "/".join(VOTES.spec.key_of(after)),
            "change": "updated",
            "before": before,
            "after": after,
        }
        revisions.append(
            models.Revision(
                published_at=base + timedelta(microseconds=n + 1),
                state_id=vote.state_id,
                state_name=names[vote.state_id],
                summary="1 UNGA vote updated",
                changes=[change],
                comment="Synthetic correction written by bench/bench_scale.py",
            )
        )
    models.Revision.objects.bulk_create(revisions, batch_size=1000)
    return len(revisions)


def add_feedback(count: int) -> int:
    states = list(models.State.objects.order_by("iso3").values_list("iso3", flat=True))
    Feedback.objects.bulk_create(
        (
            Feedback(
                state_id=states[n % len(states)],
                section=SECTION_CODES[n % len(SECTION_CODES)],
                message=f"Synthetic feedback {n}: the stockpile figure of this profile looks old.",
                status=STATUS_CODES[n % len(STATUS_CODES)],
            )
            for n in range(count)
        ),
        batch_size=1000,
    )
    return count


def sample_states(count: int) -> list[str]:
    """The United States (the richest profile of the bundled record) and UN members spread
    evenly through the alphabet."""
    members = list(
        models.State.objects.filter(un_status="member")
        .order_by("iso3")
        .values_list("iso3", flat=True)
    )
    step = max(1, len(members) // max(1, count - 1))
    chosen = ["USA"] + [iso3 for iso3 in members[::step] if iso3 != "USA"]
    return chosen[:count]


def measure_pages(client: Client, paths: list[str], repeat: int) -> dict:
    """Each path asked `repeat` times with the page cache emptied before every request, after
    one warm-up request each. Each path's best time (the other work on a shared machine only
    ever adds to a time), then the median over the paths; the queries and size of one."""
    for path in paths:
        _get(client, path)
    best, sizes, queries = {}, [], []
    for _ in range(repeat):
        for path in paths:
            cache.clear()
            started = time.perf_counter()
            response = _get(client, path)
            seconds = time.perf_counter() - started
            best[path] = min(best.get(path, seconds), seconds)
            sizes.append(len(response.content))
    for path in paths:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            _get(client, path)
        queries.append(len(captured))
    return {
        "seconds": statistics.median(best.values()),
        "queries": max(queries),
        "kb": statistics.median(sizes) / 1024,
    }


def measure_call(action, repeat: int) -> dict:
    """The best of `repeat` calls after a warm-up one; the queries of one."""
    action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as captured:
        action()
    return {"seconds": min(times), "queries": len(captured)}


def measure_claims(client: Client, repeat: int) -> dict:
    if find_spec("treatywatch.claims") is None:
        return {"missing": "not yet built"}
    return {"missing": "built, but bench_scale.py does not measure it yet"}


def _build_treaty_records() -> None:
    for code in ("mbt", "ccm"):
        build_treaty_record(code)


def _get(client: Client, path: str):
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path}: HTTP {response.status_code}")
    return response


if __name__ == "__main__":
    main()
