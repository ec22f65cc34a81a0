"""Reading a source file into text, or saying why it cannot be read.

Plain text and Markdown must be UTF-8 (with or without a byte-order mark):
text in another encoding is reported rather than guessed, so nothing is
silently mangled. HTML, Word and PDF files go through their own readers in
indexer/formats.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

from indexer.formats import docx, html, pdf

PLAIN_SUFFIXES = (".txt", ".md", ".markdown")
CONVERTERS: dict[str, Callable[[bytes], str]] = {
    ".html": html.to_text,
    ".htm": html.to_text,
    ".docx": docx.to_text,
    ".pdf": pdf.to_text,
}
SUPPORTED_SUFFIXES = PLAIN_SUFFIXES + tuple(CONVERTERS)
MAX_SOURCE_BYTES = 20_000_000  # a statement is kilobytes; a file this big is something else


class SourceError(Exception):
    """A file that cannot become a statement; the message is the reason shown."""


def decode_plain(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if b"\x00" in data:
        raise SourceError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(f"not valid UTF-8 (byte {error.start}); save it as UTF-8") from None


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        limit = MAX_SOURCE_BYTES // 1_000_000
        raise SourceError(f"too large ({size / 1e6:.1f} MB); Verbatim reads files up to {limit} MB")


def check_type(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceError(f"unsupported file type {suffix or '(none)'}; "
                          f"Verbatim reads {', '.join(SUPPORTED_SUFFIXES)}")


def read_bytes(path: Path) -> bytes:
    """A source file's bytes; SourceError saying why when they cannot be read (too large, no access, gone)."""
    try:
        check_size(path)
        return path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read the file: {error.strerror or error}") from None


def read_text(path: Path) -> tuple[str, bytes]:
    """The file's text and its raw bytes (the bytes decide the content hash)."""
    check_type(path)
    data = read_bytes(path)
    return text_of(path, data), data


def text_of(path: Path, data: bytes) -> str:
    """The text of bytes read from `path`, by its type; SourceError saying why when there is none."""
    check_type(path)
    suffix = path.suffix.lower()
    if suffix in PLAIN_SUFFIXES:
        text = decode_plain(data)
    else:
        try:
            text = CONVERTERS[suffix](data)
        except pdf.NoTextLayer as error:
            raise SourceError(str(error)) from None
        except ValueError as error:
            raise SourceError(f"cannot read this {suffix} file: {error}") from None
    if not text.strip():
        raise SourceError("the file is empty")
    return text
