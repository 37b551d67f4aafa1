"""The offline engine: a visit note in, a visit record out, from rules, lexicons and master data.

Word lists live in lexicon.yaml (a company extends them in KEQING_HOME/lexicon.yaml); the structure
of a pattern (which classes of words in which order) lives in code. Which engine serves a note is
decided above this package, in memory.notes.engines.
"""
