"""Language data for 'de': plain data, no logic."""

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
    'aber als am an auch auf aus bei bis dann darf das dass dem den denn der des die dies diese dieser dieses dort durch ein eine einem einen einer eines er es für gegen gewesen haben hat hatte hatten hier ich ihr ihre im in ist kann kein keine können mehr mit muss müssen nach nicht noch oder schon sehr sein seine sich sie sind so soll sollen tat tut um und unser unter von wann war waren was weil wer werden wir wird wo wurde während würde zu über'.split()
)
# --- end shared ---
