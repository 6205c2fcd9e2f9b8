import os
from pathlib import Path

from django.core.management.base import CommandError

from treatywatch.command_base import TreatyWatchCommand, UsageError
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
            "--check",
            action="store_true",
            help="then check that every internal link resolves to a baked file",
        )

    def handle(self, outdir: Path, base_url: str, check: bool, **options):
        self.require_loaded_record()
        try:
            report = bake(outdir, base_url)
        except BakeRefused as refused:
            raise UsageError(str(refused)) from None
        except BakeFailure as failure:
            raise CommandError(f"{failure}; nothing was written to {outdir}") from None
        self.stdout.write(
            f"{outdir}: baked {report.pages} addresses and {report.static_files} static files in {report.seconds:.1f} s"
        )
        if check:
            self._check_links(outdir)

    def _check_links(self, outdir: Path):
        live_only = live_only_prefixes()
        broken = broken_links(outdir, live_only)
        for link in broken:
            self.stderr.write(str(link))
        if broken:
            raise CommandError(f"{len(broken)} broken link(s) in {outdir}")
        self.stdout.write(
            f"{outdir}: every internal link resolves, except those to {', '.join(live_only)}: they need the running site"
        )
