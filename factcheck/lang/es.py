"""Language data for 'es': plain data, no logic."""

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
    'a al antes bajo como con cuando de debe deben del desde después donde durante el ella ellas ellos en entre era eran es esa esas ese esos esta estas este estos ha había habían hace han hasta la las lo los muy más ni no nosotros nuestra nuestro o para pero por puede pueden que quien qué se ser será serán sería sido sin sobre son su sus también un una unas unos vosotros y yo él'.split()
)
# --- end shared ---
