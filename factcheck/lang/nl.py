"""Language data for 'nl': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---
# Locale separators: "23.000" is 23,000 and "1,5" is 1.5.
DECIMAL_SEP: str = ","
GROUP_SEPS: str = " .\u202f\u2009\u00a0"
# Number words and the pieces compounds are made of ("drie" + "ën" + "twintig").
NUMBER_WORDS: dict[str, float] = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20,
    "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90, "anderhalf": 1.5, "anderhalve": 1.5, "driekwart": 0.75, "ënhalf": 0.5, "enhalf": 0.5, "ënhalve": 0.5, "enhalve": 0.5,
}
# Words that multiply what precedes them within a group ("vijfhonderd", "3 dozijn").
# Tens that take a teen after them (French "soixante-dix", "quatre-vingt-dix").
TEEN_TENS: frozenset[int] = frozenset()
MULTIPLIERS: dict[str, int] = {"honderd": 100, "dozijn": 12}
SCALES: dict[str, int] = {"duizend": 10**3, "miljoen": 10**6, "miljard": 10**9, "biljoen": 10**12}
SCALE_ABBREVIATIONS: dict[str, int] = {"mln": 10**6, "mio": 10**6, "mld": 10**9, "mrd": 10**9, "k": 10**3, "b": 10**9}
# Joins number words: "drieëntwintig", "tweeduizend en vijftig".
NUMBER_CONNECTORS: frozenset[str] = frozenset({"en", "ën"})
# The decimal point in words: "twee komma vijf".
DECIMAL_WORDS: frozenset[str] = frozenset({"komma"})
# Words that read as an article on their own ("een boete"), as a number only inside a number.
# A ratio between two numbers: "1 op de 3" is 1/3.
RATIO_WORDS: frozenset[str] = frozenset({"op de", "uit", "van de"})
ARTICLE_NUMBERS: frozenset[str] = frozenset({"een"})
# Adds a half of the last unit: "twee en een half miljoen".
HALF_WORDS: frozenset[str] = frozenset({"en een half", "en een halve"})
# Fractions by their denominator: "drie vijfde" is 3/5, "een kwart" 1/4.
FRACTIONS: dict[str, int] = {"half": 2, "halve": 2, "derde": 3, "derden": 3, "kwart": 4, "vierde": 4, "vierden": 4, "vijfde": 5, "vijfden": 5, "zesde": 6, "zesden": 6, "zevende": 7, "zevenden": 7, "achtste": 8, "achtsten": 8, "negende": 9, "negenden": 9, "tiende": 10, "tienden": 10, "honderdste": 100, "honderdsten": 100, "duizendste": 1000}
# Vague quantities: documented ranges (DESIGN.md "Rules decided").
# Joins a whole number and a fraction: "uno con un medio", "one and a fourth".
FRACTION_JOINERS: frozenset[str] = frozenset({"en"})
VAGUE: dict[str, tuple[int, int]] = {
    "tientallen": (20, 100), "dozijnen": (24, 100), "honderden": (200, 1_000), "duizenden": (2_000, 10_000),
    "tienduizenden": (20_000, 100_000), "honderdduizenden": (200_000, 1_000_000),
    "miljoenen": (2_000_000, 10_000_000), "miljarden": (2 * 10**9, 10 * 10**9),
}
APPROXIMATORS: frozenset[str] = frozenset({"ongeveer", "zo'n", "zo’n", "circa", "ca.", "rond de", "rond", "om en nabij", "naar schatting", "pakweg", "bijna zo'n", "ruwweg", "grofweg"})
MORE_THAN: frozenset[str] = frozenset({"meer dan", "ruim", "ruim meer dan", "boven de", "over de", "dik"})
AT_LEAST: frozenset[str] = frozenset({"zeker", "minstens", "minimaal", "ten minste", "tenminste", "op zijn minst"})
LESS_THAN: frozenset[str] = frozenset({"minder dan", "onder de", "nog geen"})
UP_TO: frozenset[str] = frozenset({"tot", "maximaal", "hooguit", "tot wel", "tot maar liefst", "ten hoogste", "op zijn hoogst"})
NEARLY: frozenset[str] = frozenset({"bijna", "vrijwel", "nagenoeg", "ruim minder dan", "krap"})
# Ranges: an opener before the first number and the word between both numbers.
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("tussen", "en"), ("tussen de", "en"), ("van", "tot"), ("", "tot"), ("", "à"))
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "euro's": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "amerikaanse dollar": "USD",
    "pond": "GBP", "pond sterling": "GBP", "britse pond": "GBP", "yen": "JPY", "zwitserse frank": "CHF",
    "frank": "CHF", "yuan": "CNY", "roebel": "RUB", "gulden": "NLG", "markka": "FIM", "finse mark": "FIM", "kroon": "SEK", "kronen": "SEK",
}
CURRENCY_MINOR: dict[str, str] = {"cent": "EUR", "eurocent": "EUR", "dollarcent": "USD", "penni": "FIM"}
PERCENT_WORDS: frozenset[str] = frozenset({"procent", "percent", "pct", "pct.", "%"})
POINT_WORDS: frozenset[str] = frozenset({"procentpunt", "procentpunten", "%-punt", "%-punten", "basispunten"})
UNIT_WORDS: dict[str, str] = {
    "kilometer": "kilometer", "kilometers": "kilometer", "meter": "meter", "centimeter": "centimeter",
    "millimeter": "millimeter", "mijl": "mile", "voet": "foot", "inch": "inch", "duim": "inch",
    "vierkante meter": "meter ** 2", "vierkante kilometer": "kilometer ** 2", "hectare": "hectare",
    "kubieke meter": "meter ** 3", "liter": "liter", "milliliter": "milliliter", "gallon": "gallon",
    "kilo": "kilogram", "kilogram": "kilogram", "gram": "gram", "milligram": "milligram",
    "ton": "metric_ton", "tonnen": "metric_ton", "metrische ton": "metric_ton", "vaten": "oil_barrel", "vat": "oil_barrel", "kuub": "meter ** 3", "kubieke voet": "foot ** 3", "lichtjaar": "light_year", "lichtjaren": "light_year", "theelepel": "teaspoon", "theelepels": "teaspoon", "eetlepel": "tablespoon", "eetlepels": "tablespoon", "kilometer per uur": "kilometer / hour",
    "graden celsius": "degree_Celsius", "graden fahrenheit": "degree_Fahrenheit", "graden f": "degree_Fahrenheit",
    "graden c": "degree_Celsius", "graden": "degree_Celsius", "celsius": "degree_Celsius",
    "fahrenheit": "degree_Fahrenheit", "kelvin": "kelvin", "megawatt": "megawatt", "kilowatt": "kilowatt",
    "gigawatt": "gigawatt", "kilowattuur": "kilowatt_hour", "megawattuur": "megawatt_hour",
    "terawattuur": "terawatt_hour", "joule": "joule", "calorieën": "calorie", "gigabyte": "gigabyte",
    "megabyte": "megabyte", "terabyte": "terabyte", "paardenkracht": "horsepower", "slagen": "turn", "bit": "bit", "bits": "bit", "byte": "byte", "bytes": "byte",
}
TIME_UNITS: dict[str, str] = {
    "seconde": "second", "seconden": "second", "minuut": "minute", "minuten": "minute", "uur": "hour",
    "uren": "hour", "dag": "day", "dagen": "day", "week": "week", "weken": "week", "maand": "month",
    "maanden": "month", "jaar": "year", "jaren": "year", "jarige": "year", "eeuw": "century", "eeuwen": "century",
}
# "per uur", "€80 per maand"; a time unit after these words makes a rate.
PER_WORDS: frozenset[str] = frozenset({"per", "elke", "iedere"})
# After a counted noun these make a rate ("240.000 pasajeros diarios", "500 cases a day").
RATE_AFTER_NOUN: dict[str, str] = {"per dag": "day", "per uur": "hour", "per week": "week", "per maand": "month", "per jaar": "year", "dagelijks": "day", "wekelijks": "week", "maandelijks": "month", "jaarlijks": "year"}
# Before a number these make it an age in years ("aged 87", "âgé de 87").
AGE_BEFORE: frozenset[str] = frozenset({"leeftijd van", "op een leeftijd van"})
# A count "in 11 dagen" or "binnen 11 dagen" is a count over a duration.
OVER_WORDS: frozenset[str] = frozenset({"in", "binnen"})
# A sign in words: "minus vijf".
NEGATIVE_WORDS: frozenset[str] = frozenset({"min", "minus", "negatief"})
# After "a year" these make a point in time, not a rate ("a year earlier").
AGO_WORDS: frozenset[str] = frozenset({"geleden", "eerder", "later", "daarvoor"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"volgens", "aldus"})
ARTICLES: frozenset[str] = frozenset({"de", "het", "een", "'t"})
# A number right after these words is a label, not a claim ("artikel 5", "hoofdstuk 3").
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"artikel", "art.", "hoofdstuk", "nummer", "nr.", "nr", "pagina", "blz.", "paragraaf", "versie", "lid", "stap", "fase", "bijlage", "punt", "kamer", "bus", "lijn", "postbus", "tel.", "telefoon", "code", "niveau", "windows", "iphone", "groep", "klas", "route", "covid"})
# Times of day, not durations: "om 14 uur", "at 2 pm", "um 14 Uhr", "à 14 h 30".
CLOCK_BEFORE: frozenset[str] = frozenset({"om", "rond", "tot", "vanaf", "tegen"})
CLOCK_AFTER: frozenset[str] = frozenset({"u", "uur ’s ochtends", "uur 's avonds"})
# Page chrome; "#" stands for a number.
CHROME: tuple[str, ...] = ("leestijd # minuten", "leestijd # minuut", "# keer bekeken", "# reacties", "# reactie", "bewaren", "delen", "# min leestijd")
ORDINAL_SUFFIXES: tuple[str, ...] = ("ste", "de", "e")
# Whether a number with a dot before a word is an ordinal ("am 3. Januar").
ORDINAL_DOT: bool = False
# Inflected adjectives before a counted noun ("drie miljoen geseksualiseerde afbeeldingen").
ADJECTIVE_SUFFIXES: tuple[str, ...] = ("e",)
# Whether nouns are written with a capital (German): the counted noun is the capitalised word.
NOUNS_CAPITALIZED: bool = False
# Links a vague quantity or a scale to its noun ("duizenden van", fr "milliers de").
NOUN_LINKS: frozenset[str] = frozenset({"aan"})
# Links a measured thing to its amount ("een boete van 120 miljoen euro").
SUBJECT_LINKS: frozenset[str] = frozenset({"van", "op", "bedraagt", "bedroeg", "is", "was"})
# Before a multiplier or scale, "half": "half a dozen", "een half miljoen" (x 0.5).
HALF_BEFORE: frozenset[str] = frozenset({"half", "halve", "een half", "een halve"})
# Currency words that also name a weight ("7 pounds 4 ounces"), and the words that make them a weight.
WEIGHT_CURRENCY_WORDS: dict[str, str] = {}
WEIGHT_CONTEXT: frozenset[str] = frozenset()
# Vague counts before a time unit: "a few hours" is 2 to under 5 hours.
VAGUE_TIME: dict[str, tuple[int, int]] = {"een paar": (2, 5), "enkele": (2, 10), "een aantal": (2, 10), "meerdere": (3, 10), "verscheidene": (3, 10)}
# Before a time unit these name one whole unit ("de hele week").
WHOLE_TIME: frozenset[str] = frozenset({"hele", "heel", "de hele", "het hele", "een hele", "een volle", "de volle", "een heel"})
# Before "een dag", "een uur" these make a rate, not a duration ("twee keer per week", "drie maal een dag").
FREQUENCY_WORDS: frozenset[str] = frozenset({"keer", "maal", "eenmaal", "tweemaal"})
# --- end numbers ---

# --- dates (owned by the dates extractor) ---
# Month and weekday names as news writes them; abbreviations count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
DATE_MONTH_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}
DATE_WEEKDAYS: dict[str, int] = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
}
# Two- and three-letter forms ("di", "zat") are ordinary words too: only after "op" or before a day.
DATE_WEEKDAY_ABBR: dict[str, int] = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zat": 5, "zo": 6}
# Meteorological seasons: the month each one starts in.
DATE_SEASONS: dict[str, int] = {"lente": 3, "voorjaar": 3, "zomer": 6, "herfst": 9, "najaar": 9, "winter": 12}
DATE_UNITS: dict[str, str] = {
    "weekend": "weekend",
    "dag": "day", "dagen": "day", "week": "week", "weken": "week", "maand": "month", "maanden": "month",
    "kwartaal": "quarter", "kwartalen": "quarter", "jaar": "year", "jaren": "year", "helft": "half",
    "decennium": "decade",
}
DATE_DAY_OFFSETS: dict[str, int] = {
    "eergisteren": -2, "gisteren": -1, "gisteravond": -1, "gisterenavond": -1, "gisterochtend": -1,
    "gisterenochtend": -1, "gistermiddag": -1, "gisterenmiddag": -1, "gisternacht": -1, "gisterennacht": -1,
    "vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0, "deze ochtend": 0,
    "deze middag": 0, "deze avond": 0,
    "morgen": 1, "morgenochtend": 1, "morgenmiddag": 1, "morgenavond": 1, "morgennacht": 1, "overmorgen": 2,
}
# Words before a unit, month, season or weekday that move it: -1 back, 0 the current one, 1 ahead.
DATE_SHIFT_BEFORE: dict[str, int] = {
    "vorige": -1, "vorig": -1, "afgelopen": -1, "verleden": -1, "deze": 0, "dit": 0, "huidige": 0,
    "volgende": 1, "volgend": 1, "komende": 1, "aanstaande": 1,
}
DATE_SHIFT_AFTER: dict[str, int] = {}
# Where within a period: the first or second half, the middle, before or after the publication date.
DATE_PARTS: dict[str, str] = {
    "begin": "start", "eind": "end", "einde": "end", "midden": "mid", "medio": "mid", "half": "mid",
    "halverwege": "mid",
    "eerder": "earlier", "later": "later",
}
DATE_AGO_BEFORE: tuple[str, ...] = ()
DATE_AGO_AFTER: tuple[str, ...] = ("geleden",)
# "over twee weken" is a date ahead; "in 11 dagen tijd" is a duration and never a date.
DATE_IN_FUTURE: tuple[str, ...] = ("over",)
DATE_IN_FUTURE_NEEDS_AUX: bool = False
DATE_SINCE: tuple[str, ...] = ("sinds", "sedert")
# Right before a year-less date, these point forward in time.
DATE_FUTURE_MARKERS: tuple[str, ...] = ("vanaf", "komende", "aanstaande", "volgende", "tot", "uiterlijk", "per")
# Anywhere in the sentence, a future auxiliary points forward too.
DATE_FUTURE_AUX: tuple[str, ...] = ("zal", "zullen", "zult")
# Endings of future-tense verbs ("estará", "seront"): a sentence with one points forward.
DATE_FUTURE_ENDINGS: tuple[str, ...] = ()
# A bare four-digit number is a year after one of these words.
DATE_YEAR_PREPS: tuple[str, ...] = (
    "in", "sinds", "sedert", "van", "vanaf", "tot", "uit", "na", "voor", "rond", "medio", "begin", "eind",
    "jaar", "eind", "per", "t/m", "tussen", "en", "of", "dan", "over",
)
# A numeric day and month without a year ("22/04") is a date only after one of these.
DATE_DAY_PREPS: tuple[str, ...] = ("op", "van", "vanaf", "tot", "t/m", "per", "sinds", "tussen", "uiterlijk")
DATE_RANGE_FROM: tuple[str, ...] = ("van", "vanaf")
DATE_RANGE_TO: tuple[str, ...] = ("tot en met", "t/m", "tot", "-", "–", "—")
DATE_BETWEEN: tuple[tuple[str, str], ...] = (("tussen", "en"),)
DATE_ORDINAL_SUFFIXES: tuple[str, ...] = ("ste", "de", "e")
# Words that may stand between the parts of a date: "de tweede van augustus".
DATE_LINKS: tuple[str, ...] = ("van",)
DATE_DAY_ARTICLES: tuple[str, ...] = ("de",)
# Whether the noun comes before its adjectives ("le chômage partiel"): the subject is then the first word after an article, else the last.
DATE_NOUN_FIRST: bool = False
DATE_ARTICLES: tuple[str, ...] = ("de", "het", "een")
DATE_ORDER: str = "DMY"
DATE_COUNT_WORDS: dict[str, int] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
}
# Written as given (lowercase) or at the start of a sentence; otherwise another word.
DATE_LOWER_ONLY: tuple[str, ...] = ()
# Written with a capital, or it is another word ("may" the verb).
DATE_CAPITAL_ONLY: tuple[str, ...] = ()
# "de jaren '90", "de jaren negentig" ("jaren" then a decade).
DATE_DECADE_BEFORE: tuple[str, ...] = ("jaren",)
DATE_DECADE_AFTER: tuple[str, ...] = ()
# Decades in words, with the tens digit: "de jaren zestig" (the century before publication).
DATE_DECADE_WORDS: dict[str, int] = {
    "jaren twintig": 2, "jaren dertig": 3, "jaren veertig": 4, "jaren vijftig": 5, "jaren zestig": 6,
    "jaren zeventig": 7, "jaren tachtig": 8, "jaren negentig": 9,
}
DATE_WEEK_NUMBER: tuple[str, ...] = ("week", "weeknummer")
# Parts of a day written together with a weekday: "maandagmiddag".
DATE_DAY_PARTS: tuple[str, ...] = ("ochtend", "morgen", "middag", "avond", "nacht")
# "de week van 10 april": the calendar week holding the date.
DATE_WEEK_OF: tuple[str, ...] = ("de week van", "week van")
# Open ranges: "na 2018" is from 2019 on. Plain "voor" is left out: "het plan voor 2025" means "for".
DATE_BEFORE: tuple[str, ...] = ("vóór", "voordat", "niet later dan", "uiterlijk op")
DATE_AFTER: tuple[str, ...] = ("na", "later dan", "na afloop van")
# "de laatste week van juli" (with the ordinals of DATE_DAY_WORDS for "de eerste week").
DATE_LAST: tuple[str, ...] = ("laatste",)
DATE_FIRST: tuple[str, ...] = ("eerste",)
# "3 days from today": a count of units counted from the publication date.
DATE_FROM_NOW: tuple[str, ...] = ("vanaf vandaag", "vanaf nu")
# "tussen nu en 2030": the publication day as one end of a range (never a date alone).
DATE_NOW: tuple[str, ...] = ("nu", "heden", "vandaag")
# From the first of January to the publication date.
DATE_YEAR_TO_DATE: tuple[str, ...] = ("jaar tot op heden", "dit jaar tot nu toe", "tot nu toe dit jaar")
# Fixed-date holidays as (month, day); a year-less one resolves like "in december".
DATE_HOLIDAYS: dict[str, tuple[int, int]] = {"kerstavond": (12, 24), "kerstmis": (12, 25), "kerst": (12, 25), "eerste kerstdag": (12, 25), "tweede kerstdag": (12, 26), "oudejaarsavond": (12, 31), "oudjaar": (12, 31), "oud en nieuw": (12, 31), "nieuwjaarsdag": (1, 1), "koningsdag": (4, 27), "bevrijdingsdag": (5, 5), "dodenherdenking": (5, 4), "sinterklaas": (12, 5), "valentijnsdag": (2, 14)}
# Day numbers written out, cardinal and ordinal (1 to 31): "de tweede van augustus".
DATE_DAY_WORDS: dict[str, int] = {
    "eerste": 1, "twee": 2, "tweede": 2, "drie": 3, "derde": 3, "vier": 4, "vierde": 4, "vijf": 5,
    "vijfde": 5, "zes": 6, "zesde": 6, "zeven": 7, "zevende": 7, "acht": 8, "achtste": 8, "negen": 9,
    "negende": 9, "tien": 10, "tiende": 10, "elf": 11, "elfde": 11, "twaalf": 12, "twaalfde": 12, "dertien": 13,
    "dertiende": 13, "veertien": 14, "veertiende": 14, "vijftien": 15, "vijftiende": 15, "zestien": 16, "zestiende": 16, "zeventien": 17,
    "zeventiende": 17, "achttien": 18, "achttiende": 18, "negentien": 19, "negentiende": 19, "twintig": 20, "twintigste": 20, "eenentwintig": 21,
    "eenentwintigste": 21, "tweeëntwintig": 22, "tweeëntwintigste": 22, "drieëntwintig": 23, "drieëntwintigste": 23, "vierentwintig": 24, "vierentwintigste": 24, "vijfentwintig": 25,
    "vijfentwintigste": 25, "zesentwintig": 26, "zesentwintigste": 26, "zevenentwintig": 27, "zevenentwintigste": 27, "achtentwintig": 28, "achtentwintigste": 28, "negenentwintig": 29,
    "negenentwintigste": 29, "dertig": 30, "dertigste": 30, "eenendertig": 31, "eenendertigste": 31,
}
# A fronted date without a year followed by a present tense is a scheduled event
# ("Op 14 januari stemt de Kamer"): whether a named subject stands between date and verb, the
# articles of that subject (a regex), present endings, past endings that share them, past forms.
DATE_SCHEDULE_SUBJECT_FIRST: bool = False
DATE_SCHEDULE_ARTICLES: str = ""
DATE_PRESENT_ENDINGS: tuple[str, ...] = ("t",)
DATE_PAST_ENDINGS: tuple[str, ...] = ()
DATE_PAST_FORMS: frozenset[str] = frozenset({"at", "bracht", "dacht", "heeft", "is", "kocht", "liet", "mocht", "moest", "schoot", "sloot", "vergat", "vocht", "wist", "zat", "zocht"})
# A bare year is a year when the words around it say so ("dat 2025 het warmste jaar was",
# "wurde 1998 gegründet", "the 2008 crisis"): singular verbs after it, a regex of singular past
# forms, singular auxiliaries before it, a regex of participles, the word "year" (a regex),
# "of"-words before it, articles before an attributive year, articles after it with "year".
DATE_YEAR_SINGULAR_VERBS: frozenset[str] = frozenset({"blijft", "bracht", "heeft", "is", "was", "werd", "wordt"})
DATE_YEAR_SINGULAR_ENDING: str = r"[^\W\d_]{2,}[^\W\daeiouy_]te"
DATE_YEAR_AUX: frozenset[str] = frozenset({"is", "was", "werd", "wordt"})
DATE_YEAR_PARTICIPLE: str = r"(?:[^\W\d_]{0,12}ge[^\W\d_]{2,20}[dt]|opgericht)"
DATE_YEAR_WORD: str = r"jaar"
DATE_YEAR_LINK: frozenset[str] = frozenset({"van"})
DATE_YEAR_ARTICLES: frozenset[str] = frozenset()
DATE_YEAR_COMPLEMENTS: frozenset[str] = frozenset({"de", "een", "het"})
# Words after which a number is an address, a model or a reference ("Hauptstraße 2010").
DATE_NOT_YEAR_AFTER: tuple[str, ...] = ("laan", "straat", "plein", "gracht", "kade", "weg", "versie", "nummer", "nr", "type", "model", "tel")
# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("zei X", "X zei", "stelt X", "schrijft X"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"aldus", "aldus ook", "antwoordde", "antwoordt", "beaamde", "beaamt", "beloofde", "belooft", "benadrukken", "benadrukt", "benadrukte", "betoogde", "betoogt", "bevestigde", "bevestigt", "concludeerde", "concludeert", "concluderen", "denkt", "eist", "eiste", "erkende", "erkenden", "erkent", "gaf toe", "geeft toe", "herhaalde", "herhaalt", "jubelde", "juicht", "klaagde", "klaagt", "laat", "laat weten", "laten weten", "legde uit", "legt uit", "liet", "liet weten", "lieten weten", "meende", "meent", "meldde", "meldt", "merkt op", "merkte op", "noemde", "noemden", "noemen", "noemt", "oordeelde", "oordeelt", "opperde", "oppert", "pleit", "pleitte", "reageerde", "reageert", "reageren", "riep", "riepen", "roept", "scandeerde", "scandeerden", "schreef", "schrijft", "schrijven", "sprak", "spreekt", "stelde", "stellen", "stelt", "stelt vast", "tweette", "twitterde", "verklaarde", "verklaarden", "verklaart", "verklaren", "vertelde", "vertelden", "vertellen", "vertelt", "verzucht", "verzuchtte", "vinden", "vindt", "voegde toe", "voegt toe", "vond", "vonden", "vulde aan", "vult aan", "waarschuwde", "waarschuwen", "waarschuwt", "wees erop", "wijst erop", "zeggen", "zegt", "zegt ook", "zei", "zeiden", "zo zegt", "zucht"})
SPEECH_AUX: frozenset[str] = frozenset({"heeft", "had"})
# Prepositions that name the speaker after them ("volgens X", "aldus X").
SPEECH_PREPS: frozenset[str] = frozenset({"volgens", "aldus"})
# Words opening a sentence that points back at the quote ("Dat zei X").
SPEECH_ANAPHORS: frozenset[str] = frozenset({"dat", "dit", "zo"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"hem", "hen", "hij", "ik", "we", "wij", "ze", "zij"})
# Titles and roles in front of a name; dropped from the speaker's name.
SPEAKER_TITLES: frozenset[str] = frozenset({"dhr", "mevrouw", "meneer", "mr", "dr", "prof", "professor", "minister", "premier", "president", "eurocommissaris", "commissaris", "burgemeester", "woordvoerder", "woordvoerster", "voorzitter", "directeur", "hoogleraar", "staatssecretaris", "europarlementariër", "parlementslid", "kamerlid", "fractievoorzitter", "topman", "topvrouw", "ceo", "onderzoeker", "advocaat", "officier", "koning", "koningin", "paus", "trainer", "journalist", "journaliste", "wethouder", "gedeputeerde", "oud-premier", "oud-minister", "partijleider", "lijsttrekker", "europees", "europese", "finse", "duitse", "franse", "belgische", "nederlandse", "amerikaanse", "britse", "spaanse", "italiaanse", "poolse", "russische", "oekraïense", "chinese", "vvd'er", "demissionair", "demissionaire", "oud"})
# Compound roles end in one of these ("Parlementslid", "Eurocommissaris", "VVD-Kamerlid").
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ("minister", "commissaris", "voorzitter", "woordvoerder", "kamerlid", "parlementslid", "leider", "voorman", "directeur")
# Organisations and unnamed speakers that can say something ("het ministerie laat weten").
SPEAKER_ORGS: frozenset[str] = frozenset({"ministerie", "regering", "kabinet", "politie", "bedrijf", "woordvoerder", "woordvoerster", "commissie", "rechtbank", "gemeente", "leger", "justitie", "vakbond", "partij", "organisatie", "onderzoekers", "ambassade", "provincie", "inspectie", "rechter", "krant", "omroep", "club", "ziekenhuis", "universiteit", "brandweer"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"de", "een", "haar", "het", "hun", "zijn"})
NAME_PARTICLES: frozenset[str] = frozenset({"van", "von", "der", "den", "de", "del", "di", "da", "du", "des", "la", "le", "ten", "ter", "'t", "in", "het"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"dhr", "mr", "mevr", "dr", "drs", "ir", "prof", "ing", "st", "jr", "nr"})
# Dutch elisions open with an apostrophe ("'s avonds", "'t", "'n"); never a quote mark.
APOSTROPHE_ELISIONS: frozenset[str] = frozenset({"s", "t", "n", "k", "m", "ns", "r"})
# Words that may stand between a speech verb and its speaker, or between a speaker and the
# verb ("said on Tuesday the minister", "she also told"): skipped when reading the speaker.
SPEECH_ADVERBS: frozenset[str] = frozenset({"bovendien", "daarna", "dinsdag", "donderdag", "eerder", "eveneens", "gisteren", "later", "maandag", "nog", "ook", "op", "toen", "vanavond", "vandaag", "vanochtend", "vrijdag", "woensdag", "zaterdag", "zaterdagavond", "zondag"})
# Reflexive pronouns before a speech verb ("se quejaba X").
SPEECH_REFLEXIVES: frozenset[str] = frozenset()
# Whether a speech verb may stand with no subject ("dijo" = he or she said).
SPEECH_PRO_DROP: bool = False
# Words after which a capitalised run is a place or a body, not the person a pronoun
# stands for ("an epidemiologist at Imperial College London").
SPEAKER_NOT_AFTER: frozenset[str] = frozenset({"aan", "bij", "door", "in", "met", "naar", "op", "tegen", "uit", "van", "voor"})
# Gender cues (pronouns, titles, kin and role words): a pronoun takes the last person
# whose cues do not contradict it.
SPEAKER_FEMALE: frozenset[str] = frozenset({"buurvrouw", "dochter", "echtgenote", "grootmoeder", "journaliste", "koningin", "mevr", "mevrouw", "moeder", "nicht", "oma", "tante", "topvrouw", "vriendin", "vrouw", "weduwe", "woordvoerster", "zij", "zus", "zuster"})
SPEAKER_MALE: frozenset[str] = frozenset({"broer", "buurman", "dhr", "echtgenoot", "grootvader", "hem", "hij", "koning", "man", "meneer", "neef", "oom", "opa", "topman", "vader", "vriend", "weduwnaar", "woordvoerder", "zoon"})
# Pronouns that stand for a group.
SPEAKER_PLURAL: frozenset[str] = frozenset({"hen", "we", "wij"})
# Whether a line opening with a dash is dialogue ("—Fue horrible —relata X—.").
DIALOGUE_DASH: bool = False
# Endings of a plural speech verb ("aseguran": they say), for a verb with no subject.
SPEECH_PLURAL_ENDINGS: tuple[str, ...] = ("en",)
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    {"aan", "al", "als", "bij", "daar", "daarbij", "daarmee", "dan", "dat", "de", "deed", "deze", "die", "dit", "doet", "door", "dus", "een", "en", "er", "geen", "geweest", "haar", "had", "hadden", "hebben", "heeft", "het", "hier", "hij", "hun", "ik", "in", "is", "je", "jij", "jullie", "kan", "kunnen", "maar", "mag", "meer", "meest", "met", "moet", "moeten", "na", "naar", "niet", "nog", "of", "om", "omdat", "onder", "ons", "onze", "ook", "op", "over", "te", "tegen", "terwijl", "tot", "uit", "van", "voor", "waar", "wanneer", "want", "waren", "was", "wat", "we", "wel", "werd", "wie", "wij", "worden", "wordt", "zal", "ze", "zeer", "zich", "zij", "zijn", "zo", "zou", "zouden", "zullen"}
)
# Words that join a part to its whole ("120 van de 400 banen", "120 of the 400 jobs").
PART_OF: frozenset[str] = frozenset({"van"})
# --- end shared ---
