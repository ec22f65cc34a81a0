"""From files to the archive: read sources, extract metadata, build the index.

Never imports Flask; writes the index only through archive.storage.
"""
