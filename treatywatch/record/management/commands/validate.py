from pathlib import Path

from django.core.management.base import CommandError

from treatywatch.command_base import TreatyWatchCommand
from treatywatch.dataset import dataset_warnings, validate_dataset
from treatywatch.paths import BUNDLED_DATASET_DIR


class Command(TreatyWatchCommand):
    help = "Check the dataset files without touching the database; print every problem as file:line: field: message."

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
        dataset, problems = validate_dataset(dir)
        for problem in problems:
            self.stdout.write(str(problem))
        for warning in dataset_warnings(dataset):
            self.stderr.write(f"warning: {warning}")
        if problems:
            raise CommandError(f"{len(problems)} problem(s) in {dir}")
        rows = sum(len(rows) for rows in dataset.rows.values())
        self.stdout.write(f"{dir}: {rows} rows in {len(dataset.rows)} files, no problems")
