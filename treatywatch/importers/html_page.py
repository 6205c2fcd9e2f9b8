"""Reading the parts of a saved web page the importers need: the cells of the tables that
have an id, and the blocks of a given class (their anchor name and text). Standard library
only: a saved page is read as the browser saved it, scripts and all."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Cell:
    text: str = ""
    # What the cell shows in superscript: the numbers of the end notes it refers to.
    notes: list[str] = field(default_factory=list)


@dataclass
class Block:
    anchor: str | None = None  # the name of the <a name="..."> that opens it, if any
    text: str = ""


@dataclass
class Page:
    tables: dict[str, list[list[Cell]]]  # table id -> rows of cells
    blocks: list[Block]  # each element of the class asked for, in page order
    text: str  # the page's whole text, for what stands alone (a date, a title)


def read_page(html: str, block_class: str) -> Page:
    reader = _Reader(block_class)
    reader.feed(html)
    reader.close()
    return Page(
        tables=reader.tables,
        blocks=[Block(block.anchor, squeezed(block.text)) for block in reader.blocks],
        text=squeezed(" ".join(reader.words)),
    )


def squeezed(text: str) -> str:
    """Runs of spaces, tabs, line ends and no-break spaces as one space."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


class _Reader(HTMLParser):
    def __init__(self, block_class: str):
        super().__init__(convert_charrefs=True)
        self.block_class = block_class
        self.tables: dict[str, list[list[Cell]]] = {}
        self.blocks: list[Block] = []
        self.words: list[str] = []
        self._table_ids: list[str | None] = []  # the tables we are inside, innermost last
        self._cell: Cell | None = None
        self._superscript = 0
        self._skipped = 0  # inside <script> or <style>: not text
        self._block_depth = 0  # divs open since the block began; 0: not in a block
        self._in_anchor = False  # inside a block's naming <a>: its text is the name

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "style"):
            self._skipped += 1
        elif tag == "table":
            self._open_table(attributes.get("id"))
        elif tag == "tr" and self._rows() is not None:
            self._rows().append([])
        elif tag in ("td", "th") and self._rows():
            self._cell = Cell()
            self._rows()[-1].append(self._cell)
        elif tag == "sup":
            self._superscript += 1
        elif tag == "div":
            self._open_div(attributes)
        elif tag == "a" and self._block_depth and attributes.get("name"):
            self._name_block(attributes["name"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skipped = max(0, self._skipped - 1)
        elif tag == "table" and self._table_ids:
            self._table_ids.pop()
            self._cell = None
        elif tag in ("td", "th"):
            self._cell = None
        elif tag == "sup":
            self._superscript = max(0, self._superscript - 1)
        elif tag == "div" and self._block_depth:
            self._block_depth -= 1
        elif tag == "a":
            self._in_anchor = False

    def handle_data(self, data):
        if self._skipped:
            return
        self.words.append(data)
        if self._block_depth and not self._in_anchor:
            self.blocks[-1].text += data
        if self._cell is None:
            return
        if self._superscript:
            self._cell.notes += data.split()
        else:
            self._cell.text = squeezed(self._cell.text + " " + data)

    def _open_table(self, table_id: str | None):
        self._table_ids.append(table_id)
        if table_id:
            self.tables.setdefault(table_id, [])

    def _open_div(self, attributes: dict):
        if self._block_depth:
            self._block_depth += 1
        elif self.block_class in (attributes.get("class") or "").split():
            self._block_depth = 1
            self.blocks.append(Block())

    def _name_block(self, name: str):
        if self.blocks[-1].anchor is None and not self.blocks[-1].text.strip():
            self.blocks[-1].anchor, self._in_anchor = name, True

    def _rows(self) -> list[list[Cell]] | None:
        innermost = self._table_ids[-1] if self._table_ids else None
        return self.tables.get(innermost) if innermost else None
