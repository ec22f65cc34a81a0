"""Text from a PDF's text layer (pypdf). A scanned PDF has none: that is
reported, not indexed as an empty statement."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError


class NoTextLayer(ValueError):
    """The PDF has pages but no text: a scan that needs OCR first."""


def to_text(data: bytes) -> str:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed-but-readable files are common
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as error:
        raise ValueError(f"not a readable PDF ({error})") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise NoTextLayer(f"a scanned PDF without a text layer ({len(pages)} page(s)); run OCR on it first")
    return text + "\n"
