from pathlib import Path

from django.core.management.base import CommandError

from treatywatch.command_base import TreatyWatchCommand, UsageError
from treatywatch.dataset.schema import FILES
from treatywatch.record.exporting import export_dataset


class Command(TreatyWatchCommand):
    help = "Write the published record back to the dataset files (the format of docs/dataset.md) in DIR."

    def add_arguments(self, parser):
        parser.add_argument(
            "dir", type=Path, help="folder to write the files into (created if missing)"
        )
        parser.add_argument(
            "--force", action="store_true", help="overwrite dataset files already in DIR"
        )

    def handle(self, dir: Path, force: bool, **options):
        if dir.exists() and not dir.is_dir():
            raise UsageError(
                f"{dir} is a file, not a folder: give a folder to write the dataset files into"
            )
        self.require_loaded_record()
        present = [spec.name for spec in FILES if (dir / spec.name).exists()]
        if present and not force:
            raise CommandError(
                f"{dir} already holds {', '.join(present)}: give an empty or new folder, or --force to overwrite them"
            )
        written = export_dataset(dir)
        self.stdout.write(f"{dir}: wrote {len(written)} files, {sum(written.values())} rows")
