"""Language data for 'de': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---
# Locale separators: "23.000" is 23,000 and "1,5" is 1.5; Swiss "1'000" is 1,000.
DECIMAL_SEP: str = ","
GROUP_SEPS: str = " .'’\u202f\u2009\u00a0"
NUMBER_WORDS: dict[str, float] = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "fuenf": 5, "zwoelf": 12, "fuenfzehn": 15, "fuenfzig": 50, "dreissig": 30, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "einhalb": 0.5,
    "anderthalb": 1.5, "eineinhalb": 1.5,
}
# Tens that take a teen after them (French "soixante-dix", "quatre-vingt-dix").
TEEN_TENS: frozenset[int] = frozenset()
MULTIPLIERS: dict[str, int] = {"hundert": 100, "dutzend": 12}
# German Billion is 10^12 (long scale); Milliarde is 10^9.
SCALES: dict[str, int] = {
    "tausend": 10**3, "million": 10**6, "millionen": 10**6, "milliarde": 10**9, "milliarden": 10**9,
    "billion": 10**12, "billionen": 10**12,
}
SCALE_ABBREVIATIONS: dict[str, int] = {"tsd": 10**3, "tsd.": 10**3, "mio": 10**6, "mio.": 10**6, "mrd": 10**9, "mrd.": 10**9, "bio": 10**12, "bio.": 10**12}
NUMBER_CONNECTORS: frozenset[str] = frozenset({"und"})
# The decimal point in words: "twee komma vijf".
DECIMAL_WORDS: frozenset[str] = frozenset({"komma"})
# A ratio between two numbers: "1 op de 3" is 1/3.
RATIO_WORDS: frozenset[str] = frozenset({"von", "aus"})
ARTICLE_NUMBERS: frozenset[str] = frozenset({"ein", "eine", "einen", "einem", "einer"})
HALF_WORDS: frozenset[str] = frozenset({"und ein halb", "einhalb"})
# Fractions by their denominator: "drie vijfde" is 3/5, "een kwart" 1/4.
FRACTIONS: dict[str, int] = {"halb": 2, "halbe": 2, "halben": 2, "halbes": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8, "neuntel": 9, "zehntel": 10, "hundertstel": 100, "tausendstel": 1000}
# Joins a whole number and a fraction: "uno con un medio", "one and a fourth".
FRACTION_JOINERS: frozenset[str] = frozenset({"und"})
VAGUE: dict[str, tuple[int, int]] = {
    "dutzende": (24, 100), "hunderte": (200, 1_000), "tausende": (2_000, 10_000),
    "zehntausende": (20_000, 100_000), "hunderttausende": (200_000, 1_000_000),
    "millionen": (2_000_000, 10_000_000), "milliarden": (2 * 10**9, 10 * 10**9),
}
APPROXIMATORS: frozenset[str] = frozenset({"rund", "etwa", "ungefähr", "circa", "ca.", "zirka", "gut und gerne", "schätzungsweise", "an die", "um die", "in etwa"})
MORE_THAN: frozenset[str] = frozenset({"mehr als", "über", "gut", "weit über", "knapp über"})
AT_LEAST: frozenset[str] = frozenset({"mindestens", "wenigstens", "zumindest"})
LESS_THAN: frozenset[str] = frozenset({"weniger als", "unter", "knapp unter"})
UP_TO: frozenset[str] = frozenset({"bis zu", "höchstens", "maximal"})
NEARLY: frozenset[str] = frozenset({"knapp", "fast", "beinahe", "nahezu", "annähernd"})
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("zwischen", "und"), ("von", "bis"), ("", "bis"))
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "eur": "EUR", "dollar": "USD", "us-dollar": "USD", "usd": "USD", "pfund": "GBP",
    "britische pfund": "GBP", "yen": "JPY", "franken": "CHF", "schweizer franken": "CHF", "chf": "CHF",
    "yuan": "CNY", "rupien": "INR", "australische dollar": "AUD", "kanadische dollar": "CAD", "rubel": "RUB", "finnische mark": "FIM", "mark": "DEM", "d-mark": "DEM",
}
CURRENCY_MINOR: dict[str, str] = {"cent": "EUR", "eurocent": "EUR", "rappen": "CHF"}
PERCENT_WORDS: frozenset[str] = frozenset({"prozent", "%"})
POINT_WORDS: frozenset[str] = frozenset({"prozentpunkte", "prozentpunkt", "prozentpunkten", "basispunkte"})
UNIT_WORDS: dict[str, str] = {
    "kilometer": "kilometer", "kilometern": "kilometer", "meter": "meter", "metern": "meter",
    "zentimeter": "centimeter", "millimeter": "millimeter", "meilen": "mile", "fuß": "foot", "zoll": "inch",
    "quadratmeter": "meter ** 2", "quadratkilometer": "kilometer ** 2", "hektar": "hectare",
    "kubikmeter": "meter ** 3", "liter": "liter", "litern": "liter", "milliliter": "milliliter",
    "kilogramm": "kilogram", "kilo": "kilogram", "gramm": "gram", "tonnen": "metric_ton", "tonne": "metric_ton",
    "stundenkilometer": "kilometer / hour", "kilometer pro stunde": "kilometer / hour",
    "grad celsius": "degree_Celsius", "grad fahrenheit": "degree_Fahrenheit", "grad": "degree_Celsius",
    "celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit", "kelvin": "kelvin",
    "megawatt": "megawatt", "kilowatt": "kilowatt", "gigawatt": "gigawatt", "kilowattstunden": "kilowatt_hour",
    "megawattstunden": "megawatt_hour", "terawattstunden": "terawatt_hour", "gigabyte": "gigabyte",
    "megabyte": "megabyte", "terabyte": "terabyte", "pferdestärken": "horsepower",
}
TIME_UNITS: dict[str, str] = {
    "sekunde": "second", "sekunden": "second", "minute": "minute", "minuten": "minute", "stunde": "hour",
    "stunden": "hour", "tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week",
    "monat": "month", "monate": "month", "monaten": "month", "jahr": "year", "jahre": "year",
    "jahren": "year", "jährige": "year", "jähriger": "year", "jährigen": "year", "jähriges": "year", "jährigem": "year", "jahrzehnte": "decade", "jahrhundert": "century",
}
PER_WORDS: frozenset[str] = frozenset({"pro", "je", "jede", "jeden", "jedes", "in der", "im", "am"})
# After a counted noun these make a rate ("240.000 pasajeros diarios", "500 cases a day").
RATE_AFTER_NOUN: dict[str, str] = {"pro tag": "day", "am tag": "day", "täglich": "day", "pro stunde": "hour", "pro woche": "week", "pro monat": "month", "im monat": "month", "pro jahr": "year", "im jahr": "year", "jährlich": "year", "wöchentlich": "week", "monatlich": "month"}
# Before a number these make it an age in years ("aged 87", "âgé de 87").
AGE_BEFORE: frozenset[str] = frozenset({"im alter von", "alter von"})
OVER_WORDS: frozenset[str] = frozenset({"in", "innerhalb", "binnen"})
# A sign in words: "minus vijf".
NEGATIVE_WORDS: frozenset[str] = frozenset({"minus", "negativ"})
# After "a year" these make a point in time, not a rate ("a year earlier").
AGO_WORDS: frozenset[str] = frozenset({"zuvor", "früher", "davor", "später"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"laut", "nach angaben", "nach schätzungen", "sagte"})
ARTICLES: frozenset[str] = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine"})
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"artikel", "art.", "kapitel", "nummer", "nr.", "seite", "s.", "paragraf", "paragraph", "absatz", "abs.", "version", "schritt", "phase", "anlage", "punkt", "zimmer", "linie", "tel.", "telefon", "stufe", "windows", "iphone", "covid", "klasse", "gleis", "§"})
# Times of day, not durations: "om 14 uur", "at 2 pm", "um 14 Uhr", "à 14 h 30".
CLOCK_BEFORE: frozenset[str] = frozenset({"um", "ab", "bis", "gegen"})
CLOCK_AFTER: frozenset[str] = frozenset({"uhr"})
CHROME: tuple[str, ...] = ("lesezeit # minuten", "lesezeit # min", "# min lesezeit", "# kommentare", "merken", "teilen")
ORDINAL_SUFFIXES: tuple[str, ...] = ()
# Whether a number with a dot before a word is an ordinal ("am 3. Januar").
ORDINAL_DOT: bool = True
ADJECTIVE_SUFFIXES: tuple[str, ...] = ("e", "en", "er", "es", "em")
# Whether nouns are written with a capital (German): the counted noun is the capitalised word.
NOUNS_CAPITALIZED: bool = True
NOUN_LINKS: frozenset[str] = frozenset({"an"})
SUBJECT_LINKS: frozenset[str] = frozenset({"von", "in höhe von", "über", "beträgt", "betrug"})
# Before a multiplier or scale, "half": "half a dozen", "een half miljoen" (x 0.5).
HALF_BEFORE: frozenset[str] = frozenset({"halbes", "halbe", "halben", "halber", "ein halbes", "eine halbe", "einem halben", "einer halben", "ein halber"})
# Currency words that also name a weight ("7 pounds 4 ounces"), and the words that make them a weight.
WEIGHT_CURRENCY_WORDS: dict[str, str] = {}
WEIGHT_CONTEXT: frozenset[str] = frozenset()
# Vague counts before a time unit: "a few hours" is 2 to under 5 hours.
VAGUE_TIME: dict[str, tuple[int, int]] = {"ein paar": (2, 5), "einige": (3, 10), "mehrere": (3, 10), "wenige": (2, 5)}
# Before a time unit these name one whole unit ("den ganzen Tag", "die ganze Woche").
WHOLE_TIME: frozenset[str] = frozenset({"den ganzen", "die ganze", "das ganze", "einen ganzen", "eine ganze", "ein ganzes"})
# Before "eine Stunde", "einen Tag" these make a rate, not a duration ("zweimal am Tag").
FREQUENCY_WORDS: frozenset[str] = frozenset({"mal", "einmal", "zweimal", "dreimal"})
# --- end numbers ---

# --- dates (owned by the dates extractor) ---
# Month and weekday names as news writes them; abbreviations count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
DATE_MONTH_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
DATE_WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
DATE_WEEKDAY_ABBR: dict[str, int] = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
# Meteorological seasons: the month each one starts in.
DATE_SEASONS: dict[str, int] = {"frühling": 3, "frühjahr": 3, "sommer": 6, "herbst": 9, "winter": 12}
DATE_UNITS: dict[str, str] = {
    "wochenende": "weekend",
    "tag": "day", "tage": "day", "tagen": "day", "woche": "week", "wochen": "week", "monat": "month",
    "monate": "month", "monaten": "month", "monats": "month", "quartal": "quarter", "quartals": "quarter",
    "jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year", "hälfte": "half",
    "halbjahr": "half", "halbjahres": "half",
    "jahrzehnt": "decade",
}
DATE_DAY_OFFSETS: dict[str, int] = {
    "vorgestern": -2, "gestern": -1, "gestern abend": -1, "gestern morgen": -1, "gestern nacht": -1,
    "heute": 0, "heute morgen": 0, "heute abend": 0, "heute nacht": 0, "dieser abend": 0, "diesen abend": 0,
    "heute mittag": 0, "heute nachmittag": 0, "morgen": 1, "übermorgen": 2,
}
# Words before a unit, month, season or weekday that move it: -1 back, 0 the current one, 1 ahead.
DATE_SHIFT_BEFORE: dict[str, int] = {
    "letzte": -1, "letzten": -1, "letztes": -1, "letzter": -1, "vergangene": -1, "vergangenen": -1,
    "vergangenes": -1, "vorige": -1, "vorigen": -1, "voriges": -1, "diese": 0, "diesen": 0, "dieses": 0,
    "diesem": 0, "dieser": 0, "laufenden": 0, "nächste": 1, "nächsten": 1, "nächstes": 1, "kommende": 1,
    "kommenden": 1, "kommendes": 1, "letztem": -1, "vergangenem": -1, "vorigem": -1, "nächstem": 1,
    "kommendem": 1,
}
DATE_SHIFT_AFTER: dict[str, int] = {}
# Where within a period: the first or second half, the middle, before or after the publication date.
DATE_PARTS: dict[str, str] = {
    "anfang": "start", "beginn": "start", "ende": "end", "mitte": "mid",
    "früher": "earlier", "später": "later",
}
DATE_AGO_BEFORE: tuple[str, ...] = ("vor",)
DATE_AGO_AFTER: tuple[str, ...] = ()
# "in zwei Wochen" is a date ahead only with a future auxiliary: "in elf Tagen" may be a duration.
DATE_IN_FUTURE: tuple[str, ...] = ("in",)
DATE_IN_FUTURE_NEEDS_AUX: bool = True
DATE_SINCE: tuple[str, ...] = ("seit",)
# Right before a year-less date, these point forward in time.
DATE_FUTURE_MARKERS: tuple[str, ...] = ("ab", "nächste", "nächsten", "kommende", "kommenden", "bis", "spätestens")
# Anywhere in the sentence, a future auxiliary points forward too.
DATE_FUTURE_AUX: tuple[str, ...] = ("wird", "werden", "wirst", "werde")
# Endings of future-tense verbs ("estará", "seront"): a sentence with one points forward.
DATE_FUTURE_ENDINGS: tuple[str, ...] = ()
# A bare four-digit number is a year after one of these words.
DATE_YEAR_PREPS: tuple[str, ...] = (
    "im", "in", "seit", "von", "vom", "ab", "bis", "nach", "vor", "aus", "um", "anfang", "ende", "mitte",
    "jahr", "jahres", "jahre", "zwischen", "und", "oder", "als", "für",
)
# A numeric day and month without a year ("22/04") is a date only after one of these.
DATE_DAY_PREPS: tuple[str, ...] = ("am", "den", "vom", "bis", "zum", "ab", "seit", "zwischen", "spätestens")
DATE_RANGE_FROM: tuple[str, ...] = ("von", "vom", "ab")
DATE_RANGE_TO: tuple[str, ...] = ("bis zum", "bis", "-", "–", "—")
DATE_BETWEEN: tuple[tuple[str, str], ...] = (("zwischen", "und"),)
DATE_ORDINAL_SUFFIXES: tuple[str, ...] = (".",)
# Words that may stand between the parts of a date.
DATE_LINKS: tuple[str, ...] = ()
DATE_DAY_ARTICLES: tuple[str, ...] = ("den", "dem", "am")
# Whether the noun comes before its adjectives ("le chômage partiel"): the subject is then the first word after an article, else the last.
DATE_NOUN_FIRST: bool = False
DATE_ARTICLES: tuple[str, ...] = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer")
DATE_ORDER: str = "DMY"
DATE_COUNT_WORDS: dict[str, int] = {
    "einem": 1, "einer": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50,
}
# Written as given (lowercase) or at the start of a sentence: "am Morgen" is the morning.
DATE_LOWER_ONLY: tuple[str, ...] = ("morgen",)
# Written with a capital, or it is another word.
DATE_CAPITAL_ONLY: tuple[str, ...] = ()
# "die 1990er Jahre".
DATE_DECADE_BEFORE: tuple[str, ...] = ()
DATE_DECADE_AFTER: tuple[str, ...] = ("er jahre", "er jahren", "er")
# Decades in words, with the tens digit: "die sechziger Jahre" (the century before publication).
DATE_DECADE_WORDS: dict[str, int] = {
    "zwanziger jahre": 2, "zwanziger jahren": 2, "dreißiger jahre": 3, "dreißiger jahren": 3,
    "vierziger jahre": 4, "vierziger jahren": 4, "fünfziger jahre": 5, "fünfziger jahren": 5,
    "sechziger jahre": 6, "sechziger jahren": 6, "siebziger jahre": 7, "siebziger jahren": 7,
    "achtziger jahre": 8, "achtziger jahren": 8, "neunziger jahre": 9, "neunziger jahren": 9,
}
DATE_WEEK_NUMBER: tuple[str, ...] = ("kalenderwoche", "kw", "woche")
# Parts of a day written together with a weekday: "Montagabend".
DATE_DAY_PARTS: tuple[str, ...] = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
# "die Woche vom 10. April": the calendar week holding the date.
DATE_WEEK_OF: tuple[str, ...] = ("die woche vom", "der woche vom", "woche vom")
# Open ranges: "nach 2018" is from 2019 on, "vor 2010" up to 2009.
DATE_BEFORE: tuple[str, ...] = ("vor", "bereits vor")
DATE_AFTER: tuple[str, ...] = ("nach", "später als")
# "die letzte Woche im Juli" (with the ordinals of DATE_DAY_WORDS for "die erste Woche").
DATE_LAST: tuple[str, ...] = ("letzte", "letzten")
DATE_FIRST: tuple[str, ...] = ("erste", "ersten")
# "3 days from today": a count of units counted from the publication date.
DATE_FROM_NOW: tuple[str, ...] = ("ab heute",)
# "tussen nu en 2030": the publication day as one end of a range (never a date alone).
DATE_NOW: tuple[str, ...] = ("jetzt", "heute")
# From the first of January to the publication date.
DATE_YEAR_TO_DATE: tuple[str, ...] = ("seit jahresbeginn", "seit jahresanfang", "im bisherigen jahresverlauf")
# Fixed-date holidays as (month, day); a year-less one resolves like "in december".
DATE_HOLIDAYS: dict[str, tuple[int, int]] = {"heiligabend": (12, 24), "weihnachten": (12, 25), "silvester": (12, 31), "neujahr": (1, 1), "tag der deutschen einheit": (10, 3), "valentinstag": (2, 14)}
# Day numbers written out, cardinal and ordinal (1 to 31): "de tweede van augustus".
DATE_DAY_WORDS: dict[str, int] = {
    "erste": 1, "ersten": 1, "erster": 1, "zwei": 2, "zweite": 2, "zweiten": 2, "zweiter": 2, "drei": 3,
    "dritte": 3, "dritten": 3, "dritter": 3, "vier": 4, "vierte": 4, "vierten": 4, "vierter": 4, "fünf": 5,
    "fünfte": 5, "fünften": 5, "fünfter": 5, "sechs": 6, "sechste": 6, "sechsten": 6, "sechster": 6, "sieben": 7,
    "siebte": 7, "siebten": 7, "siebter": 7, "acht": 8, "achte": 8, "achten": 8, "achter": 8, "neun": 9,
    "neunte": 9, "neunten": 9, "neunter": 9, "zehn": 10, "zehnte": 10, "zehnten": 10, "zehnter": 10, "elf": 11,
    "elfte": 11, "elften": 11, "elfter": 11, "zwölf": 12, "zwölfte": 12, "zwölften": 12, "zwölfter": 12, "dreizehn": 13,
    "dreizehnte": 13, "dreizehnten": 13, "dreizehnter": 13, "vierzehn": 14, "vierzehnte": 14, "vierzehnten": 14, "vierzehnter": 14, "fünfzehn": 15,
    "fünfzehnte": 15, "fünfzehnten": 15, "fünfzehnter": 15, "sechzehn": 16, "sechzehnte": 16, "sechzehnten": 16, "sechzehnter": 16, "siebzehn": 17,
    "siebzehnte": 17, "siebzehnten": 17, "siebzehnter": 17, "achtzehn": 18, "achtzehnte": 18, "achtzehnten": 18, "achtzehnter": 18, "neunzehn": 19,
    "neunzehnte": 19, "neunzehnten": 19, "neunzehnter": 19, "zwanzig": 20, "zwanzigste": 20, "zwanzigsten": 20, "zwanzigster": 20, "einundzwanzig": 21,
    "einundzwanzigste": 21, "einundzwanzigsten": 21, "einundzwanzigster": 21, "zweiundzwanzig": 22, "zweiundzwanzigste": 22, "zweiundzwanzigsten": 22, "zweiundzwanzigster": 22, "dreiundzwanzig": 23,
    "dreiundzwanzigste": 23, "dreiundzwanzigsten": 23, "dreiundzwanzigster": 23, "vierundzwanzig": 24, "vierundzwanzigste": 24, "vierundzwanzigsten": 24, "vierundzwanzigster": 24, "fünfundzwanzig": 25,
    "fünfundzwanzigste": 25, "fünfundzwanzigsten": 25, "fünfundzwanzigster": 25, "sechsundzwanzig": 26, "sechsundzwanzigste": 26, "sechsundzwanzigsten": 26, "sechsundzwanzigster": 26, "siebenundzwanzig": 27,
    "siebenundzwanzigste": 27, "siebenundzwanzigsten": 27, "siebenundzwanzigster": 27, "achtundzwanzig": 28, "achtundzwanzigste": 28, "achtundzwanzigsten": 28, "achtundzwanzigster": 28, "neunundzwanzig": 29,
    "neunundzwanzigste": 29, "neunundzwanzigsten": 29, "neunundzwanzigster": 29, "dreißig": 30, "dreißigste": 30, "dreißigsten": 30, "dreißigster": 30, "einunddreißig": 31,
    "einunddreißigste": 31, "einunddreißigsten": 31, "einunddreißigster": 31,
}
# A fronted date without a year followed by a present tense is a scheduled event
# ("Op 14 januari stemt de Kamer"): whether a named subject stands between date and verb, the
# articles of that subject (a regex), present endings, past endings that share them, past forms.
DATE_SCHEDULE_SUBJECT_FIRST: bool = False
DATE_SCHEDULE_ARTICLES: str = ""
DATE_PRESENT_ENDINGS: tuple[str, ...] = ("t",)
DATE_PAST_ENDINGS: tuple[str, ...] = ()
DATE_PAST_FORMS: frozenset[str] = frozenset({"bat", "bot", "focht", "galt", "hat", "hielt", "ist", "litt", "riet", "schnitt", "stritt", "tat", "trat"})
# A bare year is a year when the words around it say so ("dat 2025 het warmste jaar was",
# "wurde 1998 gegründet", "the 2008 crisis"): singular verbs after it, a regex of singular past
# forms, singular auxiliaries before it, a regex of participles, the word "year" (a regex),
# "of"-words before it, articles before an attributive year, articles after it with "year".
DATE_YEAR_SINGULAR_VERBS: frozenset[str] = frozenset({"bleibt", "brachte", "hat", "ist", "war", "wird", "wurde"})
DATE_YEAR_SINGULAR_ENDING: str = ""
DATE_YEAR_AUX: frozenset[str] = frozenset({"ist", "war", "wird", "wurde"})
DATE_YEAR_PARTICIPLE: str = r"[^\W\d_]{0,12}ge[^\W\d_]{2,20}[tn]"
DATE_YEAR_WORD: str = r"jahr"
DATE_YEAR_LINK: frozenset[str] = frozenset({"von"})
DATE_YEAR_ARTICLES: frozenset[str] = frozenset()
DATE_YEAR_COMPLEMENTS: frozenset[str] = frozenset({"das", "ein", "eine"})
# Words after which a number is an address, a model or a reference ("Hauptstraße 2010").
DATE_NOT_YEAR_AFTER: tuple[str, ...] = ("straße", "strasse", "str", "weg", "gasse", "platz", "allee", "modell", "nummer", "nr", "tel")
# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("sagte X", "X sagte", "erklärte X"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"antwortet", "antwortete", "appellierte", "argumentierte", "beklagt", "beklagte", "bekräftigte", "berichtet", "berichtete", "bestätigt", "bestätigte", "betont", "betonte", "betonten", "bezeichnet", "bezeichnete", "entgegnete", "ergänzt", "ergänzte", "ergänzten", "erinnerte", "erklären", "erklärt", "erklärte", "erklärten", "erzählt", "erzählte", "fand", "findet", "fordert", "forderte", "forderten", "fragt", "fragte", "fügte hinzu", "gab zu", "gibt zu", "glaubt", "heißt es", "hieß es", "hob hervor", "klagte", "kritisiert", "kritisierte", "kündigte an", "lobt", "lobte", "mahnt", "mahnte", "meint", "meinte", "nannte", "nennt", "rief", "riefen", "ruft", "räumt ein", "räumte ein", "räumten ein", "sagen", "sagt", "sagte", "sagte am", "sagten", "sagten am", "schimpfte", "schreibt", "schrieb", "sprach", "spricht", "stellt klar", "stellte klar", "teilt mit", "teilte", "teilte mit", "twitterte", "unterstreicht", "unterstrich", "urteilte", "verkündete", "versichert", "versicherte", "versprach", "verspricht", "warnt", "warnte", "warnten", "widersprach", "zeigte sich", "zitiert", "zitierte"})
SPEECH_AUX: frozenset[str] = frozenset({"hat", "hatte"})
# Prepositions that name the speaker after them ("so X", "laut X").
SPEECH_PREPS: frozenset[str] = frozenset({"so", "laut", "nach angaben", "nach angaben von"})
SPEECH_ANAPHORS: frozenset[str] = frozenset({"das", "dies", "so"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"er", "ich", "ihm", "ihnen", "man", "sie", "wir"})
SPEAKER_TITLES: frozenset[str] = frozenset({"herr", "frau", "dr", "prof", "professor", "bundeskanzler", "kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin", "sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin", "kommissar", "kommissarin", "eu-kommissar", "eu-kommissarin", "abgeordnete", "abgeordneter", "politiker", "politikerin", "ökonom", "ökonomin", "experte", "expertin", "direktor", "direktorin", "papst", "könig", "trainer", "kollege", "kollegin", "journalist", "journalistin", "bundespräsident", "ministerpräsident", "ministerpräsidentin", "regierungssprecher", "regierungssprecherin", "finnische", "deutsche", "französische", "ehemalige", "frühere", "grüne", "grünen"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ("minister", "ministerin", "bürgermeister", "bürgermeisterin", "kanzler", "kanzlerin", "kommissar", "kommissarin", "präsident", "präsidentin", "sprecher", "sprecherin", "politiker", "politikerin", "chef", "chefin", "vorsitzende", "vorsitzender", "experte", "expertin", "forscher", "forscherin")
SPEAKER_ORGS: frozenset[str] = frozenset({"ministerium", "regierung", "bundesregierung", "polizei", "unternehmen", "konzern", "kommission", "gericht", "behörde", "staatsanwaltschaft", "gewerkschaft", "partei", "botschaft", "sprecher", "sprecherin", "verband", "bundesamt", "ministeriums", "stadt", "armee", "bundeswehr", "klinik", "universität"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "eines", "ihr", "ihre", "sein", "seine", "unser"})
NAME_PARTICLES: frozenset[str] = frozenset({"von", "van", "der", "den", "de", "zu", "vom", "di", "da", "du", "la", "le"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"dr", "prof", "hr", "fr", "st", "nr", "bzw", "z.b", "u.a", "ca"})
APOSTROPHE_ELISIONS: frozenset[str] = frozenset({"s", "n", "nen", "ne"})
# Words that may stand between a speech verb and its speaker, or between a speaker and the
# verb ("said on Tuesday the minister", "she also told"): skipped when reading the speaker.
SPEECH_ADVERBS: frozenset[str] = frozenset({"abend", "am", "auch", "außerdem", "bereits", "dienstag", "donnerstag", "erneut", "freitag", "gestern", "heute", "jetzt", "mittwoch", "montag", "morgen", "noch", "nun", "samstag", "sonntag", "später", "zudem"})
# Reflexive pronouns before a speech verb ("se quejaba X").
SPEECH_REFLEXIVES: frozenset[str] = frozenset()
# Whether a speech verb may stand with no subject ("dijo" = he or she said).
SPEECH_PRO_DROP: bool = False
# Words after which a capitalised run is a place or a body, not the person a pronoun
# stands for ("an epidemiologist at Imperial College London").
SPEAKER_NOT_AFTER: frozenset[str] = frozenset({"am", "an", "auf", "aus", "bei", "dem", "für", "gegen", "im", "in", "mit", "nach", "vom", "von", "zum", "zur"})
# Gender cues (pronouns, titles, kin and role words): a pronoun takes the last person
# whose cues do not contradict it.
SPEAKER_FEMALE: frozenset[str] = frozenset({"ehefrau", "frau", "freundin", "großmutter", "königin", "mutter", "nachbarin", "nichte", "oma", "schwester", "tante", "tochter", "witwe"})
SPEAKER_MALE: frozenset[str] = frozenset({"bruder", "ehemann", "er", "freund", "großvater", "herr", "ihm", "könig", "mann", "nachbar", "neffe", "onkel", "opa", "sohn", "vater", "witwer"})
# Pronouns that stand for a group.
SPEAKER_PLURAL: frozenset[str] = frozenset({"ihnen", "wir"})
# Whether a line opening with a dash is dialogue ("—Fue horrible —relata X—.").
DIALOGUE_DASH: bool = False
# Endings of a plural speech verb ("aseguran": they say), for a verb with no subject.
SPEECH_PLURAL_ENDINGS: tuple[str, ...] = ("en",)
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    {"aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "dann", "darf", "das", "dass", "dem", "den", "denn", "der", "des", "die", "dies", "diese", "dieser", "dieses", "dort", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für", "gegen", "gewesen", "haben", "hat", "hatte", "hatten", "hier", "ich", "ihr", "ihre", "im", "in", "ist", "kann", "kein", "keine", "können", "mehr", "mit", "muss", "müssen", "nach", "nicht", "noch", "oder", "schon", "sehr", "sein", "seine", "sich", "sie", "sind", "so", "soll", "sollen", "tat", "tut", "um", "und", "unser", "unter", "von", "wann", "war", "waren", "was", "weil", "wer", "werden", "wir", "wird", "wo", "wurde", "während", "würde", "zu", "über"}
)
# Words that join a part to its whole ("120 van de 400 banen", "120 of the 400 jobs").
PART_OF: frozenset[str] = frozenset({"vom", "von"})
# --- end shared ---
