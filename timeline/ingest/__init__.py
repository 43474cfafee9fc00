"""Getting articles in: safe fetching, HTML to text, uploaded files and feeds. No database here.

Each module returns plain dataclasses; `timeline.services.ingest` stores what they produce.
"""
