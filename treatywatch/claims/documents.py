"""The one reader of what users give the checker: a file (.txt, .html, .pdf, .docx) or
standard input, turned into the text to check, or refused with a reason that says what to do.
The command, the API and the page all read through here (and `text_input.checked_text`)."""

import io
import zipfile
from pathlib import PurePath

import docx
import pypdf
import trafilatura
from docx.opc.exceptions import PackageNotFoundError
from pypdf.errors import DependencyError, PdfReadError

from treatywatch.claims.text_input import UnreadableText, checked_text, text_from_bytes

# A report of a hundred pages with pictures fits; a bigger file is not one document to check.
MAX_FILE_BYTES = 10 * 2**20
MAX_PDF_PAGES = 100
# What a .docx may inflate to: its text fits in far less, a zip bomb does not.
MAX_UNZIPPED_BYTES = 50 * 2**20
KINDS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
KINDS |= {".pdf": "pdf", ".docx": "docx"}
ACCEPTED = ".txt, .html, .pdf or .docx"


class TooLarge(UnreadableText):
    """Refused for its size (HTTP 413)."""


class WrongType(UnreadableText):
    """Refused for its kind (HTTP 415)."""


def read_document(data: bytes, name: str = "") -> str:
    """The text of a file named `name` (its extension chooses the reader; without one, its
    first bytes do), checked as `checked_text` checks a pasted text."""
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(
            f"the file has {len(data):,} bytes; the limit is {MAX_FILE_BYTES // 2**20} MB"
        )
    reader = {"text": text_from_bytes, "html": _html, "pdf": _pdf, "docx": _docx}
    return checked_text(reader[_kind(data, name)](data))


def _kind(data: bytes, name: str) -> str:
    extension = PurePath(name).suffix.lower()
    if extension:
        if extension not in KINDS:
            raise WrongType(f"a {extension} file cannot be read; give a {ACCEPTED} file")
        return KINDS[extension]
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    return (
        "html" if data[:512].lstrip().lower().startswith((b"<!doctype html", b"<html")) else "text"
    )


def _html(data: bytes) -> str:
    text = text_from_bytes(data)
    # The article's text, without menus, footers and scripts, as a reader sees it.
    extracted = trafilatura.extract(text, include_comments=False, favor_recall=True)
    if not extracted:
        raise UnreadableText("no readable text was found in this HTML page")
    return extracted


def _pdf(data: bytes) -> str:
    reader = _pdf_reader(data)
    if len(reader.pages) > MAX_PDF_PAGES:
        raise TooLarge(
            f"the PDF has {len(reader.pages)} pages; the limit is {MAX_PDF_PAGES}: check the pages that matter"
        )
    try:
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise UnreadableText(f"this PDF could not be read ({error})") from None
    if not text.strip():
        raise UnreadableText("this PDF holds no text (a scan?); give its text instead")
    return text


def _pdf_reader(data: bytes) -> pypdf.PdfReader:
    if not data.startswith(b"%PDF-"):
        raise UnreadableText("this file is not a PDF, though its name ends in .pdf")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        # A PDF locked only against editing opens with the empty password.
        locked = reader.is_encrypted and not reader.decrypt("")
    except DependencyError:
        locked = True  # AES, which needs a library this reader does without
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise UnreadableText(f"this PDF could not be read ({error})") from None
    if locked:
        raise UnreadableText("the PDF is encrypted; save a copy without a password and give that")
    return reader


def _docx(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile:
        raise UnreadableText(_NOT_DOCX) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise TooLarge(f"this Word document unpacks to more than {MAX_UNZIPPED_BYTES // 2**20} MB")
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, PackageNotFoundError):
        raise UnreadableText(_NOT_DOCX) from None
    paragraphs = [p.text for p in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n\n".join(paragraphs + cells)


_NOT_DOCX = "this is not a readable Word (.docx) document; save it again as .docx, or give its text"
