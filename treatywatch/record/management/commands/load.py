from pathlib import Path

from django.core.management.base import CommandError

from treatywatch.command_base import TreatyWatchCommand
from treatywatch.paths import BUNDLED_DATASET_DIR
from treatywatch.record.loading import DatasetRefused, load_dataset


class Command(TreatyWatchCommand):
    help = "Validate the dataset files, then import them into the database in one transaction."

    def add_arguments(self, parser):
        parser.add_argument(
            "dir",
            nargs="?",
            type=Path,
            default=BUNDLED_DATASET_DIR,
            help="dataset folder (default: the bundled data/)",
        )

    def handle(self, dir: Path, **options):
        if not dir.is_dir():
            raise CommandError(f"{dir} is not a folder", returncode=2)
        self.require_migrated_database()
        try:
            changes = load_dataset(dir)
        except DatasetRefused as refused:
            for problem in refused.problems:
                self.stderr.write(str(problem))
            raise CommandError(str(refused)) from None
        self.stdout.write(self._summary(dir, changes))

    def _summary(self, dir, changes) -> str:
        if not changes.total:
            return f"{dir}: the database already holds this record; nothing changed"
        parts = [
            f"{name}: +{changes.created[name]} ~{changes.updated[name]} -{changes.deleted[name]}"
            for name in changes.created
            if changes.created[name] or changes.updated[name] or changes.deleted[name]
        ]
        return f"{dir}: loaded ({'; '.join(parts)})"
