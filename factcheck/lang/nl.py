"""Language data for 'nl': plain data, no logic."""

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
    'aan al als bij daar daarbij daarmee dan dat de deed deze die dit doet door dus een en er geen geweest haar had hadden hebben heeft het hier hij hun ik in is je jij jullie kan kunnen maar mag meer meest met moet moeten na naar niet nog of om omdat onder ons onze ook op over te tegen terwijl tot uit van voor waar wanneer want waren was wat we wel werd wie wij worden wordt zal ze zeer zich zij zijn zo zou zouden zullen'.split()
)
# --- end shared ---
