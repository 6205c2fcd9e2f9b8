"""Which uploaded files are accepted, and the names they are shown under.

Every refusal is an `AttachmentRefused` whose message says what to do; the form puts it
after the file's (cleaned) name. docs/feedback.md states these limits; a test keeps the two
in step.
"""

import os
import re
import unicodedata
from dataclasses import dataclass

from treatywatch.feedback import filetypes

MAX_FILES = 5
MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_TOTAL_SIZE = 20 * 1024 * 1024
MAX_NAME_LENGTH = 100

# Characters Windows forbids in names, and the path separators: shown as "_".
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*]')


class AttachmentRefused(Exception):
    pass


@dataclass(frozen=True)
class CheckedUpload:
    upload: object  # the UploadedFile
    original_name: str
    kind: filetypes.FileType

    @property
    def size(self) -> int:
        return self.upload.size


def clean_name(name: str) -> str:
    """A file name safe to show and to offer as a download name; never used as a path."""
    name = re.split(r"[/\\]", name or "")[-1]
    # Cc are control characters; Cf includes the right-to-left override that disguises
    # "evil\u202efdp.exe" as "evilexe.pdf".
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf"))
    name = _UNSAFE_IN_NAMES.sub("_", " ".join(name.split())).lstrip(". ")
    return _shorten(name) or "attachment"


def _shorten(name: str) -> str:
    if len(name) <= MAX_NAME_LENGTH:
        return name
    stem, extension = os.path.splitext(name)
    extension = extension[:16]
    return stem[: MAX_NAME_LENGTH - len(extension)] + extension


def extension_of(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def check_upload(upload, files_before: int, bytes_before: int) -> CheckedUpload:
    """Accept `upload` after `files_before` files of `bytes_before` bytes, or refuse it."""
    name = clean_name(upload.name)
    _check_limits(upload.size, files_before, bytes_before)
    kind = _kind_of(upload, extension_of(name))
    return CheckedUpload(upload, name, kind)


def _check_limits(size: int, files_before: int, bytes_before: int) -> None:
    if files_before >= MAX_FILES:
        raise AttachmentRefused(f"at most {MAX_FILES} files can be attached to one message")
    if size == 0:
        raise AttachmentRefused("the file is empty")
    if size > MAX_FILE_SIZE:
        raise AttachmentRefused(
            f"the file is larger than {_megabytes(MAX_FILE_SIZE)}; please send a smaller one"
        )
    if bytes_before + size > MAX_TOTAL_SIZE:
        raise AttachmentRefused(
            f"the files together would be larger than {_megabytes(MAX_TOTAL_SIZE)}"
        )


def _kind_of(upload, extension: str) -> filetypes.FileType:
    try:
        kind = filetypes.detect(upload.file, extension)
    except filetypes.Unacceptable as unacceptable:
        raise AttachmentRefused(str(unacceptable)) from None
    if kind is None:
        raise AttachmentRefused(f"this kind of file is not accepted; send {accepted_kinds()}")
    # A name that says one thing while the contents say another is refused: the name is
    # what the editor's computer goes by when the file is opened.
    if extension and extension not in kind.extensions:
        raise AttachmentRefused(f"its contents are {kind.label} but its name ends in {extension}")
    return kind


def accepted_kinds() -> str:
    return "PDF, PNG, JPEG, GIF or WebP images, Word, Excel, PowerPoint or OpenDocument files, or plain text"


def download_name(original_name: str, kind: filetypes.FileType) -> str:
    """The name an editor's download gets: always ending in an extension of its kind."""
    if extension_of(original_name) in kind.extensions:
        return original_name
    return original_name + kind.extensions[0]


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"
