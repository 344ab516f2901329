"""Language data for 'en': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---

# --- end numbers ---

# --- dates (owned by the dates extractor) ---

# --- end dates ---

# --- quotes (owned by the quotes extractor) ---

# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    'a about after also an and any are as at be been before being but by can could did do does each for from had has have he her here his i in into is it its just may might more most must no not of on only or our out over per she should so some than that the their then there these they this those to under up very was we were what when where which while who whom whose will with would you your'.split()
)
# --- end shared ---
