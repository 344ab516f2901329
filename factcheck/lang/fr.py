"""Language data for 'fr': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---
# Locale separators: "23 000" (space, thin or narrow no-break space) is 23,000 and "1,5" is 1.5.
DECIMAL_SEP: str = ","
GROUP_SEPS: str = " .\u202f\u2009\u00a0"
NUMBER_WORDS: dict[str, float] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "quatre-vingt": 80, "quatre-vingts": 80, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
# Tens that take a teen after them (French "soixante-dix", "quatre-vingt-dix").
TEEN_TENS: frozenset[int] = frozenset({60, 80})
MULTIPLIERS: dict[str, int] = {"cent": 100, "cents": 100, "douzaine": 12, "douzaines": 12}
# French billion is 10^12 (long scale); milliard is 10^9.
SCALES: dict[str, int] = {
    "mille": 10**3, "mil": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
    "milliards": 10**9, "billion": 10**12, "billions": 10**12,
}
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 10**3, "m": 10**6, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "mio": 10**6}
NUMBER_CONNECTORS: frozenset[str] = frozenset({"et"})
ARTICLE_NUMBERS: frozenset[str] = frozenset({"un", "une"})
HALF_WORDS: frozenset[str] = frozenset({"et demi", "et demie"})
VAGUE: dict[str, tuple[int, int]] = {
    "dizaines": (20, 100), "douzaines": (24, 100), "centaines": (200, 1_000), "milliers": (2_000, 10_000),
    "dizaines de milliers": (20_000, 100_000), "centaines de milliers": (200_000, 1_000_000),
    "millions": (2_000_000, 10_000_000), "milliards": (2 * 10**9, 10 * 10**9),
}
APPROXIMATORS: frozenset[str] = frozenset({"environ", "près de", "quelque", "quelques", "autour de", "approximativement", "à peu près", "aux alentours de", "de l'ordre de", "de l’ordre de", "grosso modo", "une estimation de"})
MORE_THAN: frozenset[str] = frozenset({"plus de", "au-delà de", "au delà de", "supérieur à", "dépassant"})
AT_LEAST: frozenset[str] = frozenset({"au moins", "au minimum", "pas moins de"})
LESS_THAN: frozenset[str] = frozenset({"moins de", "inférieur à", "en dessous de"})
UP_TO: frozenset[str] = frozenset({"jusqu'à", "jusqu’à", "au maximum", "au plus", "pas plus de"})
NEARLY: frozenset[str] = frozenset({"presque", "quasiment", "pratiquement", "pas loin de", "un peu moins de"})
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("entre", "et"), ("de", "à"), ("", "à"))
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "d'euros": "EUR", "d’euros": "EUR", "dollar": "USD",
    "dollars": "USD", "de dollars": "USD", "usd": "USD", "dollars américains": "USD", "livre sterling": "GBP",
    "livres sterling": "GBP", "livres": "GBP", "de livres": "GBP", "yen": "JPY", "yens": "JPY",
    "francs suisses": "CHF", "franc suisse": "CHF", "yuans": "CNY", "yuan": "CNY", "roubles": "RUB",
    "de $": "USD", "de $ c": "CAD", "de €": "EUR", "d'€": "EUR",
}
CURRENCY_MINOR: dict[str, str] = {"centimes": "EUR", "centime": "EUR", "cents": "EUR"}
PERCENT_WORDS: frozenset[str] = frozenset({"pour cent", "pourcent", "pourcents", "pourcentage", "pour-cent", "%"})
POINT_WORDS: frozenset[str] = frozenset({"points de pourcentage", "point de pourcentage", "points", "point"})
UNIT_WORDS: dict[str, str] = {
    "kilomètres": "kilometer", "kilomètre": "kilometer", "kilometres": "kilometer", "mètres": "meter",
    "mètre": "meter", "centimètres": "centimeter", "millimètres": "millimeter", "milles": "mile",
    "pieds": "foot", "pied": "foot", "pouces": "inch", "pouce": "inch",
    "kilomètres carrés": "square_kilometer", "mètres carrés": "square_meter", "hectares": "hectare",
    "mètres cubes": "cubic_meter", "litres": "liter", "litre": "liter", "millilitres": "milliliter",
    "kilogrammes": "kilogram", "kilogramme": "kilogram", "kilos": "kilogram", "grammes": "gram",
    "tonnes": "metric_ton", "tonne": "metric_ton", "kilomètres par heure": "kilometer / hour",
    "kilomètres à l'heure": "kilometer / hour", "kilomètres-heure": "kilometer / hour",
    "degrés celsius": "degree_Celsius", "degrés fahrenheit": "degree_Fahrenheit", "degrés f": "degree_Fahrenheit",
    "degrés c": "degree_Celsius", "degrés": "degree_Celsius", "degré": "degree_Celsius",
    "celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit", "kelvin": "kelvin",
    "mégawatts": "megawatt", "kilowatts": "kilowatt", "gigawatts": "gigawatt", "kilowattheures": "kilowatt_hour",
    "mégawattheures": "megawatt_hour", "térawattheures": "terawatt_hour", "gigaoctets": "gigabyte",
    "mégaoctets": "megabyte", "téraoctets": "terabyte", "chevaux": "horsepower", "go": "gigabyte", "mo": "megabyte",
}
TIME_UNITS: dict[str, str] = {
    "secondes": "second", "seconde": "second", "minutes": "minute", "minute": "minute", "heures": "hour",
    "heure": "hour", "jours": "day", "jour": "day", "semaines": "week", "semaine": "week", "mois": "month",
    "ans": "year", "an": "year", "années": "year", "année": "year", "décennies": "decade", "siècles": "century",
}
PER_WORDS: frozenset[str] = frozenset({"par", "chaque", "à l'", "à l’", "de l'", "de l’"})
OVER_WORDS: frozenset[str] = frozenset({"en", "dans"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"selon", "d'après", "d’après", "a déclaré", "estime"})
ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des"})
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"article", "art.", "chapitre", "numéro", "n°", "no", "page", "p.", "paragraphe", "alinéa", "version", "étape", "phase", "annexe", "point", "salle", "ligne", "tél.", "téléphone", "niveau", "windows", "iphone", "covid", "classe", "quai", "route"})
CHROME: tuple[str, ...] = ("temps de lecture # min", "temps de lecture : # min", "lecture # min", "# min de lecture", "# commentaires", "partager", "sauvegarder")
ORDINAL_SUFFIXES: tuple[str, ...] = ("ème", "eme", "e", "er", "re", "ère", "è")
ADJECTIVE_SUFFIXES: tuple[str, ...] = ()
NOUN_LINKS: frozenset[str] = frozenset({"de", "d'", "d’"})
SUBJECT_LINKS: frozenset[str] = frozenset({"de", "d'", "d’", "à", "s'élève à", "atteint"})
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
