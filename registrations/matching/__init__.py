"""Matching: which registrations are alike, and why.

- profiles.py: what matching knows of a registration, read in a fixed number of queries;
- text.py: its words (PostgreSQL full-text lexemes, plain words on SQLite);
- scoring.py: the score of a pair, its reasons as data, the threshold;
- reasons.py: the reasons as short phrases in the page's language;
- engine.py: the best matches of one registration, or of all of them at once;
- selectors.py: what pages show (stored suggestions, a form's matches, municipalities).

The stored suggestions are written by registrations.services.matching.
"""
