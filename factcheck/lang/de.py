"""Language data for 'de': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---

# --- end numbers ---

# --- dates (owned by the dates extractor) ---

# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("sagte X", "X sagte", "erklärte X"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "betonte", "betont", "schrieb", "schreibt", "warnte", "warnt", "meinte", "meint", "kritisierte", "kritisiert", "fügte hinzu", "ergänzte", "ergänzt", "teilte mit", "unterstrich", "bekräftigte", "räumte ein", "sagte am", "antwortete", "verkündete", "forderte", "fordert", "twitterte", "hieß es", "heißt es", "zitiert", "urteilte", "findet", "fand", "glaubt"})
SPEECH_AUX: frozenset[str] = frozenset({"hat", "hatte"})
# Prepositions that name the speaker after them ("so X", "laut X").
SPEECH_PREPS: frozenset[str] = frozenset({"so", "laut", "nach angaben", "nach angaben von"})
SPEECH_ANAPHORS: frozenset[str] = frozenset({"das", "dies", "so"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"er", "sie", "ich", "wir"})
SPEAKER_TITLES: frozenset[str] = frozenset({"herr", "frau", "dr", "prof", "professor", "bundeskanzler", "kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin", "kommissar", "kommissarin", "eu-kommissar", "eu-kommissarin", "abgeordnete", "abgeordneter", "politiker", "politikerin", "ökonom", "ökonomin", "experte", "expertin", "direktor", "direktorin", "papst", "könig", "trainer", "bundespräsident", "ministerpräsident", "ministerpräsidentin", "regierungssprecher", "regierungssprecherin", "finnische", "deutsche", "französische", "ehemalige", "frühere", "grüne", "grünen"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ("minister", "ministerin", "kanzler", "kanzlerin", "kommissar", "kommissarin", "präsident", "präsidentin", "sprecher", "sprecherin", "politiker", "politikerin", "chef", "chefin", "vorsitzende", "vorsitzender", "experte", "expertin", "forscher", "forscherin")
SPEAKER_ORGS: frozenset[str] = frozenset({"ministerium", "regierung", "bundesregierung", "polizei", "unternehmen", "konzern", "kommission", "gericht", "behörde", "staatsanwaltschaft", "gewerkschaft", "partei", "botschaft", "sprecher", "sprecherin", "verband", "bundesamt", "ministeriums", "stadt", "armee", "bundeswehr", "klinik", "universität"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "sein", "seine", "ihr", "ihre"})
NAME_PARTICLES: frozenset[str] = frozenset({"von", "van", "der", "den", "de", "zu", "vom", "di", "da", "du", "la", "le"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"dr", "prof", "hr", "fr", "st", "nr", "bzw", "z.b", "u.a", "ca"})
APOSTROPHE_ELISIONS: frozenset[str] = frozenset({"s", "n", "nen", "ne"})
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    'aber als am an auch auf aus bei bis dann darf das dass dem den denn der des die dies diese dieser dieses dort durch ein eine einem einen einer eines er es für gegen gewesen haben hat hatte hatten hier ich ihr ihre im in ist kann kein keine können mehr mit muss müssen nach nicht noch oder schon sehr sein seine sich sie sind so soll sollen tat tut um und unser unter von wann war waren was weil wer werden wir wird wo wurde während würde zu über'.split()
)
# --- end shared ---
