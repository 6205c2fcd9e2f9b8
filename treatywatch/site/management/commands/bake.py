import os
from pathlib import Path

from django.core.management.base import CommandError

from treatywatch.command_base import TreatyWatchCommand, UsageError
from treatywatch.record.models import State
from treatywatch.site.publishing.addresses import live_only_prefixes
from treatywatch.site.publishing.baking import BakeFailure, BakeRefused, bake
from treatywatch.site.publishing.links import broken_links

DEFAULT_BASE_URL = "http://localhost:8000"


class Command(TreatyWatchCommand):
    help = "Write the whole public site (pages, downloads, feeds, sitemap) as static files into OUTDIR."

    def add_arguments(self, parser):
        parser.add_argument(
            "outdir",
            type=Path,
            help="folder for the site: new, empty, or an earlier build (replaced)",
        )
        parser.add_argument(
            "--base-url",
            default=os.environ.get("TREATYWATCH_BASE_URL", DEFAULT_BASE_URL),
            help=f"the address the site will be served at, for feeds and the sitemap (default: $TREATYWATCH_BASE_URL or {DEFAULT_BASE_URL})",
        )
        parser.add_argument(
            "--pdf-sample",
            metavar="ISO3,...",
            help="render the PDF profiles of these states only (e.g. usa,ukr,ton), for a quicker trial build; the links to the others are not checked",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="then check that every internal link resolves to a baked file",
        )

    def handle(self, outdir: Path, base_url: str, check: bool, pdf_sample: str | None, **options):
        self.require_loaded_record()
        sample = self._states(pdf_sample) if pdf_sample is not None else None
        try:
            report = bake(outdir, base_url, pdf_sample=sample)
        except BakeRefused as refused:
            raise UsageError(str(refused)) from None
        except BakeFailure as failure:
            raise CommandError(f"{failure}; nothing was written to {outdir}") from None
        self.stdout.write(
            f"{outdir}: baked {report.pages} addresses and {report.static_files} static files in {report.seconds:.1f} s"
        )
        if check:
            self._check_links(outdir, report.left_out)

    def _states(self, sample: str) -> list[str]:
        codes = [code.strip().upper() for code in sample.split(",") if code.strip()]
        known = set(State.objects.filter(iso3__in=codes).values_list("iso3", flat=True))
        unknown = [code for code in codes if code not in known]
        if unknown or not codes:
            named = ", ".join(unknown) or "(none given)"
            raise UsageError(
                f"--pdf-sample: no state with the code {named}; give ISO3 codes separated by commas, e.g. usa,ukr,ton"
            )
        return codes

    def _check_links(self, outdir: Path, left_out: tuple[str, ...]):
        live_only = live_only_prefixes()
        broken = broken_links(outdir, live_only, left_out)
        for link in broken:
            self.stderr.write(str(link))
        if broken:
            raise CommandError(f"{len(broken)} broken link(s) in {outdir}")
        self.stdout.write(
            f"{outdir}: every internal link resolves, except those to {', '.join(live_only)}: they need the running site"
        )
