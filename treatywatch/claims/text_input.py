"""A text to check, from what a user gives: refused clearly when empty, binary or too big."""

# A long report is some 50,000 words; more is not one document to check.
MAX_CHARACTERS = 400_000


class UnreadableText(ValueError):
    """Why a text cannot be checked, in words that say what to do."""


def text_from_bytes(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise UnreadableText("this looks like a binary file; give plain text (UTF-8)")
    try:
        return checked_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UnreadableText("the text is not UTF-8; save it as UTF-8 and try again") from None


def checked_text(text: str) -> str:
    if not text.strip():
        raise UnreadableText("the text is empty; give the text to check")
    if len(text) > MAX_CHARACTERS:
        raise UnreadableText(
            f"the text has {len(text):,} characters; the limit is {MAX_CHARACTERS:,}"
        )
    return text
