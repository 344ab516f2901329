"""Language data for 'nl': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---

# --- end numbers ---

# --- dates (owned by the dates extractor) ---

# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("zei X", "X zei", "stelt X", "schrijft X"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"zei", "zegt", "zeiden", "zeggen", "schrijft", "schreef", "stelt", "stelde", "verklaarde", "verklaart", "vindt", "vond", "meldt", "meldde", "benadrukt", "benadrukte", "waarschuwt", "waarschuwde", "reageert", "reageerde", "antwoordt", "antwoordde", "liet weten", "laat weten", "voegde toe", "voegt toe", "zegt", "erkent", "erkende", "stelt vast", "concludeert", "concludeerde", "betoogt", "betoogde", "twitterde", "tweette", "denkt", "meent", "meende", "zo zegt", "vertelt", "vertelde", "schrijven", "oordeelt", "oordeelde", "aldus"})
SPEECH_AUX: frozenset[str] = frozenset({"heeft", "had"})
# Prepositions that name the speaker after them ("volgens X", "aldus X").
SPEECH_PREPS: frozenset[str] = frozenset({"volgens", "aldus"})
# Words opening a sentence that points back at the quote ("Dat zei X").
SPEECH_ANAPHORS: frozenset[str] = frozenset({"dat", "dit", "zo"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"hij", "zij", "ze", "ik", "wij", "we"})
# Titles and roles in front of a name; dropped from the speaker's name.
SPEAKER_TITLES: frozenset[str] = frozenset({"dhr", "mevrouw", "meneer", "mr", "dr", "prof", "professor", "minister", "premier", "president", "eurocommissaris", "commissaris", "burgemeester", "woordvoerder", "woordvoerster", "voorzitter", "directeur", "hoogleraar", "staatssecretaris", "europarlementariër", "parlementslid", "kamerlid", "fractievoorzitter", "topman", "topvrouw", "ceo", "onderzoeker", "advocaat", "officier", "koning", "koningin", "paus", "trainer", "oud-premier", "oud-minister", "partijleider", "lijsttrekker", "europees", "europese", "finse", "duitse", "franse", "belgische", "nederlandse", "amerikaanse", "britse", "spaanse", "italiaanse", "poolse", "russische", "oekraïense", "chinese", "vvd'er", "demissionair", "demissionaire", "oud"})
# Compound roles end in one of these ("Parlementslid", "Eurocommissaris", "VVD-Kamerlid").
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ("minister", "commissaris", "voorzitter", "woordvoerder", "kamerlid", "parlementslid", "leider", "voorman", "directeur")
# Organisations and unnamed speakers that can say something ("het ministerie laat weten").
SPEAKER_ORGS: frozenset[str] = frozenset({"ministerie", "regering", "kabinet", "politie", "bedrijf", "woordvoerder", "woordvoerster", "commissie", "rechtbank", "gemeente", "leger", "justitie", "vakbond", "partij", "organisatie", "onderzoekers", "ambassade", "provincie", "inspectie", "rechter", "krant", "omroep", "club", "ziekenhuis", "universiteit", "brandweer"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"de", "het", "een", "zijn", "haar", "hun"})
NAME_PARTICLES: frozenset[str] = frozenset({"van", "von", "der", "den", "de", "del", "di", "da", "du", "des", "la", "le", "ten", "ter", "'t", "in", "het"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"dhr", "mr", "mevr", "dr", "drs", "ir", "prof", "ing", "st", "jr", "nr"})
# Dutch elisions open with an apostrophe ("'s avonds", "'t", "'n"); never a quote mark.
APOSTROPHE_ELISIONS: frozenset[str] = frozenset({"s", "t", "n", "k", "m", "ns", "r"})
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    'aan al als bij daar daarbij daarmee dan dat de deed deze die dit doet door dus een en er geen geweest haar had hadden hebben heeft het hier hij hun ik in is je jij jullie kan kunnen maar mag meer meest met moet moeten na naar niet nog of om omdat onder ons onze ook op over te tegen terwijl tot uit van voor waar wanneer want waren was wat we wel werd wie wij worden wordt zal ze zeer zich zij zijn zo zou zouden zullen'.split()
)
# --- end shared ---
