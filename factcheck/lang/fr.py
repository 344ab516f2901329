"""Language data for 'fr': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---

# --- end numbers ---

# --- dates (owned by the dates extractor) ---

# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("a déclaré X", "X a déclaré", "selon X"), as written after any auxiliary.
SPEECH_VERBS: frozenset[str] = frozenset({"déclaré", "déclare", "dit", "affirmé", "affirme", "expliqué", "explique", "ajouté", "ajoute", "souligné", "souligne", "écrit", "estimé", "estime", "assuré", "assure", "insisté", "insiste", "prévenu", "prévient", "averti", "avertit", "martelé", "martèle", "indiqué", "indique", "confié", "confie", "lancé", "lance", "réagi", "réagit", "poursuivi", "poursuit", "répondu", "répond", "regretté", "regrette", "tweeté", "annoncé", "annonce", "rappelé", "rappelle", "conclu", "conclut", "jugé", "juge", "dénoncé", "dénonce", "précisé", "précise"})
# Auxiliaries before a past participle ("a déclaré"; "a-t-il déclaré" carries its pronoun).
SPEECH_AUX: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "a-t-on"})
SPEECH_PREPS: frozenset[str] = frozenset({"selon", "d'après", "d’après", "pour"})
SPEECH_ANAPHORS: frozenset[str] = frozenset({"c'est ce qu'a", "c’est ce qu’a", "ainsi"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous"})
SPEAKER_TITLES: frozenset[str] = frozenset({"m", "mme", "mlle", "dr", "pr", "président", "présidente", "ministre", "premier", "première", "commissaire", "porte-parole", "maire", "directeur", "directrice", "député", "députée", "sénateur", "sénatrice", "professeur", "chef", "secrétaire", "économiste", "avocat", "avocate", "pape", "roi", "reine", "entraîneur", "patron", "patronne", "chercheur", "chercheuse", "dirigeant", "dirigeante", "eurodéputé", "eurodéputée", "général", "ex-ministre", "ancien", "ancienne", "européenne", "européen", "finlandaise", "française", "français", "allemand", "allemande", "d'état"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ()
SPEAKER_ORGS: frozenset[str] = frozenset({"ministère", "gouvernement", "police", "entreprise", "porte-parole", "commission", "tribunal", "parquet", "syndicat", "mairie", "préfecture", "armée", "élysée", "matignon", "groupe", "société", "ambassade", "parti", "communiqué", "autorités", "justice", "hôpital", "université", "club"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur"})
NAME_PARTICLES: frozenset[str] = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "von", "van", "der", "di", "da", "del"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"m", "mme", "mlle", "dr", "pr", "st", "ste", "me", "mgr", "etc"})
APOSTROPHE_ELISIONS: frozenset[str] = frozenset()
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    'a après au aussi aux avaient avait avant avec ce ces cet cette comme d dans de des doit doivent du elle elles en est et fait il ils je l la le les leur leurs lors mais ne nos notre nous on ont ou où par pas pendant peut peuvent plus pour qu quand que qui quoi s sa se selon sera serait seront ses son sont sous sur très un une vous y à étaient était été être'.split()
)
# --- end shared ---
