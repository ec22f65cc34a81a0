"""Text in, Statement out: the metadata extractor.

A pure core: `extract` takes a document's text and returns a record with
each field's evidence; it touches no file. The cues it trusts are general
conventions of diplomatic and UN documents (see each module's docstring),
never the names of particular files.
"""

from indexer.extraction.lines import Line
from indexer.extraction.record import compose_title, extract

__all__ = ["Line", "compose_title", "extract"]
