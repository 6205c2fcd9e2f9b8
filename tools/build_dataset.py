#!/usr/bin/env python3
"""Build the curated dataset in data/ from the shared reference data.

Reads ../shared/data/*.csv (relative to the repository root; --shared DIR to change it),
the hand-curated inputs in tools/curation/ and the country data file of the
country-converter 1.3.2 package, and writes every file described in docs/dataset.md into
data/. The output is deterministic: sorted rows, stable ids, "\\n" line endings, minimal
CSV quoting, so two runs give byte-identical files. A self-check runs after the build
(`--check` runs it alone, on the files already in data/).

    pip install country-converter==1.3.2   # or pass --country-data PATH/country_data.tsv
    python tools/build_dataset.py

Standard library only: the country-converter package is located, never imported.

Hand-curated inputs (tools/curation/):
  sources.csv              every source cited, matched to the shared rows by URL, or by
                           the exact shared source_title where a row has no URL
  events.csv               per US timeline row (date + first words of the text): id slug,
                           category, treaty
  figures.csv              stockpile figures stated in the US timeline, with the wording
  treaty_action_notes.csv  which parts of the shared participation notes go on which action
"""

import argparse
import csv
import hashlib
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CURATION = REPO / "tools" / "curation"
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "data"

# The exact file of country-converter 1.3.2: another version may classify differently.
COUNTRY_DATA_SHA256 = "73c5f9c3b94110d74e63ed79f2da61d589280a5301d26aa3680a78ecb1d478b9"
COUNTRY_DATA_SOURCE_URL = "https://github.com/IndEcol/country_converter"
# country_converter's `continent` column, written with the UN M49 region names.
M49_REGIONS = {
    "Africa": "Africa",
    "America": "Americas",
    "Asia": "Asia",
    "Europe": "Europe",
    "Oceania": "Oceania",
}
UN_OBSERVER_STATES = ("PSE", "VAT")  # non-member observer States: State of Palestine, Holy See
UN_MEMBER_COUNT = 193
TIMELINE_ISO3 = "USA"  # us_policy_timeline.csv is about the United States only

# Parts of the shared participation notes that say how entry_into_force_date was computed:
# entry into force is not stored (the engine computes it), so they are left out.
EIF_BOILERPLATE = (
    "entry_into_force_date computed from consent_date per Art. 17(2) (first day of sixth "
    "month after deposit), not read from source.",
    "entry_into_force_date computed from consent_date per CCM Art. 17(2), not read from source.",
    "Among the first 40 deposits (deposited on or before 16 Sep 1998): entry into force "
    "1 Mar 1999 per UNTC/Art. 17(1).",
    "Among the first 30 deposits (on or before 2010-02-16): entry into force 1 Aug 2010 "
    "per UNTC/Art. 17(1).",
)
# The opening of every shared UNGA note; what it says about all rows is in the source's notes.
VOETEN_NOTE = re.compile(
    r"^Counts computed from Voeten UNGA roll-call data \(rcid (?P<rcid>\d+), dataset symbol "
    r"(?P<symbol>[^,]+), dataset date (?P<date>[\d-]+)\) as packaged in dgrtwo/unvotes "
    r"\(data downloaded 2021-02-21\); yes/no/abstain only, absent/non-voting excluded\.\s*"
    r"(?P<rest>.*)$"
)

TREATIES = ("mbt", "ccm")
ACTIONS = ("signature", "consent", "withdrawal_notice")
CONSENT_TYPES = ("ratification", "acceptance", "approval", "accession", "succession")
EVENT_CATEGORIES = (
    "policy",
    "use",
    "production",
    "transfer",
    "stockpile",
    "meeting",
    "vote",
    "advocacy",
    "legislation",
)

# docs/dataset.md: every file, its columns in order, and which are required.
# Kinds: text, slug, date, pdate (partial date), year, count, url, iso3, numeric3, or a tuple
# of allowed values.
REQ, OPT = True, False
SPEC = {
    "sources.csv": [
        ("id", REQ, "slug"),
        ("title", REQ, "text"),
        ("author", OPT, "text"),
        ("publisher", OPT, "text"),
        ("published", OPT, "pdate"),
        ("url", OPT, "url"),
        ("notes", OPT, "text"),
    ],
    "states.csv": [
        ("iso3", REQ, "iso3"),
        ("iso_numeric", REQ, "numeric3"),
        ("name", REQ, "text"),
        ("un_region", REQ, tuple(sorted(set(M49_REGIONS.values())))),
        ("un_subregion", REQ, "text"),
        ("un_status", REQ, ("member", "observer", "non_member")),
        ("un_member_since", OPT, "year"),
        ("source_id", REQ, "slug"),
    ],
    "treaty_actions.csv": [
        ("treaty", REQ, TREATIES),
        ("iso3", REQ, "iso3"),
        ("action", REQ, ACTIONS),
        ("date", REQ, "date"),
        ("consent_type", OPT, CONSENT_TYPES),
        ("effective_date", OPT, "date"),
        ("source_id", REQ, "slug"),
        ("notes", OPT, "text"),
    ],
    "armed_conflicts.csv": [
        ("iso3", REQ, "iso3"),
        ("start_date", REQ, "date"),
        ("end_date", OPT, "date"),
        ("description", REQ, "text"),
        ("source_id", REQ, "slug"),
    ],
    "extensions.csv": [
        ("treaty", REQ, TREATIES),
        ("iso3", REQ, "iso3"),
        ("article", REQ, "text"),
        ("granted_on", REQ, "date"),
        ("new_deadline", REQ, "date"),
        ("meeting", OPT, "text"),
        ("source_id", REQ, "slug"),
    ],
    "compliance.csv": [
        ("treaty", REQ, TREATIES),
        ("iso3", REQ, "iso3"),
        (
            "obligation",
            REQ,
            ("stockpile_destruction", "clearance", "initial_report", "annual_report"),
        ),
        ("period", OPT, "year"),
        ("completed_on", OPT, "date"),
        ("source_id", REQ, "slug"),
        ("notes", OPT, "text"),
    ],
    "unga_resolutions.csv": [
        ("symbol", REQ, "text"),
        ("year", REQ, "year"),
        ("adopted_on", OPT, "date"),
        ("yes", REQ, "count"),
        ("no", REQ, "count"),
        ("abstain", REQ, "count"),
        ("source_id", REQ, "slug"),
        ("date_source_id", OPT, "slug"),
        ("notes", OPT, "text"),
    ],
    "unga_votes.csv": [
        ("symbol", REQ, "text"),
        ("iso3", REQ, "iso3"),
        ("vote", REQ, ("yes", "no", "abstain")),
        ("source_id", REQ, "slug"),
    ],
    "events.csv": [
        ("id", REQ, "slug"),
        ("iso3", REQ, "iso3"),
        ("date", REQ, "pdate"),
        ("category", REQ, EVENT_CATEGORIES),
        ("treaty", OPT, TREATIES),
        ("text", REQ, "text"),
        ("source_id", REQ, "slug"),
    ],
    "figures.csv": [
        ("iso3", REQ, "iso3"),
        ("as_of", REQ, "pdate"),
        ("measure", REQ, ("apm_stockpile",)),
        ("item", OPT, "text"),
        ("quantity", REQ, "count"),
        ("approximate", REQ, ("yes", "no")),
        ("source_id", REQ, "slug"),
        ("notes", OPT, "text"),
    ],
}
KEYS = {
    "sources.csv": ("id",),
    "states.csv": ("iso3",),
    "treaty_actions.csv": ("treaty", "iso3", "action"),
    "armed_conflicts.csv": ("iso3", "start_date"),
    "extensions.csv": ("treaty", "iso3", "article", "granted_on"),
    "compliance.csv": ("treaty", "iso3", "obligation", "period"),
    "unga_resolutions.csv": ("symbol",),
    "unga_votes.csv": ("symbol", "iso3"),
    "events.csv": ("id",),
    "figures.csv": ("iso3", "as_of", "measure", "item", "source_id"),
}
PATTERNS = {
    "slug": r"[a-z0-9]+(-[a-z0-9]+)*",
    "date": r"\d{4}-\d{2}-\d{2}",
    "pdate": r"\d{4}(-\d{2}(-\d{2})?)?",
    "year": r"\d{4}",
    "count": r"\d+",
    "url": r"https?://\S+",
    "iso3": r"[A-Z]{3}",
    "numeric3": r"\d{3}",
}


class BuildError(Exception):
    """Something in the inputs does not fit; the message says what and where."""


# ---------------------------------------------------------------- reading and writing


def read_csv(path: Path, delimiter: str = ",") -> list[dict]:
    if not path.is_file():
        raise BuildError(f"missing input: {path}")
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def write_csv(path: Path, name: str, rows: list[dict]) -> None:
    header = [field for field, _, _ in SPEC[name]]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(field, "") for field in header])


def locate_country_data(given: str | None) -> Path:
    """country_data.tsv of country-converter 1.3.2, checked by its SHA-256."""
    if given:
        path = Path(given)
    else:
        spec = importlib.util.find_spec("country_converter")  # finds, does not import
        if spec is None or not spec.submodule_search_locations:
            raise BuildError(
                "country_converter not found: run `pip install country-converter==1.3.2`"
                " or pass --country-data PATH/country_data.tsv"
            )
        path = Path(list(spec.submodule_search_locations)[0]) / "country_data.tsv"
    if not path.is_file():
        raise BuildError(f"country data file not found: {path}")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != COUNTRY_DATA_SHA256:
        raise BuildError(
            f"{path} is not the country_data.tsv of country-converter 1.3.2 "
            f"(sha256 {digest}); install country-converter==1.3.2"
        )
    return path


# ---------------------------------------------------------------- sources


class Sources:
    """The curated sources; shared rows find theirs by URL, or by exact title without one."""

    def __init__(self, rows: list[dict]):
        self.rows = rows
        self.by_id, self.by_url, self.by_title = {}, {}, {}
        for row in rows:
            for index, value in (
                (self.by_id, row["id"]),
                (self.by_url, row["url"]),
                (self.by_title, row["match_title"]),
            ):
                if value and value in index:
                    raise BuildError(f"tools/curation/sources.csv: '{value}' appears twice")
                if value:
                    index[value] = row["id"]
        self.used: set[str] = set()

    def find(self, url: str = "", title: str = "", where: str = "") -> str:
        url, title = url.strip(), title.strip()
        source_id = self.by_url.get(url) if url else self.by_title.get(title)
        if source_id is None:
            what = f"url {url}" if url else f"title '{title}'"
            raise BuildError(
                f"{where}: no source in tools/curation/sources.csv for {what}; add one"
            )
        self.used.add(source_id)
        return source_id

    def output_rows(self) -> list[dict]:
        unused = sorted(set(self.by_id) - self.used)
        if unused:
            raise BuildError(
                f"tools/curation/sources.csv: sources cited by no row: {', '.join(unused)}"
            )
        return sorted(
            ({k: v for k, v in row.items() if k != "match_title"} for row in self.rows),
            key=lambda row: row["id"],
        )


# ---------------------------------------------------------------- states.csv


def build_states(country_rows: list[dict], shared_iso3: set[str], sources: Sources) -> list[dict]:
    by_iso3 = {row["ISO3"]: row for row in country_rows}
    members = {code for code, row in by_iso3.items() if row["UNmember"].strip()}
    unknown = sorted(shared_iso3 - set(by_iso3))
    if unknown:
        raise BuildError(
            f"codes in the shared data that country_data.tsv does not know "
            f"(not ISO 3166-1?): {', '.join(unknown)}"
        )
    source_id = sources.find(COUNTRY_DATA_SOURCE_URL, where="states")
    states = []
    for code in sorted(members | set(UN_OBSERVER_STATES) | shared_iso3):
        row = by_iso3[code]
        continent = row["continent"]
        if continent not in M49_REGIONS:
            raise BuildError(f"{code}: continent '{continent}' is not an M49 region")
        member_since = row["UNmember"].strip()
        if code in UN_OBSERVER_STATES and member_since:
            raise BuildError(f"{code} is listed as an observer but has UNmember {member_since}")
        status = (
            "member" if member_since else "observer" if code in UN_OBSERVER_STATES else "non_member"
        )
        states.append(
            {
                "iso3": code,
                "iso_numeric": f"{int(row['ISOnumeric']):03d}",
                "name": row["name_short"],
                "un_region": M49_REGIONS[continent],
                "un_subregion": row["UNregion"],
                "un_status": status,
                "un_member_since": member_since,
                "source_id": source_id,
            }
        )
    return states


# ---------------------------------------------------------------- treaty_actions.csv


def split_action_notes(treaty: str, shared_row: dict, curated: list[dict]) -> dict[str, str]:
    """The shared notes of one participation row, shared out among its actions as curated."""
    remaining = shared_row["notes"]
    for boilerplate in EIF_BOILERPLATE:
        remaining = remaining.replace(boilerplate, "")
    notes: dict[str, list[str]] = {}
    where = f"tools/curation/treaty_action_notes.csv ({treaty} {shared_row['iso3']})"
    for entry in curated:
        if entry["text"] not in shared_row["notes"]:
            raise BuildError(f"{where}: text not found in the shared notes: {entry['text']!r}")
        notes.setdefault(entry["action"], []).append(entry["text"])
        remaining = remaining.replace(entry["text"], "")
    if remaining.strip():
        raise BuildError(f"{where}: shared notes not assigned to any action: {remaining.strip()!r}")
    return {action: " ".join(texts) for action, texts in notes.items()}


def build_treaty_actions(shared: Path, sources: Sources) -> tuple[list[dict], dict[str, int]]:
    curated: dict[tuple[str, str], list[dict]] = {}
    for entry in read_csv(CURATION / "treaty_action_notes.csv"):
        curated.setdefault((entry["treaty"], entry["iso3"]), []).append(entry)
    actions, participants, used = [], {}, set()
    for treaty in TREATIES:
        file_name = f"{treaty}_participation.csv"
        rows = read_csv(shared / file_name)
        participants[treaty] = len(rows)
        for line, row in enumerate(rows, start=2):
            where = f"{file_name}:{line}"
            source_id = sources.find(row["source_url"], where=where)
            entries = curated.get((treaty, row["iso3"]), [])
            used.add((treaty, row["iso3"]))
            notes = split_action_notes(treaty, row, entries)
            base = {"treaty": treaty, "iso3": row["iso3"], "source_id": source_id}
            made = []
            if row["signature_date"]:
                made.append({**base, "action": "signature", "date": row["signature_date"]})
            if row["consent_date"]:
                if row["consent_type"] not in CONSENT_TYPES:
                    raise BuildError(f"{where}: consent_type '{row['consent_type']}' not allowed")
                # A succession's effective date is stored only where a source gives it: none does.
                made.append(
                    {
                        **base,
                        "action": "consent",
                        "date": row["consent_date"],
                        "consent_type": row["consent_type"],
                    }
                )
            elif row["consent_type"]:
                raise BuildError(f"{where}: consent_type without consent_date")
            if row["withdrawal_notice_date"]:
                made.append(
                    {
                        **base,
                        "action": "withdrawal_notice",
                        "date": row["withdrawal_notice_date"],
                        "effective_date": row["withdrawal_effective_date"],
                    }
                )
            elif row["withdrawal_effective_date"]:
                raise BuildError(
                    f"{where}: withdrawal_effective_date without withdrawal_notice_date"
                )
            if not made:
                raise BuildError(f"{where}: a participant with no signature, consent or withdrawal")
            made_actions = {action["action"] for action in made}
            for action_name in notes:
                if action_name not in made_actions:
                    raise BuildError(
                        f"tools/curation/treaty_action_notes.csv: {treaty} {row['iso3']} "
                        f"has no {action_name} to carry the note"
                    )
            for action in made:
                action["notes"] = notes.get(action["action"], "")
            actions.extend(made)
    stray = sorted(set(curated) - used)
    if stray:
        raise BuildError(f"tools/curation/treaty_action_notes.csv: no shared row for {stray}")
    actions.sort(key=lambda a: (TREATIES.index(a["treaty"]), a["iso3"], ACTIONS.index(a["action"])))
    return actions, participants


# ---------------------------------------------------------------- UNGA


def build_unga(shared: Path, sources: Sources) -> tuple[list[dict], list[dict], list[str]]:
    resolutions, gaps, rcids = [], [], {}
    for line, row in enumerate(read_csv(shared / "unga_mbt_votes.csv"), start=2):
        where = f"unga_mbt_votes.csv:{line}"
        if not row["resolution"]:
            if any(row[field] for field in ("date", "yes", "no", "abstain", "source_url")):
                raise BuildError(f"{where}: data without a resolution symbol")
            gaps.append(row["year"])  # no resolution known for that year: left out
            continue
        match = VOETEN_NOTE.match(row["notes"])
        if not match:
            raise BuildError(f"{where}: notes do not open with the usual Voeten sentence")
        rest = match["rest"]
        date_source_id = ""
        if row["date_source_url"]:
            date_source_id = sources.find(row["date_source_url"], where=where)
        elif row["date"]:
            if "Date from Voeten dataset only" not in rest:
                raise BuildError(f"{where}: an adoption date without its source")
            date_source_id = sources.find(row["source_url"], where=where)
        rcids[row["resolution"]] = match["rcid"]
        resolutions.append(
            {
                "symbol": row["resolution"],
                "year": row["year"],
                "adopted_on": row["date"],
                "yes": row["yes"],
                "no": row["no"],
                "abstain": row["abstain"],
                "source_id": sources.find(row["source_url"], where=where),
                "date_source_id": date_source_id,
                "notes": (
                    f"Voeten rcid {match['rcid']}, dataset symbol {match['symbol']}, "
                    f"dataset date {match['date']}. {rest}"
                ).strip(),
            }
        )
    resolutions.sort(key=lambda r: (r["year"], r["symbol"]))
    by_symbol = {r["symbol"]: r for r in resolutions}
    votes = []
    for line, row in enumerate(read_csv(shared / "unga_mbt_votes_by_state.csv"), start=2):
        resolution = by_symbol.get(row["resolution"])
        if resolution is None or row["year"] != resolution["year"]:
            raise BuildError(
                f"unga_mbt_votes_by_state.csv:{line}: unknown resolution {row['resolution']}"
            )
        if row["rcid"] != rcids[row["resolution"]]:
            raise BuildError(
                f"unga_mbt_votes_by_state.csv:{line}: rcid {row['rcid']} differs from the resolution's"
            )
        votes.append(
            {
                "symbol": row["resolution"],
                "iso3": row["iso3"],
                "vote": row["vote"],
                "source_id": resolution["source_id"],
            }
        )
    votes.sort(key=lambda v: (by_symbol[v["symbol"]]["year"], v["symbol"], v["iso3"]))
    return resolutions, votes, gaps


# ---------------------------------------------------------------- events and figures


def match_timeline(timeline: list[dict], curated: list[dict], name: str) -> list[tuple[dict, dict]]:
    """Pair curated rows with timeline rows by date and the first words of the text."""
    pairs = []
    for entry in curated:
        hits = [
            row
            for row in timeline
            if row["date"] == entry["event_date"]
            and row["event"].startswith(entry["event_starts_with"])
        ]
        if len(hits) != 1:
            raise BuildError(
                f"tools/curation/{name}: {entry['event_date']} '{entry['event_starts_with']}' "
                f"matches {len(hits)} timeline rows; it must match exactly one"
            )
        pairs.append((entry, hits[0]))
    return pairs


def timeline_source(row: dict, sources: Sources) -> str:
    return sources.find(
        row["source_url"], row["source_title"], where=f"us_policy_timeline.csv {row['date']}"
    )


def build_events(timeline: list[dict], sources: Sources) -> list[dict]:
    curated = [
        {**entry, "event_date": entry["date"], "event_starts_with": entry["starts_with"]}
        for entry in read_csv(CURATION / "events.csv")
    ]
    pairs = match_timeline(timeline, curated, "events.csv")
    matched = Counter(id(row) for _, row in pairs)
    if len(matched) != len(timeline) or max(matched.values()) > 1:
        raise BuildError(
            "tools/curation/events.csv: every timeline row needs exactly one entry "
            f"({len(matched)} of {len(timeline)} rows matched)"
        )
    events = []
    for entry, row in pairs:
        if entry["category"] not in EVENT_CATEGORIES:
            raise BuildError(
                f"tools/curation/events.csv: category '{entry['category']}' not allowed"
            )
        events.append(
            {
                "id": f"{TIMELINE_ISO3.lower()}-{row['date']}-{entry['slug']}",
                "iso3": TIMELINE_ISO3,
                "date": row["date"],
                "category": entry["category"],
                "treaty": entry["treaty"],
                "text": row["event"].strip(),
                "source_id": timeline_source(row, sources),
            }
        )
    events.sort(key=lambda e: (e["date"], e["id"]))
    return events


def build_figures(shared: Path, timeline: list[dict], sources: Sources) -> tuple[list[dict], int]:
    figures = []
    stockpile = read_csv(shared / "us_stockpile_2002_by_type.csv")
    for line, row in enumerate(stockpile, start=2):
        where = f"us_stockpile_2002_by_type.csv:{line}"
        pages = re.search(r"Appendix [^;]+", row["source_title"])
        figures.append(
            {
                "iso3": row["iso3"],
                "as_of": row["as_of"],
                "measure": "apm_stockpile",
                "item": row["mine_type"],
                "quantity": row["quantity"],
                "approximate": "no",
                "source_id": sources.find(row["source_url"], row["source_title"], where=where),
                "notes": f"{pages.group(0)}." if pages else "",
            }
        )
    for entry, row in match_timeline(timeline, read_csv(CURATION / "figures.csv"), "figures.csv"):
        if entry["wording"] not in row["event"]:
            raise BuildError(
                f"tools/curation/figures.csv: wording not in the {row['date']} row: {entry['wording']!r}"
            )
        figures.append(
            {
                "iso3": TIMELINE_ISO3,
                "as_of": entry["as_of"],
                "measure": "apm_stockpile",
                "item": entry["item"],
                "quantity": entry["quantity"],
                "approximate": entry["approximate"],
                "source_id": timeline_source(row, sources),
                "notes": f'{entry["comment"]} Reference wording: "{entry["wording"]}".'.strip(),
            }
        )
    figures.sort(key=lambda f: (f["iso3"], f["as_of"], f["source_id"], f["item"]))
    return figures, len(stockpile)


# ---------------------------------------------------------------- build


def build(shared: Path, out: Path, country_data: Path) -> None:
    sources = Sources(read_csv(CURATION / "sources.csv"))
    shared_iso3 = set()
    for path in sorted(shared.glob("*.csv")):
        shared_iso3 |= {row["iso3"] for row in read_csv(path) if row.get("iso3")}
    timeline = read_csv(shared / "us_policy_timeline.csv")
    shared_iso3.add(TIMELINE_ISO3)

    files = {
        "states.csv": build_states(read_csv(country_data, delimiter="\t"), shared_iso3, sources),
        "treaty_actions.csv": build_treaty_actions(shared, sources)[0],
        "armed_conflicts.csv": [],  # no conflict is needed yet (no pending withdrawal is suspended)
        "extensions.csv": [],
        "compliance.csv": [],
    }
    files["unga_resolutions.csv"], files["unga_votes.csv"], _ = build_unga(shared, sources)
    files["events.csv"] = build_events(timeline, sources)
    files["figures.csv"] = build_figures(shared, timeline, sources)[0]
    files["sources.csv"] = sources.output_rows()

    out.mkdir(parents=True, exist_ok=True)
    for name in SPEC:
        write_csv(out / name, name, files[name])


# ---------------------------------------------------------------- self-check


def check(shared: Path, out: Path) -> list[str]:
    """Re-read the written files and check them against docs/dataset.md and the shared data."""
    problems, data = [], {}
    for name, fields in SPEC.items():
        path = out / name
        if not path.is_file():
            problems.append(f"{name}: missing")
            data[name] = []
            continue
        raw = path.read_bytes()
        if b"\r" in raw:
            problems.append(f"{name}: has \\r line endings")
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            rows = [dict(zip(header, cells)) for cells in reader]
        if header != [field for field, _, _ in fields]:
            problems.append(f"{name}: header {header} differs from docs/dataset.md")
        for line, row in enumerate(rows, start=2):
            for field, required, kind in fields:
                value = row.get(field, "")
                if not value:
                    if required:
                        problems.append(f"{name}:{line}: {field} is required and empty")
                    continue
                if value != value.strip():
                    problems.append(f"{name}:{line}: {field} has surrounding spaces")
                if isinstance(kind, tuple):
                    if value not in kind:
                        problems.append(f"{name}:{line}: {field} '{value}' not one of {kind}")
                elif kind in PATTERNS and not re.fullmatch(PATTERNS[kind], value):
                    problems.append(f"{name}:{line}: {field} '{value}' is not a {kind}")
        keys = Counter(tuple(row.get(k, "") for k in KEYS[name]) for row in rows)
        problems += [f"{name}: duplicate key {key}" for key, n in keys.items() if n > 1]
        data[name] = rows

    source_ids = {row["id"] for row in data["sources.csv"]}
    states = {row["iso3"] for row in data["states.csv"]}
    symbols = {row["symbol"] for row in data["unga_resolutions.csv"]}
    cited = set()
    for name, rows in data.items():
        for line, row in enumerate(rows, start=2):
            for field in ("source_id", "date_source_id"):
                if row.get(field):
                    cited.add(row[field])
                    if row[field] not in source_ids:
                        problems.append(
                            f"{name}:{line}: {field} '{row[field]}' is not in sources.csv"
                        )
            if name != "states.csv" and row.get("iso3") and row["iso3"] not in states:
                problems.append(f"{name}:{line}: iso3 '{row['iso3']}' is not in states.csv")
            if name == "unga_votes.csv" and row["symbol"] not in symbols:
                problems.append(
                    f"{name}:{line}: symbol '{row['symbol']}' is not in unga_resolutions.csv"
                )
    problems += [f"sources.csv: '{s}' is cited by no row" for s in sorted(source_ids - cited)]
    for line, row in enumerate(data["sources.csv"], start=2):
        if not (row["author"] or row["publisher"]):
            problems.append(f"sources.csv:{line}: give an author or a publisher")
    for line, row in enumerate(data["treaty_actions.csv"], start=2):
        if (row["action"] == "consent") != bool(row["consent_type"]):
            problems.append(
                f"treaty_actions.csv:{line}: consent_type goes with a consent, and only there"
            )

    def expect(label: str, got: int, want: int) -> None:
        print(f"  {label:<44} {got:>6}" + ("" if got == want else f"   EXPECTED {want}"))
        if got != want:
            problems.append(f"{label}: {got}, expected {want}")

    def shared_rows(name: str) -> list[dict]:
        return read_csv(shared / name)

    status = Counter(row["un_status"] for row in data["states.csv"])
    actions = data["treaty_actions.csv"]
    print("Self-check:")
    expect("states: UN members", status["member"], UN_MEMBER_COUNT)
    expect("states: UN observer states", status["observer"], len(UN_OBSERVER_STATES))
    print(f"  {'states: others (non-members)':<44} {status['non_member']:>6}")
    for treaty in TREATIES:
        participation = shared_rows(f"{treaty}_participation.csv")
        expect(
            f"{treaty}: participants (states with actions)",
            len({a["iso3"] for a in actions if a["treaty"] == treaty}),
            len(participation),
        )
        for action, column in zip(
            ACTIONS, ("signature_date", "consent_date", "withdrawal_notice_date")
        ):
            expect(
                f"{treaty}: {action} rows",
                sum(a["treaty"] == treaty and a["action"] == action for a in actions),
                sum(bool(row[column]) for row in participation),
            )
    nonparties = {row["iso3"] for row in shared_rows("mbt_nonparties.csv")}
    expect("mbt: non-parties present in states.csv", len(nonparties & states), len(nonparties))
    expect(
        "unga_resolutions rows (1997-2019)",
        len(data["unga_resolutions.csv"]),
        sum(bool(row["resolution"]) for row in shared_rows("unga_mbt_votes.csv")),
    )
    expect(
        "unga_votes rows",
        len(data["unga_votes.csv"]),
        len(shared_rows("unga_mbt_votes_by_state.csv")),
    )
    tallies = Counter((v["symbol"], v["vote"]) for v in data["unga_votes.csv"])
    mismatched = [
        r["symbol"]
        for r in data["unga_resolutions.csv"]
        if any(tallies[(r["symbol"], v)] != int(r[v] or 0) for v in ("yes", "no", "abstain"))
    ]
    expect("unga: resolutions whose votes miss the totals", len(mismatched), 0)
    expect("events rows", len(data["events.csv"]), len(shared_rows("us_policy_timeline.csv")))
    stock = shared_rows("us_stockpile_2002_by_type.csv")
    curated_figures = read_csv(CURATION / "figures.csv")
    expect(
        f"figures rows ({len(stock)} by type + {len(curated_figures)} from the timeline)",
        len(data["figures.csv"]),
        len(stock) + len(curated_figures),
    )
    by_type = [f for f in data["figures.csv"] if f["as_of"] == "2002" and f["item"]]
    expect(
        "figures: 2002 items sum (site total)",
        sum(int(f["quantity"]) for f in by_type),
        sum(int(row["quantity"]) for row in stock),
    )
    expect("sources rows (all cited)", len(source_ids), len(cited & source_ids))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", default=str(DEFAULT_SHARED), help="folder of the shared reference CSVs"
    )
    parser.add_argument(
        "--country-data", help="path to country_data.tsv of country-converter 1.3.2"
    )
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="folder to write (default: data/)")
    parser.add_argument("--check", action="store_true", help="only check the files already written")
    args = parser.parse_args(argv)
    shared, out = Path(args.shared), Path(args.out)
    try:
        if not args.check:
            build(shared, out, locate_country_data(args.country_data))
            print(f"Wrote {len(SPEC)} files to {out}")
        problems = check(shared, out)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
