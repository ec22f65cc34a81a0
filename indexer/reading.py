"""Reading a source file into text, or saying why it cannot be read."""

from __future__ import annotations

import codecs
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown")


class SourceError(Exception):
    """A file that cannot become a statement; the message is the reason shown."""


def read_text(path: Path) -> tuple[str, bytes]:
    """The file's text (UTF-8, with or without a BOM) and its raw bytes.

    Text in another encoding is reported rather than guessed, so nothing is
    silently mangled.
    """
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise SourceError(f"unsupported file type {path.suffix or '(none)'}; "
                          f"Verbatim reads {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read the file: {error.strerror or error}") from None
    data_text = data[len(codecs.BOM_UTF8):] if data.startswith(codecs.BOM_UTF8) else data
    if b"\x00" in data_text:
        raise SourceError("binary data (NUL bytes), not text")
    try:
        text = data_text.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(f"not valid UTF-8 (byte {error.start}); save it as UTF-8") from None
    if not text.strip():
        raise SourceError("the file is empty")
    return text, data
