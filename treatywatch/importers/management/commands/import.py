"""`treatywatch import untc FILE --treaty mbt --user NAME` and `treatywatch import
unga-votes FILE --user NAME`: read a file, compare it with the record, and file every
difference as one editorial proposal, for review like any other."""

from pathlib import Path

from django.core.management.base import CommandError
from django.urls import reverse

from treatywatch.command_base import TreatyWatchCommand, UsageError
from treatywatch.editorial.workflow import Refused, propose
from treatywatch.importers.change_lines import change_line
from treatywatch.importers.filing import NoAuthor, author_named, pending_copy
from treatywatch.importers.kinds import KINDS
from treatywatch.importers.problems import NotImportable, WrongShape
from treatywatch.importers.record_snapshot import record_rows


class Command(TreatyWatchCommand):
    help = (
        "Read a saved UN Treaty Collection status page (untc) or the UN Digital Library's "
        "General Assembly voting CSV (unga-votes) and file what the record lacks as a proposal."
    )

    def add_arguments(self, parser):
        kinds = parser.add_subparsers(dest="kind", required=True, metavar="{untc,unga-votes}")
        for name, kind in KINDS.items():
            sub = kinds.add_parser(name, help=kind.help, description=kind.help)
            sub.error = self._refuse_usage
            sub.add_argument("file", type=Path, help=f"the file: {kind.help}")
            sub.add_argument(
                "--user", required=True, help="the researcher or editor the proposal is filed as"
            )
            if name == "untc":
                self.add_treaty_argument(sub)

    def handle(self, kind, file, user, **options):
        kind = KINDS[kind]
        found = _read(kind, file)
        self.require_loaded_record()
        try:
            author = author_named(user)
        except NoAuthor as problem:
            raise UsageError(f"--user: {problem}") from None
        findings = _compare(kind, found, file, options)
        for note in findings.notes:
            self.stdout.write(f"note: {note}")
        if not findings.changes:
            self.stdout.write(f"{file}: nothing to file: the record already holds all it says")
            return
        for change in findings.changes:
            self.stdout.write(change_line(change))
        self.stdout.write(
            _filed(author, kind.reason(found, findings, file), findings.changes, file)
        )


def _read(kind, file: Path):
    if not file.is_file():
        raise UsageError(f"{file}: no such file")
    try:
        return kind.read(file)
    except WrongShape as problem:
        raise UsageError(f"{file}: {problem}") from None


def _compare(kind, found, file: Path, options: dict):
    try:
        return kind.compare(found, record_rows(*kind.record_files), options)
    except WrongShape as problem:
        raise UsageError(f"{file}: {problem}") from None
    except NotImportable as problem:
        raise CommandError(f"{file}: {problem}: nothing filed") from None


def _filed(author, reason: str, changes: list, file: Path) -> str:
    earlier = pending_copy(changes)
    if earlier is not None:
        return f"{file}: nothing filed: proposal {earlier.pk} makes these changes and awaits review"
    try:
        proposal = propose(author, reason, changes)
    except Refused as refused:
        raise CommandError(
            f"{file}: refused, nothing filed: {'; '.join(refused.reasons)}"
        ) from None
    address = reverse("editorial:proposal", args=[proposal.pk])
    return f"{file}: filed proposal {proposal.pk} ({len(changes)} changes) for review at {address}"
