"""The files of the dataset and their fields, as docs/dataset.md describes them."""

from dataclasses import dataclass

TREATY_CODES = ("mbt", "ccm")
ACTIONS = ("signature", "consent", "withdrawal_notice")
CONSENT_TYPES = ("ratification", "acceptance", "approval", "accession", "succession")
OBLIGATIONS = ("stockpile_destruction", "clearance", "initial_report", "annual_report")
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
UN_STATUSES = ("member", "observer", "non_member")
VOTES = ("yes", "no", "abstain")
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # text, slug, date, partial_date, year, count, url, iso3, iso_numeric, source, choice
    required: bool = True
    choices: tuple[str, ...] = ()
    # What the field means, in a sentence: the data dictionary published with the downloads.
    description: str = ""


@dataclass(frozen=True)
class FileSpec:
    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]  # fields that identify a row: duplicates are refused
    one_of: tuple[str, ...] = ()  # at least one of these fields must be filled

    @property
    def header(self) -> list[str]:
        return [field.name for field in self.fields]

    def key_of(self, cells: dict) -> tuple[str, ...]:
        """The cells that name a row of this file, in key order."""
        return tuple(str(cells.get(name, "")) for name in self.key)


def _optional(
    name: str, kind: str = "text", choices: tuple[str, ...] = (), description: str = ""
) -> Field:
    return Field(name, kind, required=False, choices=choices, description=description)


_SOURCE = "the source of this row: an id in sources.csv"
_STATE = "the state: an iso3 code in states.csv"
_TREATY = "mbt (1997 Mine Ban Treaty) or ccm (2008 Convention on Cluster Munitions)"

SOURCES = FileSpec(
    "sources.csv",
    (
        Field(
            "id",
            "slug",
            description="stable key: lowercase letters, digits and hyphens (untc-xxvi-5-2026-02-03)",
        ),
        Field("title", description="title of the document, page or dataset"),
        _optional(
            "author", description="person or body that wrote it (author or publisher is required)"
        ),
        _optional(
            "publisher",
            description="organisation that published it (author or publisher is required)",
        ),
        _optional(
            "published",
            "partial_date",
            description="date of publication: YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        _optional("url", "url", description="where it was read: an absolute http(s) address"),
        _optional("notes", description="anything a reader needs to weigh the source"),
    ),
    key=("id",),
    one_of=("author", "publisher"),
)
STATES = FileSpec(
    "states.csv",
    (
        Field("iso3", "iso3_code", description="ISO 3166-1 alpha-3 code, upper case, unique"),
        Field("iso_numeric", "iso_numeric", description="ISO 3166-1 numeric code, three digits"),
        Field("name", description="short English name"),
        Field("un_region", description="UN M49 region (Africa, Americas, Asia, Europe, Oceania)"),
        Field("un_subregion", description="UN M49 sub-region"),
        Field(
            "un_status",
            "choice",
            choices=UN_STATUSES,
            description="member, observer or non_member of the United Nations",
        ),
        _optional(
            "un_member_since", "year", description="year of admission to the UN (members only)"
        ),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("iso3",),
)
TREATY_ACTIONS = FileSpec(
    "treaty_actions.csv",
    (
        Field("treaty", "choice", choices=TREATY_CODES, description=_TREATY),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "action",
            "choice",
            choices=ACTIONS,
            description="signature, consent or withdrawal_notice",
        ),
        Field(
            "date",
            "date",
            description="date of signature, deposit of the instrument, or receipt of the withdrawal notice by the depositary",
        ),
        _optional(
            "consent_type",
            "choice",
            CONSENT_TYPES,
            "for a consent (required there): ratification, acceptance, approval, accession or succession",
        ),
        _optional(
            "effective_date",
            "date",
            description="for a withdrawal_notice: the date the depositary gives for the withdrawal to take effect; for a succession: the date from which it takes effect, where a source gives it",
        ),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to know about the action"),
    ),
    key=("treaty", "iso3", "action"),
)
ARMED_CONFLICTS = FileSpec(
    "armed_conflicts.csv",
    (
        Field("iso3", "iso3", description=_STATE),
        Field(
            "start_date", "date", description="first day the state is engaged in the armed conflict"
        ),
        _optional(
            "end_date", "date", description="last day of the conflict; empty while it goes on"
        ),
        Field("description", description="what the conflict is"),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("iso3", "start_date"),
)
EXTENSIONS = FileSpec(
    "extensions.csv",
    (
        Field("treaty", "choice", choices=TREATY_CODES, description=_TREATY),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "article",
            description="the article whose deadline is extended: 5 for MBT clearance, 4 for CCM clearance, 3 for CCM stockpile destruction",
        ),
        Field("granted_on", "date", description="date of the decision"),
        Field("new_deadline", "date", description="the deadline as extended"),
        _optional("meeting", description="name of the meeting that decided it"),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("treaty", "iso3", "article", "granted_on"),
)
COMPLIANCE = FileSpec(
    "compliance.csv",
    (
        Field("treaty", "choice", choices=TREATY_CODES, description=_TREATY),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "obligation",
            "choice",
            choices=OBLIGATIONS,
            description="stockpile_destruction, clearance, initial_report or annual_report",
        ),
        _optional(
            "period",
            "year",
            description="for an annual_report (required there): the calendar year the report covers",
        ),
        _optional("completed_on", "date", description="date the obligation was met, where known"),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to know about it"),
    ),
    key=("treaty", "iso3", "obligation", "period"),
)
UNGA_RESOLUTIONS = FileSpec(
    "unga_resolutions.csv",
    (
        Field("symbol", description="the resolution's symbol, e.g. A/RES/64/56, unique"),
        Field("year", "year", description="year of the General Assembly vote"),
        _optional(
            "adopted_on", "date", description="date of adoption in plenary, where a source gives it"
        ),
        Field("yes", "count", description="recorded votes in favour"),
        Field("no", "count", description="recorded votes against"),
        Field("abstain", "count", description="recorded abstentions"),
        Field(
            "source_id", "source", description="the source of the vote counts: an id in sources.csv"
        ),
        _optional(
            "date_source_id",
            "source",
            description="the source of the adoption date: an id in sources.csv",
        ),
        _optional(
            "notes",
            description="anything a reader needs to know about the resolution or its sources",
        ),
    ),
    key=("symbol",),
)
UNGA_VOTES = FileSpec(
    "unga_votes.csv",
    (
        Field("symbol", "resolution", description="a resolution in unga_resolutions.csv"),
        Field("iso3", "iso3", description=_STATE),
        Field("vote", "choice", choices=VOTES, description="yes, no or abstain"),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("symbol", "iso3"),
)
EVENTS = FileSpec(
    "events.csv",
    (
        Field("id", "slug", description="stable key (usa-2014-09-23-korea-policy)"),
        Field("iso3", "iso3", description=_STATE),
        Field("date", "partial_date", description="when it happened: YYYY, YYYY-MM or YYYY-MM-DD"),
        Field(
            "category",
            "choice",
            choices=EVENT_CATEGORIES,
            description="policy, use, production, transfer, stockpile, meeting, vote, advocacy or legislation",
        ),
        _optional(
            "treaty", "choice", TREATY_CODES, "mbt or ccm, where the event concerns one treaty"
        ),
        Field("text", description="one or two sentences, in the record's own words"),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("id",),
)
FIGURES = FileSpec(
    "figures.csv",
    (
        Field("iso3", "iso3", description=_STATE),
        Field(
            "as_of",
            "partial_date",
            description="the date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        Field(
            "measure",
            "choice",
            choices=("apm_stockpile",),
            description="what is counted: apm_stockpile (antipersonnel mines held)",
        ),
        _optional(
            "item",
            description="what the figure counts within the measure (a mine type); empty for a total",
        ),
        Field("quantity", "count", description="whole number"),
        Field(
            "approximate",
            "choice",
            choices=YES_NO,
            description="yes when the source gives a round or estimated figure, else no",
        ),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to weigh the figure"),
    ),
    key=("iso3", "as_of", "measure", "item", "source_id"),
)

# In loading order: what a file refers to comes before it.
FILES = (
    SOURCES,
    STATES,
    TREATY_ACTIONS,
    ARMED_CONFLICTS,
    EXTENSIONS,
    COMPLIANCE,
    UNGA_RESOLUTIONS,
    UNGA_VOTES,
    EVENTS,
    FIGURES,
)
