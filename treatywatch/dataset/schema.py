"""The files of the dataset and their fields, as docs/dataset.md describes them."""

from dataclasses import dataclass

# The treaties, the forms of consent, the obligations and what a source can find of them
# are the engine's; the dataset only names them.
from treatywatch.treaties import CONSENT_TYPES, TREATIES
from treatywatch.treaties.asks import CRITERIA, CRITERION_WORDS
from treatywatch.treaties.facts import FINDINGS, OBLIGATIONS

TREATY_CODES = tuple(TREATIES)
ACTIONS = ("signature", "consent", "withdrawal_notice")
# Art. 9 (MBT) / Art. 9 (CCM): how a State Party gave the treaty effect in its own law.
NATIONAL_MEASURES = ("legislation", "existing_law", "in_progress", "none")
MEETING_KINDS = ("msp", "rc")
ATTENDANCE_ROLES = ("party", "observer")
CASUALTY_EDITIONS = ("first_published", "revised")
MEASURES = (
    "apm_stockpile",
    "apm_destroyed",
    "apm_retained",
    "cm_stockpile",
    "cm_destroyed",
    "casualties",
)
MEASURE_WORDS = {
    "apm_stockpile": "antipersonnel mines stockpiled",
    "apm_destroyed": "stockpiled antipersonnel mines destroyed",
    "apm_retained": "antipersonnel mines retained for training (MBT Art. 3)",
    "cm_stockpile": "cluster munitions stockpiled",
    "cm_destroyed": "stockpiled cluster munitions destroyed",
    "casualties": "mine and explosive remnants casualties recorded in the year",
}
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
# A roll call also names the members present but not voting; a state missing from it is
# unknown, never "absent".
ROLL_CALL = VOTES + ("absent",)
# How much of a resolution's roll call the record holds: all of it, part of it (a
# secondary dataset missing some states), or none (only the totals, or not even those).
ROLL_CALL_HELD = ("yes", "partial", "no")
YES_NO = ("yes", "no")
PUBLICATION_KINDS = ("letter", "press_release", "statement", "report", "briefing")


# The most characters a cell of each kind may hold where the kind itself sets it. These, and
# the lengths and limits given to single fields below, are the record's own: its models take
# their column sizes from here (record/models.py), so the validator refuses exactly what the
# database could not hold.
KEY_LENGTH = 120
MEETING_CODE_LENGTH = 20
KIND_LENGTHS = {
    "slug": KEY_LENGTH,
    "source": KEY_LENGTH,
    "meeting": MEETING_CODE_LENGTH,
    "url": 2000,
    "partial_date": 10,
    "iso3": 3,
    "iso3_code": 3,
    "publication": KEY_LENGTH,
    "campaign": KEY_LENGTH,
    "iso_numeric": 3,
}
# The largest number a count column holds: a small, a plain or a big integer.
SMALL_COUNT_MAX = 2**15 - 1
COUNT_MAX = 2**31 - 1
LARGE_COUNT_MAX = 2**63 - 1


@dataclass(frozen=True)
class Field:
    name: str
    kind: str = "text"  # text, slug, date, partial_date, year, count, url, iso3, iso_numeric, source, choice
    required: bool = True
    choices: tuple[str, ...] = ()
    # What the field means, in a sentence: the data dictionary published with the downloads.
    description: str = ""
    length: int | None = None  # for text kept in a column of fixed size; else by kind
    max_value: int | None = None  # for a count

    @property
    def max_length(self) -> int | None:
        """The most characters the cell may hold; None: as many as it likes."""
        return self.length or KIND_LENGTHS.get(self.kind)


@dataclass(frozen=True)
class FileSpec:
    name: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]  # fields that identify a row: duplicates are refused
    one_of: tuple[str, ...] = ()  # at least one of these fields must be filled
    noun: str = "row"  # what one row is, in a change summary: "3 UNGA votes created"

    @property
    def header(self) -> list[str]:
        return [field.name for field in self.fields]

    def field(self, name: str) -> Field:
        return next(field for field in self.fields if field.name == name)

    def key_of(self, cells: dict) -> tuple[str, ...]:
        """The cells that name a row of this file, in key order."""
        return tuple(str(cells.get(name, "")) for name in self.key)


def _or_list(names: tuple[str, ...]) -> str:
    return f"{', '.join(names[:-1])} or {names[-1]}"


def _optional(
    name: str, kind: str = "text", choices: tuple[str, ...] = (), description: str = "", **limits
) -> Field:
    return Field(name, kind, required=False, choices=choices, description=description, **limits)


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
        _optional(
            "url",
            "url",
            description="the publisher's own address for it: an absolute http(s) address",
        ),
        _optional(
            "retrieved_from",
            "url",
            description="where the copy that was read is, when it was a mirror or archive",
        ),
        _optional("notes", description="anything a reader needs to weigh the source"),
    ),
    key=("id",),
    noun="source",
    one_of=("author", "publisher"),
)
STATES = FileSpec(
    "states.csv",
    (
        Field("iso3", "iso3_code", description="ISO 3166-1 alpha-3 code, upper case, unique"),
        Field("iso_numeric", "iso_numeric", description="ISO 3166-1 numeric code, three digits"),
        Field("name", description="short English name", length=120),
        Field(
            "un_region",
            description="UN M49 region (Africa, Americas, Asia, Europe, Oceania)",
            length=40,
        ),
        Field("un_subregion", description="UN M49 sub-region", length=60),
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
        Field(
            "exists_from",
            "partial_date",
            description="the day from which the state counts: independence or UN admission, or for a non-member the day it could join treaties; counted from the last day of a year or month",
        ),
        Field(
            "exists_source_id",
            "source",
            description="the source of exists_from: an id in sources.csv",
        ),
        _optional(
            "predecessor",
            description="the state it continues or separated from, where relevant (Serbia and Montenegro)",
            length=120,
        ),
    ),
    key=("iso3",),
    noun="state entry",
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
            f"for a consent (required there): {_or_list(CONSENT_TYPES)}",
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
    noun="treaty action",
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
    noun="armed conflict",
)
EXTENSIONS = FileSpec(
    "extensions.csv",
    (
        Field("treaty", "choice", choices=TREATY_CODES, description=_TREATY),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "article",
            description="the article whose deadline is extended: 5 for MBT clearance, 4 for CCM clearance, 3 for CCM stockpile destruction",
            length=4,
        ),
        Field("granted_on", "date", description="date of the decision"),
        Field(
            "new_deadline",
            "partial_date",
            description="the deadline as extended: YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day (the deadline is then the period's last day)",
        ),
        _optional(
            "meeting", "meeting", description="the meeting that decided it: a code in meetings.csv"
        ),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("treaty", "iso3", "article", "granted_on"),
    noun="deadline extension",
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
        Field(
            "finding",
            "choice",
            choices=FINDINGS,
            description="what the source says: completed (met), not_applicable (no stockpile declared, no contaminated areas reported), missed (not met by the due date) or reported (the state reported a stockpile or contaminated areas, so the obligation applies)",
        ),
        _optional(
            "date",
            "partial_date",
            description="when: the day (or month, or year) it was completed, declared or reported, or on which the source says it was still not met",
        ),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to know about it"),
    ),
    key=("treaty", "iso3", "obligation", "period", "finding"),
    noun="compliance finding",
)
NATIONAL_MEASURES_FILE = FileSpec(
    "national_measures.csv",
    (
        Field("treaty", "choice", choices=TREATY_CODES, description=_TREATY),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "measure",
            "choice",
            choices=NATIONAL_MEASURES,
            description="Art. 9 measures: legislation (a law adopted for the treaty), existing_law (existing law deemed sufficient), in_progress or none",
        ),
        _optional("date", "partial_date", description="when it was adopted or reported"),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to know about it"),
    ),
    key=("treaty", "iso3", "measure"),
    noun="national measure",
)
MEETINGS = FileSpec(
    "meetings.csv",
    (
        Field(
            "code",
            "slug",
            description="stable key: mbt-msp-12, mbt-rc-2, ccm-msp-3",
            length=MEETING_CODE_LENGTH,
        ),
        Field("treaty", "choice", choices=TREATY_CODES, description=_TREATY),
        Field(
            "kind",
            "choice",
            choices=MEETING_KINDS,
            description="msp (Meeting of States Parties) or rc (Review Conference)",
        ),
        Field(
            "number",
            "count",
            description="its number: 12 for the Twelfth Meeting",
            max_value=SMALL_COUNT_MAX,
        ),
        Field("name", description="the meeting's name", length=200),
        _optional("place", description="city, country", length=120),
        _optional("start_date", "date", description="first day"),
        _optional("end_date", "date", description="last day: decisions are dated to it"),
        _optional(
            "states_parties_attending",
            "count",
            description="States Parties that attended",
            max_value=SMALL_COUNT_MAX,
        ),
        _optional(
            "observer_states_attending",
            "count",
            description="states not party that attended as observers",
            max_value=SMALL_COUNT_MAX,
        ),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to know about it"),
    ),
    key=("code",),
    noun="meeting",
)
MEETING_ATTENDANCE = FileSpec(
    "meeting_attendance.csv",
    (
        Field("meeting", "meeting", description="a code in meetings.csv"),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "role",
            "choice",
            choices=ATTENDANCE_ROLES,
            description="party or observer (a state not party)",
        ),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("meeting", "iso3"),
    noun="meeting attendance",
)
UNGA_RESOLUTIONS = FileSpec(
    "unga_resolutions.csv",
    (
        Field("symbol", description="the resolution's symbol, e.g. A/RES/64/56, unique", length=40),
        Field(
            "treaty",
            "choice",
            choices=TREATY_CODES,
            description="the treaty whose implementation the resolution supports",
        ),
        Field("year", "year", description="year of the General Assembly vote"),
        _optional(
            "adopted_on", "date", description="date of adoption in plenary, where a source gives it"
        ),
        _optional(
            "yes",
            "count",
            description="recorded votes in favour, where known",
            max_value=SMALL_COUNT_MAX,
        ),
        _optional(
            "no",
            "count",
            description="recorded votes against, where known",
            max_value=SMALL_COUNT_MAX,
        ),
        _optional(
            "abstain",
            "count",
            description="recorded abstentions, where known",
            max_value=SMALL_COUNT_MAX,
        ),
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
        Field(
            "roll_call",
            "choice",
            choices=ROLL_CALL_HELD,
            description="yes when unga_votes.csv holds the whole roll call, partial when it holds part of it, no when each state's vote is unknown",
        ),
    ),
    key=("symbol",),
    noun="UNGA resolution",
)
UNGA_VOTES = FileSpec(
    "unga_votes.csv",
    (
        Field("symbol", "resolution", description="a resolution in unga_resolutions.csv"),
        Field("iso3", "iso3", description=_STATE),
        Field(
            "vote",
            "choice",
            choices=ROLL_CALL,
            description="yes, no, abstain or absent (present in the roll call as not voting)",
        ),
        Field("source_id", "source", description=_SOURCE),
    ),
    key=("symbol", "iso3"),
    noun="UNGA vote",
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
    noun="event",
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
            choices=MEASURES,
            description="what is counted: "
            + "; ".join(f"{code} ({words})" for code, words in MEASURE_WORDS.items()),
        ),
        _optional(
            "item",
            description="what the figure counts within the measure (a mine type); empty for a total",
            length=120,
        ),
        Field("quantity", "count", description="whole number", max_value=LARGE_COUNT_MAX),
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
    noun="figure",
)
GLOBAL_CASUALTIES = FileSpec(
    "global_casualties.csv",
    (
        Field("year", "year", description="the calendar year the casualties were recorded in"),
        Field(
            "edition",
            "choice",
            choices=CASUALTY_EDITIONS,
            description="first_published (the figure in the first report on that year) or revised (a later report's figure)",
        ),
        Field(
            "quantity", "count", description="casualties, killed and injured", max_value=COUNT_MAX
        ),
        Field(
            "approximate",
            "choice",
            choices=YES_NO,
            description="yes when the source gives a round or estimated figure, else no",
        ),
        _optional("published_in", description="the report that gives it", length=200),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to weigh the figure"),
    ),
    key=("year", "edition", "source_id"),
    noun="global casualty figure",
)

PUBLICATIONS = FileSpec(
    "publications.csv",
    (
        Field("id", "slug", description="stable key: the organisation, the date and a word or two"),
        Field(
            "kind",
            "choice",
            choices=PUBLICATION_KINDS,
            description="letter, press_release, statement, report or briefing",
        ),
        Field("date", "date", description="the day it was published (or the letter sent)"),
        Field("title", description="its title, as published", length=300),
        Field(
            "authors",
            description="the organisations that wrote or signed it, separated by semicolons",
            length=500,
        ),
        _optional("addressee", description="to whom it is addressed, for a letter", length=300),
        _optional(
            "states",
            "iso3_list",
            description="the states it concerns: iso3 codes in states.csv, separated by spaces",
            length=1000,
        ),
        _optional("url", "url", description="the publisher's own address for it"),
        _optional(
            "full_text",
            description="the whole text, only where its terms allow copying; else left empty",
        ),
        Field(
            "summary",
            description="what it says, in the editors' own words, with the figures and facts it states (the claim checker reads them where there is no full text)",
        ),
        Field("source_id", "source", description="the publication in sources.csv"),
    ),
    key=("id",),
    noun="publication",
)
CAMPAIGNS = FileSpec(
    "campaigns.csv",
    (
        Field("id", "slug", description="stable key"),
        Field("title", description="what is asked, in a line", length=300),
        Field(
            "publication",
            "publication",
            description="the publication that makes the asks: an id in publications.csv",
        ),
        Field("asked_by", description="who asks: the organisations", length=500),
        Field("asked_of", description="whom they ask: a government, a head of state", length=300),
        Field("asked_on", "date", description="the day the asks were made"),
        Field("source_id", "source", description=_SOURCE),
        _optional("notes", description="anything a reader needs to know about the campaign"),
    ),
    key=("id",),
    noun="campaign",
)
ASKS = FileSpec(
    "asks.csv",
    (
        Field("campaign", "campaign", description="an id in campaigns.csv"),
        Field(
            "number",
            "count",
            description="its place in the publication's list of asks, from 1",
            max_value=SMALL_COUNT_MAX,
        ),
        Field("iso3", "iso3", description="the state asked: an iso3 code in states.csv"),
        Field("ask", description="what is asked, in the editors' own words", length=500),
        Field(
            "criterion",
            "choice",
            choices=CRITERIA,
            description="how the record judges it: "
            + "; ".join(f"{code} ({words})" for code, words in CRITERION_WORDS.items()),
        ),
        _optional(
            "treaty",
            "choice",
            TREATY_CODES,
            "the treaty the criterion reads (required but for policy_after, no_event_after and not_judged)",
        ),
        _optional(
            "category",
            "choice",
            EVENT_CATEGORIES,
            "for policy_after, the kind of event that meets the ask; for no_event_after, the kind that breaks it",
        ),
        _optional(
            "breach",
            "choice",
            EVENT_CATEGORIES,
            "for policy_after: the kind of later event that undoes the policy (a transfer undoes a transfer ban)",
        ),
        _optional(
            "exception",
            description="for policy_after: words which, found in the policy's event, make it only partly meet the ask (an exception the ask refused)",
            length=120,
        ),
        _optional(
            "by", "date", description="the day by which the ask is to be met, where it names one"
        ),
        Field("source_id", "source", description="the publication's entry in sources.csv"),
    ),
    key=("campaign", "number", "iso3"),
    noun="campaign ask",
)

# In loading order: what a file refers to comes before it.
FILES = (
    SOURCES,
    STATES,
    TREATY_ACTIONS,
    ARMED_CONFLICTS,
    MEETINGS,
    MEETING_ATTENDANCE,
    EXTENSIONS,
    COMPLIANCE,
    NATIONAL_MEASURES_FILE,
    UNGA_RESOLUTIONS,
    UNGA_VOTES,
    EVENTS,
    FIGURES,
    GLOBAL_CASUALTIES,
    PUBLICATIONS,
    CAMPAIGNS,
    ASKS,
)
