"""The source row that cites a status page: the depositary's own address for the page, and
the status date it gives as the date of publication."""

from treatywatch.importers.untc_page import StatusPage
from treatywatch.profiles.date_words import day_words
from treatywatch.treaties import Treaty

PUBLISHER = "United Nations Office of Legal Affairs, Treaty Section (depositary)"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def page_url(treaty: Treaty) -> str:
    chapter = treaty.depositary_chapter
    return (
        "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY"
        f"&mtdsg_no={chapter}&chapter={_roman_number(chapter.split('-')[0])}&clang=_en"
    )


def page_source(page: StatusPage, treaty: Treaty) -> dict[str, str]:
    chapter = treaty.depositary_chapter
    return {
        "id": f"untc-{chapter.lower()}-{page.status_as_at.isoformat()}",
        "title": f"{treaty.name} — Status (UN Treaty Collection, Chapter {chapter}), as at {day_words(page.status_as_at)}",
        "author": "",
        "publisher": PUBLISHER,
        "published": page.status_as_at.isoformat(),
        "url": page_url(treaty),
        "retrieved_from": "",
        "notes": (
            "Dates and consent types are the depositary's; consent-type suffixes: a = accession, "
            "d = succession, A = acceptance, AA = approval, none = ratification."
        ),
    }


def _roman_number(numeral: str) -> int:
    """XXVI -> 26: the chapter's number, which the page's address also carries."""
    values = [_ROMAN[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))
