"""Source formats: HTML pages, Word files and PDFs become the same Statement
as their text would; what cannot be read is reported with a reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfWriter

from indexer.planning import load_statement
from indexer.reading import SourceError, read_text
from indexer.sources import SourceFile

FORMATS = Path(__file__).parent / "fixtures" / "formats"

HEADER = [
    "Statement by Mr. Ivan Example",
    "Permanent Representative of Latvia to the United Nations",
    "at the General Assembly debate on the use of the veto",
    "New York, 26 April 2023",
    "Mr. President,",
    "Latvia supports the veto initiative and thanks the President for convening this debate.",
]


def load(path: Path):
    return load_statement(SourceFile(path, path.name))


def make_docx(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    document = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
                '"http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", document)
    return buffer.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines`, written by hand."""
    text = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 11 Tf 72 720 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_html_page_keeps_the_statement_and_drops_the_site():
    record = load(FORMATS / "statement.html")
    assert (record.speaker, record.country, record.date, record.location) == (
        "Anna Example", "Estonia", "2023-05-23", "New York")
    assert record.speaker_role == "Permanent Representative of Estonia to the United Nations"
    assert record.forum == "UN Security Council"
    assert record.meeting == "Security Council open debate on the protection of civilians"
    for furniture in ("window.analytics", "Skip to main content", "Related", "Statements", "Share this page"):
        assert furniture not in record.body
    assert "Landmines and explosive remnants of war" in record.body


def test_word_document(tmp_path):
    path = tmp_path / "statement.docx"
    path.write_bytes(make_docx(HEADER))
    record = load(path)
    assert (record.speaker, record.country, record.date, record.location, record.forum) == (
        "Ivan Example", "Latvia", "2023-04-26", "New York", "UN General Assembly")


def test_pdf_text_layer(tmp_path):
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(HEADER))
    record = load(path)
    assert (record.speaker, record.country, record.date) == ("Ivan Example", "Latvia", "2023-04-26")


def test_scanned_pdf_is_reported_with_its_reason(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(SourceError, match="scanned PDF without a text layer"):
        read_text(path)


@pytest.mark.parametrize("name, data, reason", [
    ("broken.docx", b"PK not really a zip", "cannot read this .docx file"),
    ("broken.pdf", b"%PDF-1.4 garbage", "cannot read this .pdf file"),
    ("latin1.html", "<p>Déclaration</p>".encode("latin-1"), "no charset declared"),
    ("latin1.txt", "Déclaration".encode("latin-1"), "not valid UTF-8"),
])
def test_unreadable_files_say_why(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError, match=reason):
        read_text(path)


def test_declared_charset_is_honoured(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes('<meta charset="windows-1252"><p>Statement by Mr. Ivan Example</p><p>Côte d’Ivoire</p>'
                     .encode("cp1252"))
    text, _data = read_text(path)
    assert "Côte d’Ivoire" in text
