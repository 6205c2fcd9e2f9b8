"""Build data/unga_resolutions.csv and data/unga_votes.csv from the shared UN voting files.

Reads ../shared/data (see its README): the UN Digital Library roll calls of 1996-2021, the
Voeten roll calls of 2022-2023 and the UN Digital Library roll calls of 2025, plus the
resolutions found by research (tools/curation/unga_resolutions_research.csv) for the
symbols, dates and totals the roll calls do not give (2022-2024). Adds the sources it
cites to data/sources.csv. A state's vote is recorded from the day the state counts
(states.csv exists_from) on; "X" (present, not voting) is recorded as absent, and a state
missing from a roll call stays unknown. Deterministic; run from the repository root:

    python tools/curation/build_votes.py [--shared ../shared/data]
"""

import argparse
import csv
import io
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
VOTE = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent"}
# UN Digital Library names that differ from states.csv's short names.
UNDL_NAMES = {
    "BOLIVIA (PLURINATIONAL STATE OF)": "BOL",
    "CAPE VERDE": "CPV",
    "CONGO": "COG",
    "COTE D'IVOIRE": "CIV",
    "CZECH REPUBLIC": "CZE",
    "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA": "PRK",
    "DEMOCRATIC REPUBLIC OF THE CONGO": "COD",
    "IRAN (ISLAMIC REPUBLIC OF)": "IRN",
    "LAO PEOPLE'S DEMOCRATIC REPUBLIC": "LAO",
    "LIBYAN ARAB JAMAHIRIYA": "LBY",
    "MICRONESIA (FEDERATED STATES OF)": "FSM",
    "REPUBLIC OF KOREA": "KOR",
    "REPUBLIC OF MOLDOVA": "MDA",
    "RUSSIAN FEDERATION": "RUS",
    "SAINT KITTS AND NEVIS": "KNA",
    "SAINT LUCIA": "LCA",
    "SAINT VINCENT AND THE GRENADINES": "VCT",
    # Serbia continues the seat of the Federal Republic of Yugoslavia / Serbia and Montenegro.
    "SERBIA AND MONTENEGRO": "SRB",
    "YUGOSLAVIA": "SRB",
    "SWAZILAND": "SWZ",
    "SYRIAN ARAB REPUBLIC": "SYR",
    "THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA": "MKD",
    "TURKEY": "TUR",
    "UNITED REPUBLIC OF TANZANIA": "TZA",
    "VENEZUELA (BOLIVARIAN REPUBLIC OF)": "VEN",
    "VIET NAM": "VNM",
}
UNDL_1996_2021_COPY = (
    "https://github.com/navyanawal0310/un-votes-intelligence-platform/blob/"
    "b1a33e9f13e44a213373dc4baf927cda041488ff/data/raw/downloads/UN%20DATA.csv.zip"
)
UNDL_2025_COPY = (
    "https://github.com/HZloto/unga-2025/blob/46fa27efae8b05d522b89bbdcdcd564a96e49cef/"
    "data/un_votes_2025_processed.csv"
)
VOETEN_COPY = (
    "https://github.com/Pigeon-Effect/Mapping-UNGA-Voting-Alliances/blob/"
    "704abe1ef8f4d6dacf9de804572d28bdeeb1b348/docs/static/ungaVoting_003.csv"
)
VOETEN_SOURCE = "voeten-unga-votes-2019-2023"
TITLES = {
    "mbt": "Implementation of the Convention on the Prohibition of the Use, Stockpiling, "
    "Production and Transfer of Anti-Personnel Mines and on Their Destruction",
    "ccm": "Implementation of the Convention on Cluster Munitions",
}
RESOLUTION_HEADER = [
    "symbol", "treaty", "year", "adopted_on", "yes", "no", "abstain",
    "source_id", "date_source_id", "notes", "roll_call",
]  # fmt: skip
SOURCE_HEADER = [
    "id", "title", "author", "publisher", "published", "url", "retrieved_from", "notes",
]  # fmt: skip


def read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, header: list[str], rows: list[dict]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([row.get(name, "") for name in header] for row in rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def symbol_of(raw: str) -> str:
    # "A/RES/51/45S" or "A/RES/55/33[V]" -> "A/RES/51/45 S", as the record writes them.
    return re.sub(r"(\d)\[?([A-Z])\]?$", r"\1 \2", raw.strip())


class Builder:
    def __init__(self, shared: Path):
        self.shared = shared
        states = read(DATA / "states.csv")
        self.iso3_of = {s["name"].upper(): s["iso3"] for s in states} | UNDL_NAMES
        self.first_year = {s["iso3"]: int(s["exists_from"][:4]) for s in states}
        self.first_day = {s["iso3"]: s["exists_from"] for s in states}
        self.resolutions: dict[str, dict] = {}
        self.votes: dict[tuple[str, str], dict] = {}
        self.sources: dict[str, dict] = {}

    def counts(self, iso3: str, date: str) -> bool:
        """Whether the state existed on `date` (a year or month counts from its end)."""
        first = self.first_day[iso3]
        return len(first) == 10 and first <= date or len(first) < 10 and first[:4] < date[:4]

    def add_undl(self, rows: list[dict], copy_url: str, name_column: str) -> None:
        for row in rows:
            if row["treaty"].lower() not in TITLES:
                continue  # 2025 also holds the resolution on assistance in mine action
            symbol = symbol_of(row["resolution"])
            source_id = f"undl-{row['undl_record']}"
            self._undl_source(source_id, row, symbol, copy_url)
            self._resolution(row, symbol, source_id)
            iso3 = self.iso3_of[row[name_column].upper()] if name_column else row["iso3"]
            if self.counts(iso3, row["date"]):
                self._vote(symbol, iso3, row["vote"], source_id)

    def _undl_source(self, source_id, row, symbol, copy_url) -> None:
        self.sources[source_id] = {
            "id": source_id,
            "title": f"Voting record: {symbol}, {TITLES[row['treaty'].lower()]}",
            "publisher": "United Nations Digital Library",
            "published": row["date"],
            "url": f"https://digitallibrary.un.org/record/{row['undl_record']}",
            "retrieved_from": copy_url,
        }

    def _resolution(self, row: dict, symbol: str, source_id: str) -> None:
        self.resolutions.setdefault(
            symbol,
            {
                "symbol": symbol,
                "treaty": row["treaty"].lower(),
                "year": row["date"][:4],
                "adopted_on": row["date"],
                "yes": row["total_yes"],
                "no": row["total_no"],
                "abstain": row["total_abstain"],
                "source_id": source_id,
                "date_source_id": source_id,
                "roll_call": "yes",
            },
        )

    def _vote(self, symbol: str, iso3: str, code: str, source_id: str) -> None:
        self.votes[(symbol, iso3)] = {
            "symbol": symbol,
            "iso3": iso3,
            "vote": VOTE[code],
            "source_id": source_id,
        }

    def add_voeten(self, rows: list[dict], symbols: dict[tuple[str, str], str]) -> None:
        """2022-2023 roll calls, under the symbol research found (or a described key)."""
        for row in rows:
            key = (row["treaty"].lower(), row["date"])
            if key not in symbols:
                continue
            symbol = symbols[key]
            if self.counts(row["iso3"], row["date"]):
                self._vote(symbol, row["iso3"], row["vote"], VOETEN_SOURCE)

    def totals_from_roll_calls(self) -> None:
        """Totals no source gives (the Voeten years) are the roll call's own counts."""
        tally: dict[str, Counter] = defaultdict(Counter)
        for vote in self.votes.values():
            tally[vote["symbol"]][vote["vote"]] += 1
        for symbol, resolution in self.resolutions.items():
            for choice in ("yes", "no", "abstain"):
                if resolution["roll_call"] == "yes" and not resolution.get(choice):
                    resolution[choice] = str(tally[symbol][choice])


def research_resolutions(path: Path) -> list[dict]:
    """Resolutions of 2022-2024 as research recorded them (see the file's notes)."""
    return read(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    builder = Builder(args.shared)
    builder.add_undl(
        read(args.shared / "unga_votes_undl_1996_2021.csv"), UNDL_1996_2021_COPY, "state_name_undl"
    )
    builder.add_undl(read(args.shared / "unga_votes_undl_2025.csv"), UNDL_2025_COPY, "")
    research = research_resolutions(Path(__file__).with_name("unga_resolutions_research.csv"))
    symbols = {}
    for row in research:
        builder.resolutions[row["symbol"]] = {name: row[name] for name in RESOLUTION_HEADER}
        if row["voeten_date"]:
            symbols[(row["treaty"], row["voeten_date"])] = row["symbol"]
    builder.add_voeten(read(args.shared / "unga_votes_voeten_2019_2023.csv"), symbols)
    builder.totals_from_roll_calls()
    _write_all(builder, research)


def _write_all(builder: Builder, research: list[dict]) -> None:
    resolutions = sorted(builder.resolutions.values(), key=lambda r: (r["year"], r["symbol"]))
    write(DATA / "unga_resolutions.csv", RESOLUTION_HEADER, resolutions)
    year = {r["symbol"]: r["year"] for r in resolutions}
    votes = sorted(
        builder.votes.values(), key=lambda v: (year[v["symbol"]], v["symbol"], v["iso3"])
    )
    write(DATA / "unga_votes.csv", ["symbol", "iso3", "vote", "source_id"], votes)
    sources = {s["id"]: s for s in read(DATA / "sources.csv")}
    sources.update(builder.sources)
    for row in read(Path(__file__).with_name("unga_sources_research.csv")):
        sources[row["id"]] = row
    write(DATA / "sources.csv", SOURCE_HEADER, sorted(sources.values(), key=lambda s: s["id"]))
    print(f"{len(resolutions)} resolutions, {len(votes)} votes")


if __name__ == "__main__":
    main()
