"""How well and how fast the claim checker does on the labelled set (tests/claims/labelled/).

Prints, per kind of claim and over all, the recall and precision of claim finding and the
accuracy of the verdicts on the found claims (on the document's date and on the labels'
"today"), then the throughput of the whole check (finding and judging) on one-page
documents. Builds its own record: a throwaway SQLite database loaded with the bundled
data/. Figures only: nothing here asserts. Run from the repository root:
python bench/bench_claims.py [--misses]
"""

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
LABELLED = REPO / "tests" / "claims" / "labelled"
# Texts labelled before the checker is run on them, kept apart until their figures are recorded
# (bench/README.md): the fairer measure. Empty once they join the labelled set.
HELD_OUT = REPO / "tests" / "claims" / "held_out"
# A page of prose is some 500 words, about 3,000 characters.
PAGE = 3_000
PAGES = 300


def record_snapshot():
    folder = tempfile.mkdtemp(prefix="bench-claims-")
    os.environ["TREATYWATCH_DATABASE_URL"] = f"sqlite:///{folder}/record.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "treatywatch.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    call_command("load", str(REPO / "data"), verbosity=0)
    from treatywatch.claims.django_snapshot import build_snapshot
    from treatywatch.claims.names import NameIndex

    snapshot = build_snapshot()
    return snapshot, NameIndex(snapshot.states)


def pages(documents) -> list[str]:
    """One-page documents made of the labelled texts, one after another."""
    texts = [d.text for d in documents]
    out, page, i = [], "", 0
    while len(out) < PAGES:
        page += texts[i % len(texts)] + "\n\n"
        i += 1
        if len(page) >= PAGE:
            out.append(page)
            page = ""
    return out


def report(name, tallies, texts) -> None:
    claims = tallies["all"].labelled
    print(f"{name}: {texts} texts, {claims} claims (today = 2026-11-29)")
    print(
        f"{'kind':<18}{'labelled':>9}{'found':>7}{'recall':>8}{'precision':>10}{'verdict':>9}{'today':>7}"
    )
    for kind in sorted(tallies, key=lambda k: (k == "all", k)):
        t = tallies[kind]
        print(
            f"{kind:<18}{t.labelled:>9}{t.found:>7}{t.recall:>8.0%}{t.precision:>10.0%}"
            f"{t.accuracy:>9.0%}{t.accuracy_today:>7.0%}"
        )
    if "--misses" in sys.argv:
        print("\n".join(tallies["all"].misses))
    print()


def main() -> None:
    from treatywatch.claims.check import check_text
    from treatywatch.claims.evaluation import LABELLED_ON, evaluate, load_documents

    snapshot, names = record_snapshot()
    documents = load_documents(LABELLED)

    def check(text, on):
        return check_text(text, snapshot, names, as_of=on, today=LABELLED_ON)

    for name, folder in (("Labelled set", LABELLED), ("Held-out set", HELD_OUT)):
        if folder.is_dir():
            report(name, evaluate(load_documents(folder), check), len(load_documents(folder)))
    one_page = pages(documents)
    check(one_page[0], None)  # spaCy's pipeline and the matchers are built on first use
    # CPU time is what one core gives the check; wall time also counts the other processes a
    # shared machine runs meanwhile.
    cpu, wall = time.process_time(), time.perf_counter()
    for text in one_page:
        check(text, None)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(
        f"Throughput: {len(one_page) / cpu:.0f} one-page documents per CPU second, "
        f"{len(one_page) / wall:.0f} per second of wall time "
        f"({len(one_page)} pages of {PAGE:,}+ characters, one process)"
    )


if __name__ == "__main__":
    main()
