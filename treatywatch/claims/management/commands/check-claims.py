import json
import sys

from treatywatch.claims.check import check_text
from treatywatch.claims.django_snapshot import snapshot_and_names
from treatywatch.claims.rendering import as_claimreview, as_text
from treatywatch.claims.text_input import UnreadableText, text_from_bytes
from treatywatch.command_base import TreatyWatchCommand, UsageError, iso_date


class Command(TreatyWatchCommand):
    help = "Finds the claims in a text (a file, or - for standard input) and judges each against the record."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
        parser.add_argument(
            "--as-of",
            type=iso_date,
            default=None,
            help="the document's date, YYYY-MM-DD (default: found in the text, else today)",
        )
        parser.add_argument("--format", choices=["text", "json", "claimreview"], default="text")

    def handle(self, file, as_of, format, **options):
        self.require_loaded_record()
        report = check_text(_read(file), *snapshot_and_names(), as_of=as_of).as_dict()
        if format == "text":
            self.stdout.write(as_text(report))
        else:
            self.stdout.write(
                json.dumps(report if format == "json" else as_claimreview(report), indent=2)
            )


def _read(file: str) -> str:
    try:
        data = sys.stdin.buffer.read() if file == "-" else open(file, "rb").read()
        return text_from_bytes(data)
    except OSError as error:
        raise UsageError(f"{file}: {error.strerror}") from None
    except UnreadableText as error:
        raise UsageError(f"{file}: {error}") from None
