"""Importers for corpora that carry their metadata beside body-only files."""
