"""What a file is, told from its contents (magic numbers), never from the browser's word.

Only the kinds the editors can use are recognised: PDF, images, office documents and
plain text. Anything else is `None`, and the upload is refused.
"""

import codecs
import re
import zipfile
from dataclasses import dataclass


@dataclass(frozen=True)
class FileType:
    content_type: str
    label: str
    extensions: tuple[str, ...]  # the first one is added to a download name that has none


PDF = FileType("application/pdf", "a PDF document", (".pdf",))
PNG = FileType("image/png", "a PNG image", (".png",))
JPEG = FileType("image/jpeg", "a JPEG image", (".jpg", ".jpeg"))
GIF = FileType("image/gif", "a GIF image", (".gif",))
WEBP = FileType("image/webp", "a WebP image", (".webp",))
TEXT = FileType("text/plain", "plain text", (".txt", ".csv", ".md"))
DOCX = FileType(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "a Word document",
    (".docx",),
)
XLSX = FileType(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "an Excel workbook",
    (".xlsx",),
)
PPTX = FileType(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "a PowerPoint presentation",
    (".pptx",),
)
ODT = FileType("application/vnd.oasis.opendocument.text", "an OpenDocument text", (".odt",))
ODS = FileType(
    "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet", (".ods",)
)
ODP = FileType(
    "application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation", (".odp",)
)
DOC = FileType("application/msword", "a Word 97-2003 document", (".doc",))
XLS = FileType("application/vnd.ms-excel", "an Excel 97-2003 workbook", (".xls",))
PPT = FileType("application/vnd.ms-powerpoint", "a PowerPoint 97-2003 presentation", (".ppt",))

ALL = (PDF, PNG, JPEG, GIF, WEBP, TEXT, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT)
BY_CONTENT_TYPE = {kind.content_type: kind for kind in ALL}

_PREFIXES = [
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
]
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An OLE compound file says nothing simple about what it holds (an .msi installer is one
# too), so its name chooses among the three legacy office kinds, and nothing else is taken.
_OLE_BY_EXTENSION = {".doc": DOC, ".xls": XLS, ".ppt": PPT}
_ODF_BY_MIMETYPE = {kind.content_type.encode(): kind for kind in (ODT, ODS, ODP)}
_OOXML_MAIN_PART = {
    "word/document.xml": DOCX,
    "xl/workbook.xml": XLSX,
    "ppt/presentation.xml": PPTX,
}
# Control characters that do not belong in a text file (tab, newlines and form feed do).
_TEXT_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Unacceptable(Exception):
    """The file is of a recognised family but not acceptable; the message says why."""


def detect(stream, extension: str) -> FileType | None:
    """The kind of the file in `stream` (a seekable binary file), or None if not allowed.
    `extension` (lower case, with the dot) only chooses among legacy office kinds."""
    stream.seek(0)
    head = stream.read(16)
    stream.seek(0)
    for prefix, kind in _PREFIXES:
        if head.startswith(prefix):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(_ZIP):
        return _office_archive(stream)
    if head.startswith(_OLE):
        return _OLE_BY_EXTENSION.get(extension) or _refuse_ole()
    return TEXT if _is_utf8_text(stream) else None


def _refuse_ole():
    raise Unacceptable("an old-style Office file must be named .doc, .xls or .ppt")


def _office_archive(stream) -> FileType | None:
    """A ZIP file is accepted only as an OOXML or OpenDocument file without macros."""
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            kind = _odf_kind(archive, names) or _ooxml_kind(names)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    finally:
        stream.seek(0)
    if kind and any(
        name.lower().endswith("vbaproject.bin") or name.startswith("Basic/") for name in names
    ):
        raise Unacceptable("it contains macros; please save it without them")
    return kind


def _odf_kind(archive, names) -> FileType | None:
    if "mimetype" not in names:
        return None
    # Read only a few bytes: a crafted archive could inflate to gigabytes.
    with archive.open("mimetype") as member:
        return _ODF_BY_MIMETYPE.get(member.read(100).strip())


def _ooxml_kind(names) -> FileType | None:
    if "[Content_Types].xml" not in names:
        return None
    return next((kind for part, kind in _OOXML_MAIN_PART.items() if part in names), None)


def _is_utf8_text(stream, chunk_size: int = 64 * 1024) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    try:
        while chunk := stream.read(chunk_size):
            if _TEXT_CONTROLS.search(chunk):
                return False
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        stream.seek(0)
    return True
