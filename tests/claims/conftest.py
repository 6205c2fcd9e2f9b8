import pytest


@pytest.fixture
def check(db):
    """Check a text against the bundled record, as the three interfaces do."""
    from treatywatch.claims.check import check_text
    from treatywatch.claims.django_snapshot import build_snapshot
    from treatywatch.claims.names import NameIndex

    snapshot = build_snapshot()
    names = NameIndex(snapshot.states)

    def checked(text, as_of=None, today=None):
        return check_text(text, snapshot, names, as_of=as_of, today=today)

    return checked


@pytest.fixture
def make_pdf():
    """A real PDF, written with pypdf: a page of Helvetica text per page asked for."""
    import io

    import pypdf
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    def made(text: str, pages: int = 1, password: str | None = None) -> bytes:
        writer = pypdf.PdfWriter()
        font = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject("/Helvetica"),
                }
            )
        )
        for _ in range(pages):
            page = writer.add_blank_page(612, 792)
            fonts = DictionaryObject({NameObject("/F1"): font})
            page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
            content = DecodedStreamObject()
            content.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
            page[NameObject("/Contents")] = writer._add_object(content)
        if password:
            writer.encrypt(password)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    return made


@pytest.fixture
def make_docx():
    """A real Word document, written with python-docx."""
    import io

    import docx

    def made(*paragraphs: str) -> bytes:
        document = docx.Document()
        for paragraph in paragraphs:
            document.add_paragraph(paragraph)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return made
