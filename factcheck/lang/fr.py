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
MULTIPLIERS: dict[str, int] = {"cent": 100, "cents": 100, "douzaine": 12, "douzaines": 12, "dizaine": 10, "dizaines": 10, "vingtaine": 20, "centaine": 100, "centaines": 100, "millier": 1000}
# French billion is 10^12 (long scale); milliard is 10^9.
SCALES: dict[str, int] = {
    "mille": 10**3, "mil": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
    "milliards": 10**9, "billion": 10**12, "billions": 10**12,
}
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 10**3, "m": 10**6, "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9, "mio": 10**6}
NUMBER_CONNECTORS: frozenset[str] = frozenset({"et"})
# The decimal point in words: "twee komma vijf".
DECIMAL_WORDS: frozenset[str] = frozenset({"virgule"})
# A ratio between two numbers: "1 op de 3" is 1/3.
RATIO_WORDS: frozenset[str] = frozenset({"sur"})
ARTICLE_NUMBERS: frozenset[str] = frozenset({"un", "une"})
HALF_WORDS: frozenset[str] = frozenset({"et demi", "et demie"})
# Fractions by their denominator: "drie vijfde" is 3/5, "een kwart" 1/4.
FRACTIONS: dict[str, int] = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "cinquieme": 5, "cinquiemes": 5, "sixième": 6, "sixièmes": 6, "septième": 7, "septièmes": 7, "huitième": 8, "huitièmes": 8, "neuvième": 9, "dixième": 10, "dixièmes": 10, "centième": 100, "centièmes": 100, "centieme": 100, "centiemes": 100, "millième": 1000, "millièmes": 1000}
# Joins a whole number and a fraction: "uno con un medio", "one and a fourth".
FRACTION_JOINERS: frozenset[str] = frozenset({"et"})
VAGUE: dict[str, tuple[int, int]] = {
    "dizaines": (20, 100), "douzaines": (24, 100), "centaines": (200, 1_000), "milliers": (2_000, 10_000),
    "dizaines de milliers": (20_000, 100_000), "centaines de milliers": (200_000, 1_000_000),
    "millions": (2_000_000, 10_000_000), "milliards": (2 * 10**9, 10 * 10**9),
}
APPROXIMATORS: frozenset[str] = frozenset({"environ", "quelque", "autour de", "approximativement", "à peu près", "aux alentours de", "de l'ordre de", "de l’ordre de", "grosso modo", "une estimation de"})
MORE_THAN: frozenset[str] = frozenset({"plus de", "au-delà de", "au delà de", "supérieur à", "dépassant"})
AT_LEAST: frozenset[str] = frozenset({"au moins", "au minimum", "pas moins de"})
LESS_THAN: frozenset[str] = frozenset({"moins de", "inférieur à", "en dessous de"})
UP_TO: frozenset[str] = frozenset({"jusqu'à", "jusqu’à", "au maximum", "au plus", "pas plus de"})
NEARLY: frozenset[str] = frozenset({"près de", "presque", "quasiment", "pratiquement", "pas loin de", "un peu moins de"})
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("entre", "et"), ("de", "à"), ("", "à"))
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD", "dollars américains": "USD", "livre sterling": "GBP",
    "livres sterling": "GBP", "livres": "GBP", "de livres": "GBP", "yen": "JPY", "yens": "JPY",
    "francs suisses": "CHF", "franc suisse": "CHF", "yuans": "CNY", "francs": "CHF", "dollars australiens": "AUD", "dollars canadiens": "CAD", "mark finlandais": "FIM", "marks finlandais": "FIM", "livres sterling britanniques": "GBP", "yuan": "CNY", "roubles": "RUB",
    "de $": "USD", "de $ c": "CAD", "de €": "EUR", "d'€": "EUR",
}
CURRENCY_MINOR: dict[str, str] = {"pence": "GBP", "penny": "GBP", "pennies": "GBP", "centimes": "EUR", "centime": "EUR", "cents": "EUR"}
PERCENT_WORDS: frozenset[str] = frozenset({"pour cent", "pourcent", "pourcents", "pourcentage", "pour-cent", "%"})
POINT_WORDS: frozenset[str] = frozenset({"points de pourcentage", "point de pourcentage", "points", "point"})
UNIT_WORDS: dict[str, str] = {
    "kilomètres": "kilometer", "kilomètre": "kilometer", "kilometres": "kilometer", "mètres": "meter",
    "mètre": "meter", "centimètres": "centimeter", "millimètres": "millimeter", "milles": "mile", "mile": "mile", "miles": "mile",
    "pieds": "foot", "pied": "foot", "pouces": "inch", "pouce": "inch",
    "kilomètres carrés": "kilometer ** 2", "mètres carrés": "meter ** 2", "hectares": "hectare",
    "mètres cubes": "meter ** 3", "litres": "liter", "litre": "liter", "millilitres": "milliliter",
    "kilogrammes": "kilogram", "kilogramme": "kilogram", "kilos": "kilogram", "grammes": "gram",
    "tonnes": "metric_ton", "tonne": "metric_ton", "kilomètres par heure": "kilometer / hour", "barils": "oil_barrel", "onces": "ounce", "acres": "acre", "gallons": "gallon", "microgrammes": "microgram", "milligrammes": "milligram", "miles à l'heure": "mile / hour", "miles a l'heure": "mile / hour", "deg celsius": "degree_Celsius", "deg c": "degree_Celsius", "deg f": "degree_Fahrenheit", "deg fahrenheit": "degree_Fahrenheit", "deg centigrade": "degree_Celsius", "centigrade": "degree_Celsius", "centigrades": "degree_Celsius", "deg.": "degree_Celsius", "deg": "degree_Celsius", "décimètres": "decimeter",
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
    "journée": "day", "journées": "day",
    "ans": "year", "an": "year", "années": "year", "année": "year", "décennies": "decade", "siècles": "century",
}
PER_WORDS: frozenset[str] = frozenset({"par", "chaque", "à l'", "à l’", "de l'", "de l’"})
# After a counted noun these make a rate ("240.000 pasajeros diarios", "500 cases a day").
RATE_AFTER_NOUN: dict[str, str] = {"par jour": "day", "quotidiens": "day", "quotidiennes": "day", "par heure": "hour", "par semaine": "week", "par mois": "month", "par an": "year", "par année": "year", "annuels": "year"}
# Before a number these make it an age in years ("aged 87", "âgé de 87").
AGE_BEFORE: frozenset[str] = frozenset({"âgé de", "âgée de", "âgés de", "âgées de", "à l'âge de", "à l’âge de"})
OVER_WORDS: frozenset[str] = frozenset({"en", "dans"})
# A sign in words: "minus vijf".
NEGATIVE_WORDS: frozenset[str] = frozenset({"moins", "négatif"})
# After "a year" these make a point in time, not a rate ("a year earlier").
AGO_WORDS: frozenset[str] = frozenset({"plus tôt", "auparavant", "plus tard"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"selon", "d'après", "d’après", "a déclaré", "estime"})
ARTICLES: frozenset[str] = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des"})
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"article", "art.", "chapitre", "numéro", "n°", "no", "page", "p.", "paragraphe", "alinéa", "version", "étape", "phase", "annexe", "point", "salle", "ligne", "tél.", "téléphone", "niveau", "windows", "iphone", "covid", "classe", "quai", "route"})
# Times of day, not durations: "om 14 uur", "at 2 pm", "um 14 Uhr", "à 14 h 30".
CLOCK_BEFORE: frozenset[str] = frozenset({"à", "vers", "dès", "jusqu'à", "jusqu’à"})
CLOCK_AFTER: frozenset[str] = frozenset({"h"})
CHROME: tuple[str, ...] = ("temps de lecture # min", "temps de lecture : # min", "lecture # min", "# min de lecture", "# commentaires", "partager", "sauvegarder")
ORDINAL_SUFFIXES: tuple[str, ...] = ("ème", "eme", "e", "er", "re", "ère", "è")
# Whether a number with a dot before a word is an ordinal ("am 3. Januar").
ORDINAL_DOT: bool = False
ADJECTIVE_SUFFIXES: tuple[str, ...] = ()
# Whether nouns are written with a capital (German): the counted noun is the capitalised word.
NOUNS_CAPITALIZED: bool = False
NOUN_LINKS: frozenset[str] = frozenset({"de", "d'", "d’"})
SUBJECT_LINKS: frozenset[str] = frozenset({"de", "d'", "d’", "à", "s'élève à", "atteint"})
# Before a multiplier or scale, "half": "half a dozen", "een half miljoen" (x 0.5).
HALF_BEFORE: frozenset[str] = frozenset({"demi", "un demi", "une demi"})
# Currency words that also name a weight ("7 pounds 4 ounces"), and the words that make them a weight.
WEIGHT_CURRENCY_WORDS: dict[str, str] = {"livre": "pound", "livres": "pound"}
WEIGHT_CONTEXT: frozenset[str] = frozenset({"pèse", "pesait", "pesé", "peser", "poids", "bébé", "once", "onces", "tonne", "tonnes", "métrique", "kilos", "kilogrammes", "kg", "perdre", "perdu", "maigrir"})
# Vague counts before a time unit: "a few hours" is 2 to under 5 hours.
VAGUE_TIME: dict[str, tuple[int, int]] = {"quelques": (2, 5), "plusieurs": (3, 10)}
# Before a time unit these name one whole unit ("toute la journée", "tout le mois").
WHOLE_TIME: frozenset[str] = frozenset({"toute la", "tout le", "toute le", "toute une", "tout un"})
# Before "une heure", "un jour" these make a rate, not a duration ("deux fois par jour").
FREQUENCY_WORDS: frozenset[str] = frozenset({"fois"})
# --- end numbers ---

# --- dates (owned by the dates extractor) ---
# Month and weekday names as news writes them; abbreviations count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
}
DATE_MONTH_ABBR: dict[str, int] = {
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12,
}
DATE_WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
DATE_WEEKDAY_ABBR: dict[str, int] = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
# Meteorological seasons: the month each one starts in.
DATE_SEASONS: dict[str, int] = {"printemps": 3, "été": 6, "automne": 9, "hiver": 12}
DATE_UNITS: dict[str, str] = {
    "week-end": "weekend", "weekend": "weekend",
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "trimestre": "quarter", "trimestres": "quarter", "an": "year", "ans": "year", "année": "year",
    "années": "year", "semestre": "half", "moitié": "half", "décennie": "decade",
}
DATE_DAY_OFFSETS: dict[str, int] = {
    "avant-hier": -2, "hier": -1, "hier soir": -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0,
    "ce soir": 0, "cet après-midi": 0, "demain": 1, "après-demain": 2,
}
# Words before a unit, month, season or weekday that move it: -1 back, 0 the current one, 1 ahead.
DATE_SHIFT_BEFORE: dict[str, int] = {
    "ce": 0, "cet": 0, "cette": 0, "prochain": 1, "prochaine": 1,
}
# After the unit: "la semaine dernière", "l'an prochain".
DATE_SHIFT_AFTER: dict[str, int] = {
    "dernier": -1, "dernière": -1, "derniere": -1, "passé": -1, "passée": -1, "précédent": -1, "précédente": -1,
    "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1, "en cours": 0,
}
# Where within a period: the first or second half, the middle, before or after the publication date.
DATE_PARTS: dict[str, str] = {
    "début": "start", "fin": "end", "mi": "mid", "milieu": "mid",
    "plus tôt": "earlier", "plus tard": "later",
}
DATE_AGO_BEFORE: tuple[str, ...] = ("il y a",)
DATE_AGO_AFTER: tuple[str, ...] = ()
# "dans deux semaines" is a date ahead; "en onze jours" is a duration.
DATE_IN_FUTURE: tuple[str, ...] = ("dans",)
DATE_IN_FUTURE_NEEDS_AUX: bool = False
DATE_SINCE: tuple[str, ...] = ("depuis",)
# Right before a year-less date, these point forward in time.
DATE_FUTURE_MARKERS: tuple[str, ...] = ("prochain", "prochaine", "à partir du", "à partir de", "dès", "jusqu'au", "jusqu'en", "d'ici")
# Anywhere in the sentence, a future auxiliary points forward too.
DATE_FUTURE_AUX: tuple[str, ...] = ("va", "vont", "allons", "sera", "seront", "aura", "auront")
# Endings of future-tense verbs ("estará", "seront"): a sentence with one points forward.
# The third person singular too ("se tiendra", "ouvrira", "restera", "pourra").
DATE_FUTURE_ENDINGS: tuple[str, ...] = ("ront", "rons", "rez", "era", "ira", "dra", "rra")
# A bare four-digit number is a year after one of these words.
DATE_YEAR_PREPS: tuple[str, ...] = (
    "en", "depuis", "de", "dès", "jusqu'en", "avant", "après", "vers", "début", "fin", "mi", "année",
    "entre", "et", "ou", "qu'en",
)
# A numeric day and month without a year ("22/04") is a date only after one of these.
DATE_DAY_PREPS: tuple[str, ...] = ("le", "du", "au", "depuis", "entre", "dès", "jusqu'au")
DATE_RANGE_FROM: tuple[str, ...] = ("du", "de")
DATE_RANGE_TO: tuple[str, ...] = ("jusqu'au", "au", "à", "-", "–", "—")
DATE_BETWEEN: tuple[tuple[str, str], ...] = (("entre le", "et le"), ("entre", "et"))
DATE_ORDINAL_SUFFIXES: tuple[str, ...] = ("er", "re", "e")
# Words that may stand between the parts of a date.
DATE_LINKS: tuple[str, ...] = ()
DATE_DAY_ARTICLES: tuple[str, ...] = ("le",)
# Whether the noun comes before its adjectives ("le chômage partiel"): the subject is then the first word after an article, else the last.
DATE_NOUN_FIRST: bool = True
DATE_ARTICLES: tuple[str, ...] = ("le", "la", "les", "l", "un", "une", "des", "du")
DATE_ORDER: str = "DMY"
DATE_COUNT_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50,
}
# Written as given (lowercase) or at the start of a sentence; otherwise another word.
DATE_LOWER_ONLY: tuple[str, ...] = ()
# Written with a capital, or it is another word.
DATE_CAPITAL_ONLY: tuple[str, ...] = ()
# "les années 1990", "les années 90".
DATE_DECADE_BEFORE: tuple[str, ...] = ("années",)
DATE_DECADE_AFTER: tuple[str, ...] = ()
# Decades in words, with the tens digit: "les années soixante" (the century before publication).
DATE_DECADE_WORDS: dict[str, int] = {
    "années vingt": 2, "années trente": 3, "années quarante": 4, "années cinquante": 5,
    "années soixante": 6, "années soixante-dix": 7, "années quatre-vingt": 8,
    "années quatre-vingt-dix": 9, "années quatre-vingts": 8,
}
DATE_WEEK_NUMBER: tuple[str, ...] = ("semaine",)
# Parts of a day written together with a weekday (none in French: "lundi soir").
DATE_DAY_PARTS: tuple[str, ...] = ()
# "la semaine du 10 avril": the calendar week holding the date.
DATE_WEEK_OF: tuple[str, ...] = ("la semaine du", "semaine du")
# Open ranges: "après 2018" is from 2019 on, "avant 2010" up to 2009.
DATE_BEFORE: tuple[str, ...] = ("avant",)
DATE_AFTER: tuple[str, ...] = ("après",)
# "la dernière semaine de juillet" (with the ordinals of DATE_DAY_WORDS for "la première semaine").
DATE_LAST: tuple[str, ...] = ("dernière", "dernier")
DATE_FIRST: tuple[str, ...] = ("première", "premier")
# "3 days from today": a count of units counted from the publication date.
DATE_FROM_NOW: tuple[str, ...] = ("à partir d'aujourd'hui",)
# "tussen nu en 2030": the publication day as one end of a range (never a date alone).
DATE_NOW: tuple[str, ...] = ("maintenant", "aujourd'hui")
# From the first of January to the publication date.
DATE_YEAR_TO_DATE: tuple[str, ...] = ("depuis le début de l'année", "depuis le début de cette année")
# Fixed-date holidays as (month, day); a year-less one resolves like "in december".
DATE_HOLIDAYS: dict[str, tuple[int, int]] = {"réveillon de noël": (12, 24), "noël": (12, 25), "la saint-sylvestre": (12, 31), "saint-sylvestre": (12, 31), "jour de l'an": (1, 1), "nouvel an": (1, 1), "fête nationale": (7, 14), "saint-valentin": (2, 14), "toussaint": (11, 1)}
# Day numbers written out, cardinal and ordinal (1 to 31): "de tweede van augustus".
DATE_DAY_WORDS: dict[str, int] = {
    "premier": 1, "deux": 2, "deuxième": 2, "trois": 3, "troisième": 3, "quatre": 4, "quatrième": 4, "cinq": 5,
    "cinquième": 5, "six": 6, "sixième": 6, "sept": 7, "septième": 7, "huit": 8, "huitième": 8, "neuf": 9,
    "neuvième": 9, "dix": 10, "dixième": 10, "onze": 11, "onzième": 11, "douze": 12, "douzième": 12, "treize": 13,
    "treizième": 13, "quatorze": 14, "quatorzième": 14, "quinze": 15, "quinzième": 15, "seize": 16, "seizième": 16, "dix-sept": 17,
    "dix-septième": 17, "dix sept": 17, "dix septième": 17, "dix-huit": 18, "dix-huitième": 18, "dix huit": 18, "dix huitième": 18, "dix-neuf": 19,
    "dix-neuvième": 19, "dix neuf": 19, "dix neuvième": 19, "vingt": 20, "vingtième": 20, "vingt et un": 21, "vingt et unième": 21, "vingt-deux": 22,
    "vingt-deuxième": 22, "vingt deux": 22, "vingt deuxième": 22, "vingt-trois": 23, "vingt-troisième": 23, "vingt trois": 23, "vingt troisième": 23, "vingt-quatre": 24,
    "vingt-quatrième": 24, "vingt quatre": 24, "vingt quatrième": 24, "vingt-cinq": 25, "vingt-cinquième": 25, "vingt cinq": 25, "vingt cinquième": 25, "vingt-six": 26,
    "vingt-sixième": 26, "vingt six": 26, "vingt sixième": 26, "vingt-sept": 27, "vingt-septième": 27, "vingt sept": 27, "vingt septième": 27, "vingt-huit": 28,
    "vingt-huitième": 28, "vingt huit": 28, "vingt huitième": 28, "vingt-neuf": 29, "vingt-neuvième": 29, "vingt neuf": 29, "vingt neuvième": 29, "trente": 30,
    "trentième": 30, "trente et un": 31, "trente et unième": 31,
}
# A fronted date without a year followed by a present tense is a scheduled event
# ("Op 14 januari stemt de Kamer"): whether a named subject stands between date and verb, the
# articles of that subject (a regex), present endings, past endings that share them, past forms.
DATE_SCHEDULE_SUBJECT_FIRST: bool = True
DATE_SCHEDULE_ARTICLES: str = r"(?:les?|la|l['’])"
DATE_PRESENT_ENDINGS: tuple[str, ...] = ("e", "t", "ent", "d")
DATE_PAST_ENDINGS: tuple[str, ...] = ("é", "ée", "ait", "aient")
DATE_PAST_FORMS: frozenset[str] = frozenset({"a", "avait", "est", "fut", "ont", "sont", "était"})
# A bare year is a year when the words around it say so ("dat 2025 het warmste jaar was",
# "wurde 1998 gegründet", "the 2008 crisis"): singular verbs after it, a regex of singular past
# forms, singular auxiliaries before it, a regex of participles, the word "year" (a regex),
# "of"-words before it, articles before an attributive year, articles after it with "year".
DATE_YEAR_SINGULAR_VERBS: frozenset[str] = frozenset({"a", "est", "fut", "marque", "restait", "reste", "restera", "sera", "était"})
DATE_YEAR_SINGULAR_ENDING: str = ""
DATE_YEAR_AUX: frozenset[str] = frozenset()
DATE_YEAR_PARTICIPLE: str = ""
DATE_YEAR_WORD: str = r"\bann[ée]es?\b"
DATE_YEAR_LINK: frozenset[str] = frozenset({"de"})
DATE_YEAR_ARTICLES: frozenset[str] = frozenset()
DATE_YEAR_COMPLEMENTS: frozenset[str] = frozenset()
# Words after which a number is an address, a model or a reference ("Hauptstraße 2010").
DATE_NOT_YEAR_AFTER: tuple[str, ...] = ("rue", "avenue", "boulevard", "modèle", "version", "numéro", "no", "type", "tel", "code")
# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("a déclaré X", "X a déclaré", "selon X"), as written after any auxiliary.
SPEECH_VERBS: frozenset[str] = frozenset({"admet", "admis", "affirme", "affirment", "affirmé", "ajoute", "ajouté", "annonce", "annoncent", "annoncé", "appelle", "appelé", "assure", "assurent", "assuré", "assène", "asséné", "averti", "avertit", "avoue", "avoué", "clame", "clamé", "commente", "commenté", "complète", "complété", "conclu", "conclut", "confie", "confié", "crie", "crié", "demande", "demandé", "disent", "dit", "déclare", "déclarent", "déclaré", "dénonce", "dénoncent", "dénoncé", "déplore", "déploré", "détaille", "détaillé", "estime", "estiment", "estimé", "explique", "expliquent", "expliqué", "fait savoir", "fait valoir", "fustige", "fustigé", "glisse", "glissé", "indique", "indiqué", "insiste", "insistent", "insisté", "interroge", "ironise", "ironisé", "juge", "jugé", "lance", "lancé", "martelé", "martèle", "nuance", "nuancé", "observe", "observé", "plaide", "plaidé", "poursuit", "poursuivi", "promet", "promis", "précise", "précisé", "prévenu", "prévient", "qualifie", "qualifié", "raconte", "racontent", "raconté", "rappelle", "rappelé", "reconnaît", "reconnu", "regrette", "regretté", "relevé", "relève", "réagi", "réagit", "répond", "répondu", "résume", "résumé", "rétorque", "rétorqué", "s'alarme", "s'est félicité", "s'est félicitée", "s'inquiète", "s'insurge", "salue", "salué", "souligne", "souligné", "tonne", "tonné", "tranche", "tranché", "tweeté", "témoigne", "écrit"})
# Auxiliaries before a past participle ("a déclaré"; "a-t-il déclaré" carries its pronoun).
SPEECH_AUX: frozenset[str] = frozenset({"a", "ont", "avait", "avaient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles", "a-t-on"})
SPEECH_PREPS: frozenset[str] = frozenset({"selon", "d'après", "d’après", "pour"})
SPEECH_ANAPHORS: frozenset[str] = frozenset({"c'est ce qu'a", "c’est ce qu’a", "ainsi"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"elle", "elles", "eux", "il", "ils", "je", "lui", "nous", "on"})
SPEAKER_TITLES: frozenset[str] = frozenset({"m", "mme", "mlle", "dr", "pr", "président", "présidente", "ministre", "premier", "première", "commissaire", "porte-parole", "maire", "directeur", "directrice", "député", "députée", "sénateur", "sénatrice", "professeur", "chef", "secrétaire", "économiste", "avocat", "avocate", "pape", "roi", "reine", "entraîneur", "patron", "patronne", "responsable", "chercheur", "chercheuse", "dirigeant", "dirigeante", "eurodéputé", "eurodéputée", "général", "ex-ministre", "ancien", "ancienne", "européenne", "européen", "finlandaise", "française", "français", "allemand", "allemande", "d'état"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ()
SPEAKER_ORGS: frozenset[str] = frozenset({"ministère", "gouvernement", "police", "entreprise", "porte-parole", "commission", "tribunal", "parquet", "syndicat", "mairie", "préfecture", "armée", "élysée", "matignon", "groupe", "société", "ambassade", "parti", "communiqué", "autorités", "justice", "hôpital", "université", "club", "responsable", "représentant"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"autre", "l'", "la", "le", "les", "leur", "l’", "sa", "ses", "son", "un", "une"})
NAME_PARTICLES: frozenset[str] = frozenset({"de", "du", "des", "d'", "d’", "le", "la", "von", "van", "der", "di", "da", "del"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"m", "mme", "mlle", "dr", "pr", "st", "ste", "me", "mgr", "etc"})
APOSTROPHE_ELISIONS: frozenset[str] = frozenset()
# Words that may stand between a speech verb and its speaker, or between a speaker and the
# verb ("said on Tuesday the minister", "she also told"): skipped when reading the speaker.
SPEECH_ADVERBS: frozenset[str] = frozenset({"alors", "aujourd'hui", "aussi", "aussitôt", "dimanche", "déjà", "en larmes", "en riant", "en souriant", "encore", "ensuite", "hier", "jeudi", "lundi", "mardi", "matin", "mercredi", "plus tard", "samedi", "sobrement", "soir", "vendredi", "également"})
# Reflexive pronouns before a speech verb ("se quejaba X").
SPEECH_REFLEXIVES: frozenset[str] = frozenset({"se"})
# Whether a speech verb may stand with no subject ("dijo" = he or she said).
SPEECH_PRO_DROP: bool = False
# Words after which a capitalised run is a place or a body, not the person a pronoun
# stands for ("an epidemiologist at Imperial College London").
SPEAKER_NOT_AFTER: frozenset[str] = frozenset({"au", "aux", "avec", "chez", "contre", "dans", "de", "des", "du", "en", "par", "pour", "sur", "à"})
# Gender cues (pronouns, titles, kin and role words): a pronoun takes the last person
# whose cues do not contradict it.
SPEAKER_FEMALE: frozenset[str] = frozenset({"avocate", "chercheuse", "directrice", "dirigeante", "députée", "elle", "eurodéputée", "femme", "fille", "grand-mère", "habitante", "joueuse", "la", "madame", "ministre-présidente", "mlle", "mme", "mère", "nièce", "patronne", "présidente", "reine", "skieuse", "sénatrice", "sœur", "tante", "une", "veuve", "voisine", "épouse"})
SPEAKER_MALE: frozenset[str] = frozenset({"fils", "frère", "grand-père", "habitant", "il", "joueur", "le", "lui", "m", "mari", "monsieur", "neveu", "oncle", "père", "roi", "skieur", "un", "veuf", "voisin", "époux"})
# Pronouns that stand for a group.
SPEAKER_PLURAL: frozenset[str] = frozenset({"elles", "eux", "ils", "nous"})
# Whether a line opening with a dash is dialogue ("—Fue horrible —relata X—.").
DIALOGUE_DASH: bool = True
# Endings of a plural speech verb ("aseguran": they say), for a verb with no subject.
SPEECH_PLURAL_ENDINGS: tuple[str, ...] = ("ent",)
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    {"a", "après", "au", "aussi", "aux", "avaient", "avait", "avant", "avec", "ce", "ces", "cet", "cette", "comme", "d", "dans", "de", "des", "doit", "doivent", "du", "elle", "elles", "en", "est", "et", "fait", "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs", "lors", "mais", "ne", "nos", "notre", "nous", "on", "ont", "ou", "où", "par", "pas", "pendant", "peut", "peuvent", "plus", "pour", "qu", "quand", "que", "qui", "quoi", "s", "sa", "se", "selon", "sera", "serait", "seront", "ses", "son", "sont", "sous", "sur", "très", "un", "une", "vous", "y", "à", "étaient", "était", "été", "être"}
)
# Words that join a part to its whole ("120 van de 400 banen", "120 of the 400 jobs").
PART_OF: frozenset[str] = frozenset({"des", "sur"})
# --- end shared ---
