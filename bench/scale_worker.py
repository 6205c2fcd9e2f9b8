"""bench_scale.py's measurements inside Django, against one loaded database (the one
TREATYWATCH_DATABASE_URL names). Writes the revisions and feedback of size k straight into
the database, warms every page up, prints one JSON line, then answers: for each operation
name read from standard input, one round of it (each of its paths once, the page cache
emptied before each request), as one JSON line. Not meant to be run by hand:

    python bench/scale_worker.py K STATES

bench_scale.py keeps one of these per size and asks them in turn, round after round, so
that whatever else the machine is doing falls on every size alike.
"""

import json
import os
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
CLAIMS = "treatywatch.claims"
# A press release of the kind the claim checker is for: counts, states' standing, a meeting,
# a stockpile, on the document's date and today.
CLAIMS_TEXT = (
    "Geneva, 30 November 2009. A total of 156 nations are party to the Mine Ban Treaty, and "
    "thirty-seven countries have not joined it. Burma is not party. The Second Review "
    "Conference in Cartagena in 2009 meets today. The United States has not signed the "
    "Convention on Cluster Munitions, which more than 100 states have signed. Afghanistan "
    "completed the destruction of its stockpile in 2007, and Tonga joined the Mine Ban Treaty."
)


def main() -> None:
    k, state_count = (int(arg) for arg in sys.argv[1:3])
    rows = {
        "revisions (written directly)": add_revisions(NOMINAL["revisions"] * k),
        "feedback (written directly)": add_feedback(NOMINAL["feedback"] * k),
        "revisions in all": models.Revision.objects.count(),
    }
    states, non_members = sample_states(state_count), non_member_states()
    operations = {
        "profile": _Pages(_profiles(states)),
        "profile, no votes": _Pages(_profiles(non_members)),
        "treaty records": _Call("build_treaty_record mbt, ccm", _build_treaty_records),
        "treaty page": _Pages([TREATY_PAGE]),
        "API status list": _Pages([API_STATUS]),
        "search": _Pages([f"/search/?q={query.replace(' ', '+')}" for query in SEARCHES]),
    }
    if find_spec(CLAIMS) is not None:
        operations.update(claim_checker())
    details = {name: operation.warm_up() for name, operation in operations.items()}
    for name in ("claim checker", "claims snapshot"):
        details.setdefault(name, {"missing": "not yet built"})
    _answer({"rows": rows, "details": details, "states": states + non_members})
    for line in sys.stdin:
        name = line.strip()
        if name == "quit":
            break
        _answer(operations[name].round() if name in operations else {})


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


def non_member_states() -> list[str]:
    """The states that do not vote in the General Assembly (observers and non-members): their
    profiles hold every other kind of fact."""
    states = models.State.objects.exclude(un_status="member").order_by("iso3")
    return list(states.values_list("iso3", flat=True))


def _profiles(states: list[str]) -> list[str]:
    return [f"/countries/{iso3.lower()}/" for iso3 in states]


class _Pages:
    """Requests with Django's test client, the page cache emptied before each."""

    def __init__(self, paths: list[str]):
        self.paths, self.client = paths, Client()

    def warm_up(self) -> dict:
        """One request each (templates, the engine's records), then the queries and size of
        another, uncached."""
        queries, sizes = [], []
        for path in self.paths:
            self._get(path)
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                response = self._get(path)
            queries.append(len(captured))
            sizes.append(len(response.content))
        return {"queries": max(queries), "kb": sorted(sizes)[len(sizes) // 2] / 1024}

    def round(self) -> dict:
        times = {}
        for path in self.paths:
            cache.clear()
            started = time.perf_counter()
            self._get(path)
            times[path] = time.perf_counter() - started
        return times

    def _get(self, path: str):
        response = self.client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
        return response


class _Call:
    def __init__(self, name: str, action):
        self.name, self.action = name, action

    def warm_up(self) -> dict:
        self.action()
        with CaptureQueriesContext(connection) as captured:
            self.action()
        return {"queries": len(captured)}

    def round(self) -> dict:
        started = time.perf_counter()
        self.action()
        return {self.name: time.perf_counter() - started}


def claim_checker() -> dict:
    """POST /api/v1/check of CLAIMS_TEXT; the snapshot of the record it judges against,
    rebuilt (as after every publication)."""
    from treatywatch.claims.django_snapshot import build_snapshot

    return {
        "claim checker": _Posts("/api/v1/check", {"text": CLAIMS_TEXT}),
        "claims snapshot": _Call("build_snapshot", build_snapshot),
    }


class _Posts(_Pages):
    def __init__(self, path: str, body: dict):
        super().__init__([path])
        self.body = json.dumps(body)

    def _get(self, path: str):
        response = self.client.post(path, self.body, content_type="application/json")
        if response.status_code != 200 or not response.json()["claims"]:
            raise SystemExit(f"POST {path}: HTTP {response.status_code}: {response.content[:300]}")
        return response


def _build_treaty_records() -> None:
    for code in ("mbt", "ccm"):
        build_treaty_record(code)


def _answer(value: dict) -> None:
    print(json.dumps(value), flush=True)


if __name__ == "__main__":
    main()
