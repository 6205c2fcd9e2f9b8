"""What a profile page is made of: text with its date and footnote numbers, and tables.

These are what templates render; every value in them is plain text, escaped on output.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """A statement with the numbers of the footnotes that cite it.

    `date` is machine-readable (a partial ISO date, for <time datetime>); `date_words` is
    the same date as people read it; `label` says what kind of item it is; `detail` is
    a qualification shown after it, such as the source's own wording of a figure;
    `anchor` is the id a link can point at (an event's `event-<id>`, which search uses);
    `state` is where an obligation stands (a deadline state), which the page colours;
    `parts` are its sentences when it states several, each with its own footnotes, and
    `more_anchors` the ids of the events it also tells (a link to them lands here).
    """

    text: str
    notes: tuple[int, ...] = ()
    date: str = ""
    date_words: str = ""
    label: str = ""
    detail: str = ""
    anchor: str = ""
    state: str = ""
    parts: tuple["Line", ...] = ()
    more_anchors: tuple[str, ...] = ()

    @property
    def year(self) -> str:
        return self.date[:4]

    @property
    def within_year(self) -> str:
        """ "17 September", "May": the date inside its year's paragraph ("" for a year)."""
        return self.date_words.removesuffix(f" {self.year}") if len(self.date) > 4 else ""


@dataclass(frozen=True)
class Paragraph:
    """Prose in pieces, each piece followed by its own footnote marks: a run of votes,
    say, cited once. `text` and `notes` read it as one statement."""

    parts: tuple[Line, ...]

    @property
    def text(self) -> str:
        return "".join(part.text for part in self.parts)

    @property
    def notes(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(n for part in self.parts for n in part.notes))


@dataclass(frozen=True)
class TreatyStatus:
    """The state's standing under one treaty; `status` is the engine's stable value;
    `parties` is how many States Parties there are that day."""

    code: str
    name: str
    status: str
    label: str
    words: Line
    parties: Line


@dataclass(frozen=True)
class FigureRow:
    item: str
    quantity: str
    note: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class FigureTable:
    """Figures by item for one date, with the total computed from the rows."""

    caption: str
    item_heading: str
    rows: tuple[FigureRow, ...]
    total: str


@dataclass(frozen=True)
class DeadlineRow:
    article: str
    description: str
    due: str
    due_iso: str
    extended: bool
    state: str
    state_words: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class ObligationTable:
    treaty_name: str
    rows: tuple[DeadlineRow, ...]


@dataclass(frozen=True)
class OtherTreaty:
    """A treaty other than the profile's main one: the standing and the events about it."""

    status: TreatyStatus
    events: tuple[Line, ...]
    voting_record: "Paragraph | None" = None
    sections: tuple["Section", ...] = ()
    while_party: Line | None = None


@dataclass(frozen=True)
class Section:
    """One titled part of a profile, like the Monitor's: its statements, or, with none,
    the one line that says what is not known (`unknown`); `feedback` names the section a
    reader's message is about."""

    key: str
    title: str
    feedback: str
    lines: tuple[Line, ...] = ()
    unknown: str = ""


@dataclass(frozen=True)
class TreatySections:
    """What a profile says about one treaty: its standing and its sections."""

    code: str
    name: str
    sections: tuple[Section, ...]
