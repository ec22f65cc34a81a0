"""Source formats other than plain text, each turned into text with its lines kept."""
