"""The archive's domain: actors, outlets, articles, events and how they link."""
