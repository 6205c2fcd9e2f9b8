"""Merge the research staging files (tools/curation/research/*.csv) into the dataset.

Each staging row is one fact from one source, in the format of
tools/curation/research/FORMAT.md. This script turns them into rows of data/compliance.csv,
extensions.csv, figures.csv, national_measures.csv, events.csv, meetings.csv,
meeting_attendance.csv, global_casualties.csv and sources.csv, and prints what it left
out and why. Where several sources state the same finding, the treaty's implementation
support unit is preferred, then the Monitor, then the campaigns, the UN and governments,
then the press; the others' dates are not lost: they remain in the staging files.

Deterministic; run from the repository root, then `treatywatch validate`, then put the rows
in the record's order (the files keep the order `treatywatch export` writes, which
tests/record/test_exporting.py checks): load them into a scratch database and export back.

    python tools/curation/merge_research.py
    export TREATYWATCH_DATABASE_URL=sqlite:////tmp/merge.sqlite3
    treatywatch migrate && treatywatch load && treatywatch export /tmp/merged && cp /tmp/merged/*.csv data/
"""

import csv
import hashlib
import io
import re
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
STAGING = Path(__file__).with_name("research")
OBLIGATION_FILES = (
    "africa",
    "americas_oceania",
    "europe",
    "asia",
    "nonparties",
    "art5",
    "art5b",
    "art5c",
    "art5d",
    "art7_art3",
    "ccm_e",
    "attendance",
)
# Hosts that only keep copies, or serve other sites' pages: never the main address.
COPY_HOSTS = ("777doc.com", "docslib.org", "pronk.se", "reliefweb.int")
PREFERENCE = (
    "apminebanconvention.org",
    "clusterconvention.org",
    "the-monitor.org",
    "mineactionreview.org",
    "icbl.org",
    "icblcmc.org",
    "stopclustermunitions.org",
    "un.org",
)
FINDING_OF = {
    "stockpile_none": ("stockpile_destruction", "not_applicable"),
    "stockpile_completed": ("stockpile_destruction", "completed"),
    "stockpile_missed": ("stockpile_destruction", "missed"),
    "clearance_none": ("clearance", "not_applicable"),
    "clearance_completed": ("clearance", "completed"),
    "clearance_missed": ("clearance", "missed"),
    "clearance_reported": ("clearance", "reported"),
    "initial_report": ("initial_report", "completed"),
}
CASUALTY_FILES = ("casualties_by_state", "casualties_more")
CLEARANCE_ARTICLE = {"mbt": "5", "ccm": "4"}
EVENT_CATEGORY = {
    "use": "use",
    "production": "production",
    "stockpile": "stockpile",
    "no_stockpile": "stockpile",
    "export_moratorium": "transfer",
    "policy": "policy",
}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(name: str, rows: list[dict]) -> None:
    header = list(read(DATA / name)[0].keys()) if read(DATA / name) else _header(name)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([row.get(field, "") for field in header] for row in rows)
    (DATA / name).write_text(buffer.getvalue(), encoding="utf-8")


def _header(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return next(csv.reader(handle))


def first(cell: str) -> str:
    """Several values joined by " | ": the first."""
    return cell.split(" | ")[0].strip()


def clean_url(url: str) -> str:
    """The support units' addresses came back with junk queries appended: the page is the path."""
    url = first(url)
    if not url.startswith(("http://", "https://")):
        return ""
    parts = urlsplit(url)
    if parts.hostname and parts.hostname.endswith(
        ("apminebanconvention.org", "clusterconvention.org")
    ):
        parts = parts._replace(query="", fragment="")
    return urlunsplit(parts)


def is_copy(url: str) -> bool:
    return any((urlsplit(url).hostname or "").endswith(host) for host in COPY_HOSTS)


def rank(url: str) -> int:
    host = urlsplit(url).hostname or ""
    return next((i for i, name in enumerate(PREFERENCE) if host.endswith(name)), len(PREFERENCE))


class Merger:
    def __init__(self):
        self.sources = {s["id"]: s for s in read(DATA / "sources.csv")}
        self.by_url = {s["url"]: s["id"] for s in self.sources.values() if s["url"]}
        self.parties = self._parties()
        self.meetings = {}
        self.skipped = Counter()
        self.rows = defaultdict(list)

    def _parties(self) -> dict[str, set]:
        parties = defaultdict(set)
        for action in read(DATA / "treaty_actions.csv"):
            if action["action"] == "consent":
                parties[action["treaty"]].add(action["iso3"])
        return parties

    def source_id(self, row: dict, url_field="source_url") -> str | None:
        url = clean_url(row[url_field])
        retrieved = clean_url(row.get("retrieved_from", ""))
        if url and is_copy(url):
            url, retrieved = "", url
        if not url and not retrieved:
            return None
        key = url or retrieved
        if key in self.by_url:
            return self.by_url[key]
        source_id = _slug_for(key)
        self.sources[source_id] = {
            "id": source_id,
            "title": first(row["source_title"]) or "[Untitled page]",
            "publisher": first(row["source_publisher"]),
            "published": _partial(first(row.get("source_published", ""))),
            "url": url,
            "retrieved_from": retrieved if retrieved != url else "",
        }
        self.by_url[key] = source_id
        return source_id

    def skip(self, why: str) -> None:
        self.skipped[why] += 1


def _slug_for(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "web").removeprefix("www.").split(".")[0]
    tail = re.sub(r"[^a-z0-9]+", "-", parts.path.lower()).strip("-")[-60:].strip("-")
    digest = hashlib.sha1(url.encode()).hexdigest()[:6]
    return f"{host}-{tail}-{digest}".replace("--", "-").strip("-")


def _partial(text: str) -> str:
    return text if PARTIAL_DATE.match(text or "") else ""


def merge_meetings(merger: Merger) -> None:
    for row in read(STAGING / "meetings.csv"):
        source_id = merger.source_id(row)
        if source_id is None:
            merger.skip("meeting without a citable source")
            continue
        code = row["code"]
        merger.meetings[code] = row
        merger.rows["meetings.csv"].append(_meeting(row, source_id))
        for iso3 in row["observer_states_named"].split():
            merger.rows["meeting_attendance.csv"].append(
                {"meeting": code, "iso3": iso3, "role": "observer", "source_id": source_id}
            )


def _meeting(row: dict, source_id: str) -> dict:
    return {
        "code": row["code"],
        "treaty": row["treaty"].lower(),
        "kind": row["kind"],
        "number": row["number"],
        "name": row["name"],
        "place": row["place"],
        "start_date": row["start_date"] if FULL_DATE.match(row["start_date"]) else "",
        "end_date": row["end_date"] if FULL_DATE.match(row["end_date"]) else "",
        "states_parties_attending": row["states_parties_attending"],
        "observer_states_attending": row["observer_states_attending"],
        "source_id": source_id,
    }


def merge_facts(merger: Merger) -> None:
    for name in OBLIGATION_FILES:
        for row in read(STAGING / f"{name}.csv"):
            source_id = merger.source_id(row)
            if source_id is None:
                merger.skip("fact without a citable source")
                continue
            _merge_fact(merger, row, source_id)


def _merge_fact(merger: Merger, row: dict, source_id: str) -> None:
    topic = row["topic"]
    if topic in FINDING_OF:
        _finding(merger, row, source_id)
    if topic == "clearance_extension":
        _extension(merger, row, source_id)
    elif topic == "national_implementation":
        _measure(merger, row, source_id)
    elif topic in (
        "retained",
        "stockpile_declared",
        "stockpile_completed",
        "stockpile_missed",
        "stockpile",
    ):
        _figure(merger, row, source_id)
    if topic in EVENT_CATEGORY or topic == "none_known":
        _event(merger, row, source_id)
    if topic == "attended":
        _attendance(merger, row, source_id)


def _finding(merger: Merger, row: dict, source_id: str) -> None:
    treaty, iso3 = row["treaty"], row["iso3"]
    if iso3 not in merger.parties[treaty]:
        merger.skip(f"{row['topic']} for a state that never joined the {treaty}")
        return
    obligation, finding = FINDING_OF[row["topic"]]
    merger.rows["compliance.csv"].append(
        {
            "treaty": treaty,
            "iso3": iso3,
            "obligation": obligation,
            "finding": finding,
            "date": _partial(row["date"]),
            "source_id": source_id,
            "_rank": rank(merger.sources[source_id]["url"] or ""),
        }
    )


def _extension(merger: Merger, row: dict, source_id: str) -> None:
    meeting = merger.meetings.get(row["meeting"]) or _meeting_in(merger, row)
    granted_on = row["date"] if FULL_DATE.match(row["date"]) else ""
    if not granted_on and meeting and FULL_DATE.match(meeting["end_date"]):
        # Art. 5(3)-(6): extensions are decided by a meeting; its decisions are dated to
        # its last day.
        granted_on = meeting["end_date"]
    # A new deadline known only to the month or year is kept as the source gives it.
    if not granted_on or not PARTIAL_DATE.match(row["new_deadline"]):
        merger.skip("extension without a decision date or a new deadline")
        return
    merger.rows["extensions.csv"].append(
        {
            "treaty": row["treaty"],
            "iso3": row["iso3"],
            "article": CLEARANCE_ARTICLE[row["treaty"]],
            "granted_on": granted_on,
            "new_deadline": row["new_deadline"],
            "meeting": meeting["code"] if meeting else "",
            "source_id": source_id,
            "_rank": rank(merger.sources[source_id]["url"] or ""),
        }
    )


def _meeting_in(merger: Merger, row: dict) -> dict | None:
    """The one meeting of the treaty in the month (or year) the source dates a decision to."""
    period = _partial(row["date"])
    if not period or FULL_DATE.match(period):
        return None
    held = [
        m
        for m in merger.meetings.values()
        if m["treaty"].lower() == row["treaty"] and m["end_date"].startswith(period)
    ]
    return held[0] if len(held) == 1 else None


def _measure(merger: Merger, row: dict, source_id: str) -> None:
    if row["value"] not in ("legislation", "existing_law", "in_progress", "none"):
        merger.skip("national_implementation without a known measure")
        return
    merger.rows["national_measures.csv"].append(
        {
            "treaty": row["treaty"],
            "iso3": row["iso3"],
            "measure": row["value"],
            "date": _partial(row["date"]),
            "source_id": source_id,
            "_rank": rank(merger.sources[source_id]["url"] or ""),
        }
    )


FIGURE_MEASURE = {
    ("mbt", "retained"): "apm_retained",
    ("mbt", "stockpile_declared"): "apm_stockpile",
    ("mbt", "stockpile_missed"): "apm_stockpile",
    ("mbt", "stockpile"): "apm_stockpile",
    ("mbt", "stockpile_completed"): "apm_destroyed",
    ("ccm", "stockpile_declared"): "cm_stockpile",
    ("ccm", "stockpile"): "cm_stockpile",
    ("ccm", "stockpile_completed"): "cm_destroyed",
}


def _figure(merger: Merger, row: dict, source_id: str) -> None:
    measure = FIGURE_MEASURE.get((row["treaty"], row["topic"]))
    quantity = re.sub(r"[^\d]", "", row["quantity"])
    if not measure or not quantity or not _partial(row["date"]):
        if row["topic"] in ("retained", "stockpile_declared"):
            merger.skip(f"{row['topic']} without a quantity and a date")
        return
    estimate = (
        row["value"] == "estimate" or row["topic"] == "stockpile" and row["value"] != "declared"
    )
    merger.rows["figures.csv"].append(
        {
            "iso3": row["iso3"],
            "as_of": row["date"],
            "measure": measure,
            "quantity": str(int(quantity)),
            "approximate": "yes" if estimate else "no",
            "source_id": source_id,
        }
    )


def _event(merger: Merger, row: dict, source_id: str) -> None:
    date, text = _partial(row["date"]), row["text"].strip()
    if not date or not text:
        merger.skip(f"{row['topic']} event without a date or text")
        return
    category = EVENT_CATEGORY.get(row["topic"]) or _none_known_category(text)
    merger.rows["events.csv"].append(
        {
            "iso3": row["iso3"],
            "date": date,
            "category": category,
            "treaty": row["treaty"],
            "text": text,
            "source_id": source_id,
            "_topic": row["topic"],
        }
    )


def _attendance(merger: Merger, row: dict, source_id: str) -> None:
    if row["meeting"] not in merger.meetings or row["value"] not in ("observer", "party"):
        merger.skip("attendance without a known meeting or a role")
        return
    merger.rows["meeting_attendance.csv"].append(
        {
            "meeting": row["meeting"],
            "iso3": row["iso3"],
            "role": row["value"],
            "source_id": source_id,
        }
    )


def _none_known_category(text: str) -> str:
    lowered = text.lower()
    for word, category in (("produc", "production"), ("stockpil", "stockpile"), ("use", "use")):
        if word in lowered:
            return category
    return "stockpile"


def merge_casualties(merger: Merger) -> None:
    for row in read(STAGING / "casualties_global.csv"):
        source_id = merger.source_id(row)
        if source_id is None or not row["figure"].isdigit():
            merger.skip("global casualty figure without a source or a number")
            continue
        merger.rows["global_casualties.csv"].append(
            {
                "year": row["calendar_year"],
                "edition": row["kind"],
                "quantity": row["figure"],
                "approximate": "yes" if _approximate(row["notes"]) else "no",
                "published_in": row["published_in"],
                "source_id": source_id,
            }
        )
    for row in (row for name in CASUALTY_FILES for row in read(STAGING / f"{name}.csv")):
        source_id = merger.source_id(row)
        if source_id is None or not row["figure"].isdigit():
            merger.skip("state casualty figure without a source or a number")
            continue
        merger.rows["figures.csv"].append(
            {
                "iso3": row["iso3"],
                "as_of": row["calendar_year"],
                "measure": "casualties",
                "quantity": row["figure"],
                "approximate": "yes" if _approximate(row["notes"]) else "no",
                "source_id": source_id,
            }
        )


def _approximate(notes: str) -> bool:
    return bool(re.search(r"\b(approx\w*|about|around|nearly|some|over|more than)\b", notes, re.I))


def best_per_key(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    """One row per key: the most authoritative source, then the earliest date it gives; in
    the order the rows came (the record's, as its files have them, then the new ones), so
    that running the merge again leaves the files as they are."""
    chosen: dict[tuple, dict] = {}
    for row in sorted(rows, key=_preference):
        chosen.setdefault(tuple(row.get(name, "") for name in key), row)
    kept = {id(row) for row in chosen.values()}
    return [row for row in rows if id(row) in kept]


def without_contradicted_reports(rows: list[dict]) -> list[dict]:
    """Leave out a report of contaminated areas where a source says the state reported none:
    Kuwait's clearance before it joined is not an Art. 5 declaration. The staging file keeps
    both for an editor."""
    key = ("treaty", "iso3", "obligation")
    declared_none = {tuple(r[n] for n in key) for r in rows if r["finding"] == "not_applicable"}
    return [
        r
        for r in rows
        if r["finding"] != "reported" or tuple(r[n] for n in key) not in declared_none
    ]


def _preference(row: dict) -> tuple:
    # A source that dates the fact is preferred to one of the same standing that does not.
    date = row.get("date", "")
    return (row.get("_rank", 0), date == "", date, row["source_id"])


def unique(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    seen: dict[tuple, dict] = {}
    for row in rows:
        seen.setdefault(tuple(row.get(name, "") for name in key), row)
    return list(seen.values())


KEPT_FILES = (
    "events.csv",
    "figures.csv",
    "compliance.csv",
    "extensions.csv",
    "national_measures.csv",
    "meetings.csv",
    "meeting_attendance.csv",
    "global_casualties.csv",
)
EVENT_FACT = ("iso3", "date", "category", "text", "source_id")


def new_events(existing: list[dict], found: list[dict]) -> list[dict]:
    """The events not in the record yet, each with an id no other event has: running the
    merge again adds nothing."""
    known = {tuple(e[name] for name in EVENT_FACT) for e in existing}
    taken = {e["id"] for e in existing}
    fresh = unique([e for e in found if tuple(e[n] for n in EVENT_FACT) not in known], EVENT_FACT)
    for row in sorted(fresh, key=lambda r: (r["iso3"], r["date"], r["category"], r["text"])):
        stem = f"{row['iso3'].lower()}-{row['date']}-{row['_topic'].replace('_', '-')}"
        row["id"] = next(
            candidate
            for n in range(1, 100)
            if (candidate := stem if n == 1 else f"{stem}-{n}") not in taken
        )
        taken.add(row["id"])
    return fresh


def main() -> None:
    merger = Merger()
    merge_meetings(merger)
    merge_facts(merger)
    merge_casualties(merger)
    rows = merger.rows
    existing = {name: read(DATA / name) for name in KEPT_FILES}
    out = {
        "meetings.csv": unique(existing["meetings.csv"] + rows["meetings.csv"], ("code",)),
        "meeting_attendance.csv": unique(
            existing["meeting_attendance.csv"] + rows["meeting_attendance.csv"], ("meeting", "iso3")
        ),
        # Rows already in the record (an editor's) come first and win over research rows.
        "compliance.csv": without_contradicted_reports(
            best_per_key(
                existing["compliance.csv"] + rows["compliance.csv"],
                ("treaty", "iso3", "obligation", "period", "finding"),
            )
        ),
        "extensions.csv": best_per_key(
            existing["extensions.csv"] + rows["extensions.csv"],
            ("treaty", "iso3", "article", "granted_on"),
        ),
        "national_measures.csv": best_per_key(
            existing["national_measures.csv"] + rows["national_measures.csv"],
            ("treaty", "iso3", "measure"),
        ),
        "global_casualties.csv": unique(
            existing["global_casualties.csv"] + rows["global_casualties.csv"],
            ("year", "edition", "source_id"),
        ),
        "events.csv": existing["events.csv"]
        + new_events(existing["events.csv"], rows["events.csv"]),
        "figures.csv": unique(
            existing["figures.csv"] + rows["figures.csv"],
            ("iso3", "as_of", "measure", "item", "source_id"),
        ),
    }
    for name, merged in out.items():
        write(name, merged)
        print(f"{name}: {len(merged)} rows")
    write("sources.csv", sorted(merger.sources.values(), key=lambda s: s["id"]))
    print(f"sources.csv: {len(merger.sources)} rows")
    for why, count in sorted(merger.skipped.items()):
        print(f"left out: {count} x {why}")


if __name__ == "__main__":
    main()
