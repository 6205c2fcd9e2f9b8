import json
import sys

from treatywatch.claims.checking import checked_report
from treatywatch.claims.documents import MAX_FILE_BYTES, read_document
from treatywatch.claims.rendering import as_claimreview, as_text
from treatywatch.claims.text_input import UnreadableText
from treatywatch.command_base import TreatyWatchCommand, UsageError, iso_date


class Command(TreatyWatchCommand):
    help = "Finds the claims in a text (a file, or - for standard input) and judges each against the record."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="a .txt, .html, .pdf or .docx file, or - for standard input"
        )
        parser.add_argument(
            "--as-of",
            type=iso_date,
            default=None,
            help="the document's date, YYYY-MM-DD (default: found in the text, else today)",
        )
        parser.add_argument(
            "--today",
            type=iso_date,
            default=None,
            help="the later date to judge on, YYYY-MM-DD (default: today)",
        )
        parser.add_argument(
            "--appeared-at", default="", help="where the text was published (for claimreview)"
        )
        parser.add_argument("--format", choices=["text", "json", "claimreview"], default="text")

    def handle(self, file, as_of, today, appeared_at, format, **options):
        self.require_loaded_record()
        text = _read(file)
        report = checked_report(text, as_of=as_of, today=today, appeared_at=appeared_at)
        if format == "text":
            self.stdout.write(as_text(report))
        else:
            self.stdout.write(
                json.dumps(report if format == "json" else as_claimreview(report), indent=2)
            )


def _read(file: str) -> str:
    try:
        with sys.stdin.buffer if file == "-" else open(file, "rb") as stream:
            # One byte more than the limit is enough to know the file is too big.
            data = stream.read(MAX_FILE_BYTES + 1)
        return read_document(data, "" if file == "-" else file)
    except OSError as error:
        raise UsageError(f"{file}: {error.strerror}") from None
    except UnreadableText as error:
        raise UsageError(f"{file}: {error}") from None
