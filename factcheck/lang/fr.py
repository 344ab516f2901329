"""Language data for 'fr': plain data, no logic."""

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
    'a après au aussi aux avaient avait avant avec ce ces cet cette comme d dans de des doit doivent du elle elles en est et fait il ils je l la le les leur leurs lors mais ne nos notre nous on ont ou où par pas pendant peut peuvent plus pour qu quand que qui quoi s sa se selon sera serait seront ses son sont sous sur très un une vous y à étaient était été être'.split()
)
# --- end shared ---
