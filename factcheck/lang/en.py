"""Language data for 'en': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---

# --- end numbers ---

# --- dates (owned by the dates extractor) ---

# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("said X", "X said"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "states", "declared", "explained", "explains", "noted", "notes", "argued", "argues", "insisted", "insists", "warned", "warns", "stressed", "stresses", "claimed", "claims", "asked", "asks", "replied", "answered", "continued", "posted", "tweeted", "announced", "announces", "admitted", "acknowledged", "conceded", "recalled", "concluded", "emphasized", "emphasised", "believes", "thinks", "reported", "reports", "commented", "responded", "testified", "predicted", "promised", "vowed"})
# Auxiliaries that may stand before a speech verb ("has said").
SPEECH_AUX: frozenset[str] = frozenset({"has", "had", "have"})
# Prepositions that name the speaker after them ("according to X").
SPEECH_PREPS: frozenset[str] = frozenset({"according to"})
# Words that open a sentence pointing back at the quote before it ("That is what X said" is rare in English).
SPEECH_ANAPHORS: frozenset[str] = frozenset({"so"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i"})
# Titles and roles in front of a name; dropped from the speaker's name.
SPEAKER_TITLES: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "vice", "prime", "minister", "secretary", "commissioner", "chancellor", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "chief", "executive", "ceo", "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "judge", "general", "gen", "leader", "ambassador", "lawmaker", "mp", "mep", "economist", "analyst", "researcher", "expert", "founder", "king", "queen", "pope", "coach", "officer", "official", "head", "deputy", "eu", "us", "uk", "foreign", "finance", "interior", "defence", "defense", "health", "justice", "former", "new", "acting", "opposition", "party", "state", "national", "european", "american", "british", "french", "german", "dutch", "spanish", "finnish", "belgian", "italian", "chinese", "russian", "ukrainian", "polish"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ()
# Organisations and unnamed speakers that can say something ("the ministry said").
SPEAKER_ORGS: frozenset[str] = frozenset({"ministry", "government", "police", "company", "commission", "court", "agency", "army", "military", "department", "office", "union", "council", "embassy", "prosecutors", "prosecutor", "officials", "spokesman", "spokeswoman", "spokesperson", "statement", "firm", "group", "organisers", "organizers", "authorities", "white house", "kremlin", "bank", "regulator", "cabinet", "campaign", "club", "hospital", "university", "airline", "ministry's"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "its", "his", "her", "their"})
# Lowercase words inside names ("Ursula von der Leyen", "Vincent van Gogh").
NAME_PARTICLES: frozenset[str] = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le", "ten", "ter", "al", "bin", "dos", "das"})
# Abbreviations whose full stop does not end a sentence.
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "no", "vs", "u.s", "inc", "corp", "co"})
# Words that an apostrophe opens ("'em", "'90s" is handled as a number); never a quote mark.
APOSTROPHE_ELISIONS: frozenset[str] = frozenset({"em", "til", "tis", "twas", "n", "cause"})
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    'a about after also an and any are as at be been before being but by can could did do does each for from had has have he her here his i in into is it its just may might more most must no not of on only or our out over per she should so some than that the their then there these they this those to under up very was we were what when where which while who whom whose will with would you your'.split()
)
# --- end shared ---
