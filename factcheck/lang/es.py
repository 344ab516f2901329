"""Language data for 'es': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---

# --- end numbers ---

# --- dates (owned by the dates extractor) ---

# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("dijo X", "X dijo", "afirmó X"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"dijo", "dice", "dijeron", "afirmó", "afirma", "declaró", "declara", "explicó", "explica", "añadió", "añade", "aseguró", "asegura", "señaló", "señala", "escribió", "escribe", "advirtió", "advierte", "indicó", "indica", "subrayó", "subraya", "insistió", "insiste", "sostuvo", "sostiene", "destacó", "destaca", "apuntó", "apunta", "manifestó", "respondió", "responde", "criticó", "critica", "lamentó", "lamenta", "recordó", "recuerda", "concluyó", "agregó", "agrega", "anunció", "anuncia", "dicho", "afirmado", "declarado", "señalado", "asegurado", "explicado", "tuiteó", "opina", "opinó", "considera", "consideró", "comentó"})
SPEECH_AUX: frozenset[str] = frozenset({"ha", "han", "había", "habían"})
SPEECH_PREPS: frozenset[str] = frozenset({"según", "para"})
SPEECH_ANAPHORS: frozenset[str] = frozenset({"así lo", "eso", "esto", "así"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"él", "ella", "ellos", "ellas", "yo", "nosotros"})
SPEAKER_TITLES: frozenset[str] = frozenset({"sr", "sra", "srta", "don", "doña", "dr", "dra", "presidente", "presidenta", "vicepresidente", "vicepresidenta", "ministro", "ministra", "comisario", "comisaria", "portavoz", "alcalde", "alcaldesa", "director", "directora", "diputado", "diputada", "senador", "senadora", "secretario", "secretaria", "jefe", "jefa", "líder", "profesor", "profesora", "economista", "papa", "rey", "reina", "entrenador", "consejero", "consejera", "eurodiputado", "eurodiputada", "exministro", "exministra", "expresidente", "general", "investigador", "investigadora", "europea", "europeo", "finlandesa", "española", "español"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ()
SPEAKER_ORGS: frozenset[str] = frozenset({"ministerio", "gobierno", "policía", "empresa", "portavoz", "comisión", "tribunal", "fiscalía", "sindicato", "ayuntamiento", "ejército", "ejecutivo", "partido", "embajada", "fuentes", "compañía", "organización", "guardia civil", "juez", "jueza", "club", "hospital", "universidad", "moncloa"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"el", "la", "los", "las", "un", "una", "su", "sus"})
NAME_PARTICLES: frozenset[str] = frozenset({"de", "del", "la", "las", "los", "y", "da", "di", "von", "van", "der"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"sr", "sra", "srta", "dr", "dra", "d", "dña", "st", "etc", "núm"})
APOSTROPHE_ELISIONS: frozenset[str] = frozenset()
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    'a al antes bajo como con cuando de debe deben del desde después donde durante el ella ellas ellos en entre era eran es esa esas ese esos esta estas este estos ha había habían hace han hasta la las lo los muy más ni no nosotros nuestra nuestro o para pero por puede pueden que quien qué se ser será serán sería sido sin sobre son su sus también un una unas unos vosotros y yo él'.split()
)
# --- end shared ---
