"""The files of the dataset and their fields, as docs/dataset.md describes them."""

from dataclasses import dataclass

TREATY_CODES = ("mbt", "ccm")
ACTIONS = ("signature", "consent", "withdrawal_notice")
CONSENT_TYPES = ("ratification", "acceptance", "approval", "accession", "succession")
OBLIGATIONS = ("stockpile_destruction", "clearance", "initial_report", "annual_report")
EVENT_CATEGORIES = (
    "policy", "use", "production", "transfer", "stockpile",
    "meeting", "vote", "advocacy", "legislation",
)
UN_STATUSES = ("member", "observer", "non_member")
VOTES = ("yes", "no", "abstain")
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # text, slug, date, partial_date, year, count, url, iso3, iso_numeric, source, choice
    required: bool = True
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FileSpec:
    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]  # fields that identify a row: duplicates are refused
    one_of: tuple[str, ...] = ()  # at least one of these fields must be filled

    @property
    def header(self) -> list[str]:
        return [field.name for field in self.fields]


def _optional(name: str, kind: str = "text", choices: tuple[str, ...] = ()) -> Field:
    return Field(name, kind, required=False, choices=choices)


SOURCES = FileSpec(
    "sources.csv",
    (Field("id", "slug"), Field("title"), _optional("author"), _optional("publisher"),
     _optional("published", "partial_date"), _optional("url", "url"), _optional("notes")),
    key=("id",),
    one_of=("author", "publisher"),
)
STATES = FileSpec(
    "states.csv",
    (Field("iso3", "iso3_code"), Field("iso_numeric", "iso_numeric"), Field("name"),
     Field("un_region"), Field("un_subregion"), Field("un_status", "choice", choices=UN_STATUSES),
     _optional("un_member_since", "year"), Field("source_id", "source")),
    key=("iso3",),
)
TREATY_ACTIONS = FileSpec(
    "treaty_actions.csv",
    (Field("treaty", "choice", choices=TREATY_CODES), Field("iso3", "iso3"),
     Field("action", "choice", choices=ACTIONS), Field("date", "date"),
     _optional("consent_type", "choice", CONSENT_TYPES), _optional("effective_date", "date"),
     Field("source_id", "source"), _optional("notes")),
    key=("treaty", "iso3", "action"),
)
ARMED_CONFLICTS = FileSpec(
    "armed_conflicts.csv",
    (Field("iso3", "iso3"), Field("start_date", "date"), _optional("end_date", "date"),
     Field("description"), Field("source_id", "source")),
    key=("iso3", "start_date"),
)
EXTENSIONS = FileSpec(
    "extensions.csv",
    (Field("treaty", "choice", choices=TREATY_CODES), Field("iso3", "iso3"), Field("article"),
     Field("granted_on", "date"), Field("new_deadline", "date"), _optional("meeting"),
     Field("source_id", "source")),
    key=("treaty", "iso3", "article", "granted_on"),
)
COMPLIANCE = FileSpec(
    "compliance.csv",
    (Field("treaty", "choice", choices=TREATY_CODES), Field("iso3", "iso3"),
     Field("obligation", "choice", choices=OBLIGATIONS), _optional("period", "year"),
     _optional("completed_on", "date"), Field("source_id", "source"), _optional("notes")),
    key=("treaty", "iso3", "obligation", "period"),
)
UNGA_RESOLUTIONS = FileSpec(
    "unga_resolutions.csv",
    (Field("symbol"), Field("year", "year"), _optional("adopted_on", "date"),
     Field("yes", "count"), Field("no", "count"), Field("abstain", "count"),
     Field("source_id", "source"), _optional("date_source_id", "source"), _optional("notes")),
    key=("symbol",),
)
UNGA_VOTES = FileSpec(
    "unga_votes.csv",
    (Field("symbol", "resolution"), Field("iso3", "iso3"), Field("vote", "choice", choices=VOTES),
     Field("source_id", "source")),
    key=("symbol", "iso3"),
)
EVENTS = FileSpec(
    "events.csv",
    (Field("id", "slug"), Field("iso3", "iso3"), Field("date", "partial_date"),
     Field("category", "choice", choices=EVENT_CATEGORIES),
     _optional("treaty", "choice", TREATY_CODES), Field("text"), Field("source_id", "source")),
    key=("id",),
)
FIGURES = FileSpec(
    "figures.csv",
    (Field("iso3", "iso3"), Field("as_of", "partial_date"), Field("measure", "choice", choices=("apm_stockpile",)),
     _optional("item"), Field("quantity", "count"), Field("approximate", "choice", choices=YES_NO),
     Field("source_id", "source"), _optional("notes")),
    key=("iso3", "as_of", "measure", "item", "source_id"),
)

# In loading order: what a file refers to comes before it.
FILES = (
    SOURCES, STATES, TREATY_ACTIONS, ARMED_CONFLICTS, EXTENSIONS, COMPLIANCE,
    UNGA_RESOLUTIONS, UNGA_VOTES, EVENTS, FIGURES,
)
