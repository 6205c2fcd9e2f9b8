"""Files accepted from a submission that failed for another reason (say, an empty message).

Browsers cannot re-fill a file input, so the accepted files wait in a private folder named
by a random key; the form carries the key, signed, in a hidden field, and the files are
attached when the form finally succeeds.

Failed posts are cheap to make, so what they leave is bounded three ways: a folder is
removed an hour after its last change; a client address keeps one folder at a time (a new
one replaces its older ones), and a folder holds no more than one message may attach;
and all folders together hold at most QUOTA_BYTES: files past it are not kept, and the
form asks for them again.
"""

import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from django.utils.crypto import salted_hmac

from treatywatch.feedback import attachments, storage, tokens

_METADATA_SUFFIX = ".json"
_OWNER_FILE = ".owner"
# Ten messages' worth of files, from all clients together.
QUOTA_BYTES = 10 * attachments.MAX_TOTAL_SIZE


@dataclass(frozen=True)
class PendingFile:
    stored_name: str
    original_name: str
    content_type: str
    size: int


class PendingArea:
    def __init__(self, key: str, client: str = ""):
        self.key = key
        self.path = storage.folder("pending") / key
        # A keyed hash: the folder never holds the client's address itself.
        self.owner = salted_hmac("treatywatch.feedback.pending", client).hexdigest()

    @classmethod
    def from_token(cls, token: str | None, client: str = "") -> "PendingArea":
        """The area a form's hidden field names, or a fresh one if the token is not valid."""
        key = tokens.unsign_pending_key(token) if token else None
        return cls(key or tokens.new_pending_key(), client)

    @property
    def token(self) -> str:
        return tokens.sign_pending_key(self.key)

    def files(self) -> list[PendingFile]:
        if not self.path.is_dir():
            return []
        found = [_read_metadata(path) for path in sorted(self.path.glob("*" + _METADATA_SUFFIX))]
        return sorted((f for f in found if f), key=lambda f: (f.original_name, f.stored_name))

    def keep(self, accepted) -> list[str]:
        """Keep CheckedUploads until the form succeeds; the names of those past the quota."""
        if not accepted:
            return []
        self._claim()
        used, not_kept = _bytes_in_use(), []
        for checked in accepted:
            if used + checked.size > QUOTA_BYTES:
                not_kept.append(checked.original_name)
                continue
            self.add(checked)
            used += checked.size
        return not_kept

    def _claim(self) -> None:
        """Make the folder this client's one folder, removing any other it had."""
        self.path.mkdir(mode=storage.FOLDER_MODE, exist_ok=True)
        for other in storage.folder("pending").iterdir():
            if other != self.path and _owner_of(other) == self.owner:
                shutil.rmtree(other, ignore_errors=True)
        if not (self.path / _OWNER_FILE).exists():
            storage.write_private(self.path / _OWNER_FILE, [self.owner.encode()])

    def add(self, checked) -> PendingFile:
        """Keep a CheckedUpload (see attachments.py) until the form succeeds."""
        self.path.mkdir(mode=storage.FOLDER_MODE, exist_ok=True)
        stored_name = storage.save_upload(checked.upload, self.path)
        kept = PendingFile(
            stored_name, checked.original_name, checked.kind.content_type, checked.size
        )
        storage.write_private(self._metadata_path(stored_name), [json.dumps(asdict(kept)).encode()])
        return kept

    def remove(self, stored_names) -> None:
        for pending in self.files():
            if pending.stored_name in stored_names:
                self._metadata_path(pending.stored_name).unlink(missing_ok=True)
                (self.path / pending.stored_name).unlink(missing_ok=True)

    def move_out(self, pending: PendingFile, target: Path) -> None:
        """Move a kept file into `target` (same file system: a rename, nothing copied)."""
        os.replace(self.path / pending.stored_name, target / pending.stored_name)
        self._metadata_path(pending.stored_name).unlink(missing_ok=True)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def _metadata_path(self, stored_name: str) -> Path:
        return self.path / (stored_name + _METADATA_SUFFIX)


def _read_metadata(path: Path) -> PendingFile | None:
    try:
        pending = PendingFile(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    # The data file is ours, but a file it names must still be there to be offered.
    return pending if (path.parent / pending.stored_name).is_file() else None


def _owner_of(area: Path) -> str | None:
    try:
        return (area / _OWNER_FILE).read_text(encoding="ascii")
    except (OSError, ValueError):
        return None


def _bytes_in_use() -> int:
    return sum(
        path.stat().st_size for path in storage.folder("pending").glob("*/*") if path.is_file()
    )


def remove_expired(max_age_seconds: int = tokens.PENDING_MAX_AGE_SECONDS) -> int:
    """Remove pending folders older than the signed key's life; return how many."""
    cutoff, removed = time.time() - max_age_seconds, 0
    for area in storage.folder("pending").iterdir():
        if area.is_dir() and area.stat().st_mtime < cutoff:
            shutil.rmtree(area, ignore_errors=True)
            removed += 1
    return removed
