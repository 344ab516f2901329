"""Language data for 'en': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---
# Locale separators: "23,000" is 23,000 and "1.5" is 1.5.
DECIMAL_SEP: str = "."
GROUP_SEPS: str = " ,\u202f\u2009\u00a0"
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
# Tens that take a teen after them (French "soixante-dix", "quatre-vingt-dix").
TEEN_TENS: frozenset[int] = frozenset()
MULTIPLIERS: dict[str, int] = {"hundred": 100, "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12}
# English billion is 10^9 (short scale).
SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12,
    # Indian English, common in Indian news: 1 lakh = 100,000, 1 crore = 10,000,000.
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "trn": 10**12, "bln": 10**9, "tln": 10**12}
NUMBER_CONNECTORS: frozenset[str] = frozenset({"and"})
# The decimal point in words: "twee komma vijf".
DECIMAL_WORDS: frozenset[str] = frozenset({"point"})
# A ratio between two numbers: "1 op de 3" is 1/3.
RATIO_WORDS: frozenset[str] = frozenset({"over", "out of"})
ARTICLE_NUMBERS: frozenset[str] = frozenset({"a", "an", "one"})
HALF_WORDS: frozenset[str] = frozenset({"and a half"})
# Fractions by their denominator: "drie vijfde" is 3/5, "een kwart" 1/4.
FRACTIONS: dict[str, int] = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000}
# Joins a whole number and a fraction: "uno con un medio", "one and a fourth".
FRACTION_JOINERS: frozenset[str] = frozenset({"and"})
VAGUE: dict[str, tuple[int, int]] = {
    "dozens": (24, 100), "scores": (40, 200), "hundreds": (200, 1_000), "thousands": (2_000, 10_000),
    "tens of thousands": (20_000, 100_000), "hundreds of thousands": (200_000, 1_000_000),
    "millions": (2_000_000, 10_000_000), "tens of millions": (20_000_000, 100_000_000),
    "hundreds of millions": (200_000_000, 1_000_000_000), "billions": (2 * 10**9, 10 * 10**9),
}
APPROXIMATORS: frozenset[str] = frozenset({"about", "around", "roughly", "approximately", "approx.", "some", "an estimated", "estimated", "circa", "ca.", "in the region of"})
MORE_THAN: frozenset[str] = frozenset({"more than", "over", "above", "upwards of", "in excess of", "exceeding", "greater than"})
AT_LEAST: frozenset[str] = frozenset({"at least", "a minimum of", "no fewer than", "no less than"})
LESS_THAN: frozenset[str] = frozenset({"less than", "fewer than", "under", "below"})
UP_TO: frozenset[str] = frozenset({"up to", "at most", "as many as", "as much as", "a maximum of", "no more than"})
NEARLY: frozenset[str] = frozenset({"nearly", "almost", "just under", "close to", "not quite"})
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("between", "and"), ("from", "to"), ("", "to"))
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "usd": "USD", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP",
    "yen": "JPY", "swiss francs": "CHF", "francs": "CHF", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "finnish markka": "FIM", "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "dutch guilders": "NLG", "guilders": "NLG", "us dollar": "USD", "u.s. dollars": "USD", "chinese yuan": "CNY", "rmb": "CNY", "c $": "CAD", "u.s $": "USD", "u.s. $": "USD", "hk $": "HKD", "us $": "USD", "a $": "AUD", "s $": "SGD", "hong kong dollars": "HKD", "new zealand dollars": "NZD", "singapore dollars": "SGD", "japanese yen": "JPY", "swiss franc": "CHF", "marks": "DEM", "deutsche marks": "DEM", "pesos": "MXN", "won": "KRW", "rand": "ZAR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB",
}
CURRENCY_MINOR: dict[str, str] = {"cents": "USD", "cent": "USD", "pence": "GBP", "p": "GBP"}
PERCENT_WORDS: frozenset[str] = frozenset({"percent", "per cent", "percents", "pct", "%"})
POINT_WORDS: frozenset[str] = frozenset({"percentage points", "percentage point", "points", "point", "pp", "basis points"})
UNIT_WORDS: dict[str, str] = {
    "kilometres": "kilometer", "kilometers": "kilometer", "kilometre": "kilometer", "kilometer": "kilometer",
    "metres": "meter", "meters": "meter", "metre": "meter", "meter": "meter", "centimetres": "centimeter",
    "centimeters": "centimeter", "millimetres": "millimeter", "millimeters": "millimeter", "miles": "mile",
    "mile": "mile", "feet": "foot", "foot": "foot", "inches": "inch", "inch": "inch", "yards": "yard",
    "square kilometres": "kilometer ** 2", "square kilometers": "kilometer ** 2", "square miles": "mile ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "square feet": "foot ** 2",
    "hectares": "hectare", "acres": "acre", "cubic metres": "meter ** 3", "cubic meters": "meter ** 3",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "gallons": "gallon",
    "barrels": "oil_barrel", "kilograms": "kilogram", "kilogrammes": "kilogram", "kilos": "kilogram",
    "kilogram": "kilogram", "grams": "gram", "pounds in weight": "pound", "lbs": "pound", "ounces": "ounce",
    "tonnes": "metric_ton", "tonne": "metric_ton", "tons": "metric_ton", "ton": "metric_ton",
    "metric tons": "metric_ton", "metric ton": "metric_ton",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour",
    "miles per hour": "mile / hour", "degrees celsius": "degree_Celsius", "degrees fahrenheit": "degree_Fahrenheit",
    "degrees c": "degree_Celsius", "degree fahrenheit": "degree_Fahrenheit", "degree celsius": "degree_Celsius", "degree f": "degree_Fahrenheit", "degree c": "degree_Celsius", "centigrade": "degree_Celsius", "degrees f": "degree_Fahrenheit", "deg celsius": "degree_Celsius",
    "deg c": "degree_Celsius", "deg f": "degree_Fahrenheit", "deg.": "degree_Celsius", "deg": "degree_Celsius",
    "degrees": "degree_Celsius", "degree": "degree_Celsius",
    "celsius": "degree_Celsius", "fahrenheit": "degree_Fahrenheit", "kelvin": "kelvin",
    "megawatts": "megawatt", "megawatt": "megawatt", "kilowatts": "kilowatt", "gigawatts": "gigawatt",
    "kilowatt hours": "kilowatt_hour", "megawatt hours": "megawatt_hour", "terawatt hours": "terawatt_hour",
    "joules": "joule", "calories": "kilocalorie", "gigabytes": "gigabyte", "megabytes": "megabyte",
    "terabytes": "terabyte", "horsepower": "horsepower", "bits": "bit", "bit": "bit", "bytes": "byte", "picometers": "picometer", "picometer": "picometer", "micrograms": "microgram", "milligrams": "milligram", "gallon": "gallon", "celcius": "degree_Celsius", "centigrate": "degree_Celsius",
}
TIME_UNITS: dict[str, str] = {
    "seconds": "second", "second": "second", "minutes": "minute", "minute": "minute", "hours": "hour",
    "hour": "hour", "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
    "month": "month", "years": "year", "year": "year", "yo": "year", "y.o.": "year", "decades": "decade", "decade": "decade",
    "centuries": "century", "century": "century", "hr": "hour", "hrs": "hour",
}
PER_WORDS: frozenset[str] = frozenset({"per", "a", "an", "each", "every"})
# After a counted noun these make a rate ("240.000 pasajeros diarios", "500 cases a day").
RATE_AFTER_NOUN: dict[str, str] = {"daily": "day", "a day": "day", "per day": "day", "weekly": "week", "a week": "week", "monthly": "month", "a month": "month", "yearly": "year", "annually": "year", "a year": "year", "an hour": "hour", "per hour": "hour", "hourly": "hour"}
# Before a number these make it an age in years ("aged 87", "âgé de 87").
AGE_BEFORE: frozenset[str] = frozenset({"aged", "age", "ages"})
OVER_WORDS: frozenset[str] = frozenset({"in", "within", "over"})
# A sign in words: "minus vijf".
NEGATIVE_WORDS: frozenset[str] = frozenset({"minus", "negative"})
# After "a year" these make a point in time, not a rate ("a year earlier").
AGO_WORDS: frozenset[str] = frozenset({"ago", "earlier", "before", "later", "previously"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"according to", "said", "says", "estimated by"})
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"court", "article", "art.", "chapter", "number", "no.", "nr.", "page", "p.", "pp.", "section", "paragraph", "version", "v", "step", "phase", "annex", "item", "room", "bus", "route", "flight", "tel.", "phone", "level", "windows", "iphone", "covid", "grade", "class", "rule", "point", "act", "line", "gate", "platform"})
# Times of day, not durations: "om 14 uur", "at 2 pm", "um 14 Uhr", "à 14 h 30".
CLOCK_BEFORE: frozenset[str] = frozenset({"at", "by", "until", "from", "around"})
CLOCK_AFTER: frozenset[str] = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "o’clock"})
CHROME: tuple[str, ...] = ("# min read", "# minute read", "# minutes read", "# views", "# comments", "# shares", "share this article", "share", "save")
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
# Whether a number with a dot before a word is an ordinal ("am 3. Januar").
ORDINAL_DOT: bool = False
ADJECTIVE_SUFFIXES: tuple[str, ...] = ("ed", "al", "ive", "ous", "ful", "ic", "ish", "less", "able", "ible", "ant", "ent", "ary")
# Whether nouns are written with a capital (German): the counted noun is the capitalised word.
NOUNS_CAPITALIZED: bool = False
NOUN_LINKS: frozenset[str] = frozenset({"of"})
SUBJECT_LINKS: frozenset[str] = frozenset({"of", "at", "to", "is", "was", "totalled", "totaled", "totalling", "worth"})
# Before a multiplier or scale, "half": "half a dozen", "een half miljoen" (x 0.5).
HALF_BEFORE: frozenset[str] = frozenset({"half", "half of"})
# Currency words that also name a weight ("7 pounds 4 ounces"), and the words that make them a weight.
WEIGHT_CURRENCY_WORDS: dict[str, str] = {"pound": "pound", "pounds": "pound", "lb": "pound"}
WEIGHT_CONTEXT: frozenset[str] = frozenset({"weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "lighter", "ounce", "ounces", "oz", "lb", "lbs", "stone", "baby", "newborn", "drop", "dropped", "lose", "lost", "shed", "gain", "gained", "ton", "tons", "tonne", "tonnes", "metric", "kilogram", "kilograms", "kilos", "kg", "grams"})
# Vague counts before a time unit: "a few hours" is 2 to under 5 hours.
VAGUE_TIME: dict[str, tuple[int, int]] = {"a few": (2, 5), "few": (2, 5), "a couple of": (2, 3), "several": (3, 10)}
# Before a time unit these name one whole unit ("all week", "the whole day").
WHOLE_TIME: frozenset[str] = frozenset({"all", "the whole", "the entire", "a whole", "an entire"})
# Before "a day", "an hour" these make a rate, not a duration ("twice a day", "three times a week").
FREQUENCY_WORDS: frozenset[str] = frozenset({"once", "twice", "thrice", "times"})
# --- end numbers ---

# --- dates (owned by the dates extractor) ---
# Month and weekday names as news writes them; abbreviations count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
DATE_MONTH_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
DATE_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
DATE_WEEKDAY_ABBR: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
# Meteorological seasons: the month each one starts in.
DATE_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
DATE_UNITS: dict[str, str] = {
    "weekend": "weekend",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
    "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year", "half": "half",
    "decade": "decade", "calendar year": "year",
}
DATE_DAY_OFFSETS: dict[str, int] = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tonite": 0,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow": 1, "the day after tomorrow": 2,
}
# Words before a unit, month, season or weekday that move it: -1 back, 0 the current one, 1 ahead.
DATE_SHIFT_BEFORE: dict[str, int] = {
    "last": -1, "previous": -1, "past": -1, "this": 0, "current": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}
DATE_SHIFT_AFTER: dict[str, int] = {}
# Where within a period: the first or second half, the middle, before or after the publication date.
DATE_PARTS: dict[str, str] = {
    "early": "start", "beginning of": "start", "start of": "start", "late": "end", "end of": "end",
    "mid": "mid", "middle of": "mid", "earlier": "earlier", "later": "later",
}
DATE_AGO_BEFORE: tuple[str, ...] = ()
DATE_AGO_AFTER: tuple[str, ...] = ("ago",)
# "in two weeks" is a date ahead only with a future auxiliary: "3 million in 11 days" is a duration.
DATE_IN_FUTURE: tuple[str, ...] = ("in", "within")
DATE_IN_FUTURE_NEEDS_AUX: bool = True
DATE_SINCE: tuple[str, ...] = ("since",)
# Right before a year-less date, these point forward in time.
DATE_FUTURE_MARKERS: tuple[str, ...] = ("next", "coming", "from", "until", "till", "by", "starting")
# Anywhere in the sentence, a future auxiliary points forward too.
DATE_FUTURE_AUX: tuple[str, ...] = ("will", "'ll", "shall", "going to")
# Endings of future-tense verbs ("estará", "seront"): a sentence with one points forward.
DATE_FUTURE_ENDINGS: tuple[str, ...] = ()
# A bare four-digit number is a year after one of these words.
DATE_YEAR_PREPS: tuple[str, ...] = (
    "in", "since", "from", "until", "till", "to", "by", "before", "after", "of", "during", "around",
    "early", "late", "mid", "year", "between", "and", "or", "than", "through", "for",
)
# A numeric day and month without a year ("22/04") is a date only after one of these.
DATE_DAY_PREPS: tuple[str, ...] = ("on", "from", "to", "until", "till", "between", "since", "by", "through")
DATE_RANGE_FROM: tuple[str, ...] = ("from",)
DATE_RANGE_TO: tuple[str, ...] = ("through", "until", "till", "to", "-", "–", "—")
DATE_BETWEEN: tuple[tuple[str, str], ...] = (("between", "and"),)
DATE_ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
# Words that may stand between the parts of a date: "the second of August".
DATE_LINKS: tuple[str, ...] = ("of",)
DATE_DAY_ARTICLES: tuple[str, ...] = ("the",)
# Whether the noun comes before its adjectives ("le chômage partiel"): the subject is then the first word after an article, else the last.
DATE_NOUN_FIRST: bool = False
DATE_ARTICLES: tuple[str, ...] = ("the", "a", "an")
DATE_ORDER: str = "MDY"
DATE_COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
}
# Written as given (lowercase) or at the start of a sentence; otherwise another word.
DATE_LOWER_ONLY: tuple[str, ...] = ()
# Written with a capital, or it is another word ("may" the verb, "sun" the star).
DATE_CAPITAL_ONLY: tuple[str, ...] = ("may", "march", "sat", "sun", "wed")
# "the 1990s", "the '90s".
DATE_DECADE_BEFORE: tuple[str, ...] = ()
DATE_DECADE_AFTER: tuple[str, ...] = ("s", "'s")
# Decades in words, with the tens digit: "the sixties" (the century is the one before publication).
DATE_DECADE_WORDS: dict[str, int] = {
    "the twenties": 2, "the thirties": 3, "the forties": 4, "the fifties": 5, "the sixties": 6,
    "the seventies": 7, "the eighties": 8, "the nineties": 9,
}
DATE_WEEK_NUMBER: tuple[str, ...] = ("week",)
# Parts of a day written together with a weekday (none in English: "Monday afternoon").
DATE_DAY_PARTS: tuple[str, ...] = ()
# "the week of April 10": the calendar week holding the date.
DATE_WEEK_OF: tuple[str, ...] = ("the week of", "week of", "the week beginning", "the week commencing", "week beginning", "week commencing")
# Open ranges: "after 2018" is from 2019 on, "before 2010" up to 2009.
DATE_BEFORE: tuple[str, ...] = ("before", "prior to", "earlier than", "no later than", "not later than")
DATE_AFTER: tuple[str, ...] = ("after", "later than")
# "the last week of July" (with the ordinals of DATE_DAY_WORDS for "the first week").
DATE_LAST: tuple[str, ...] = ("last",)
DATE_FIRST: tuple[str, ...] = ("first",)
# "3 days from today": a count of units counted from the publication date.
DATE_FROM_NOW: tuple[str, ...] = ("from today", "from now")
# "tussen nu en 2030": the publication day as one end of a range (never a date alone).
DATE_NOW: tuple[str, ...] = ("now", "today")
# From the first of January to the publication date.
DATE_YEAR_TO_DATE: tuple[str, ...] = ("year to date", "year-to-date", "so far this year")
# Fixed-date holidays as (month, day); a year-less one resolves like "in december".
DATE_HOLIDAYS: dict[str, tuple[int, int]] = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4), "halloween": (10, 31), "juneteenth": (6, 19), "international workers' day": (5, 1), "valentine's day": (2, 14)}
# Day numbers written out, cardinal and ordinal (1 to 31): "de tweede van augustus".
DATE_DAY_WORDS: dict[str, int] = {
    "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4, "five": 5,
    "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8, "nine": 9,
    "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11, "eleventh": 11, "twelve": 12, "twelfth": 12, "thirteen": 13,
    "thirteenth": 13, "fourteen": 14, "fourteenth": 14, "fifteen": 15, "fifteenth": 15, "sixteen": 16, "sixteenth": 16, "seventeen": 17,
    "seventeenth": 17, "eighteen": 18, "eighteenth": 18, "nineteen": 19, "nineteenth": 19, "twenty": 20, "twentieth": 20, "twenty-one": 21,
    "twenty-first": 21, "twenty one": 21, "twenty first": 21, "twenty-two": 22, "twenty-second": 22, "twenty two": 22, "twenty second": 22, "twenty-three": 23,
    "twenty-third": 23, "twenty three": 23, "twenty third": 23, "twenty-four": 24, "twenty-fourth": 24, "twenty four": 24, "twenty fourth": 24, "twenty-five": 25,
    "twenty-fifth": 25, "twenty five": 25, "twenty fifth": 25, "twenty-six": 26, "twenty-sixth": 26, "twenty six": 26, "twenty sixth": 26, "twenty-seven": 27,
    "twenty-seventh": 27, "twenty seven": 27, "twenty seventh": 27, "twenty-eight": 28, "twenty-eighth": 28, "twenty eight": 28, "twenty eighth": 28, "twenty-nine": 29,
    "twenty-ninth": 29, "twenty nine": 29, "twenty ninth": 29, "thirty": 30, "thirtieth": 30, "thirty-one": 31, "thirty-first": 31, "thirty one": 31,
    "thirty first": 31,
}
# A fronted date without a year followed by a present tense is a scheduled event
# ("Op 14 januari stemt de Kamer"): whether a named subject stands between date and verb, the
# articles of that subject (a regex), present endings, past endings that share them, past forms.
DATE_SCHEDULE_SUBJECT_FIRST: bool = True
DATE_SCHEDULE_ARTICLES: str = r"the "
DATE_PRESENT_ENDINGS: tuple[str, ...] = ("s",)
DATE_PAST_ENDINGS: tuple[str, ...] = ("ss", "us")
DATE_PAST_FORMS: frozenset[str] = frozenset({"has", "was"})
# A bare year is a year when the words around it say so ("dat 2025 het warmste jaar was",
# "wurde 1998 gegründet", "the 2008 crisis"): singular verbs after it, a regex of singular past
# forms, singular auxiliaries before it, a regex of participles, the word "year" (a regex),
# "of"-words before it, articles before an attributive year, articles after it with "year".
DATE_YEAR_SINGULAR_VERBS: frozenset[str] = frozenset({"became", "brought", "has", "is", "marked", "proved", "remains", "saw", "was"})
DATE_YEAR_SINGULAR_ENDING: str = ""
DATE_YEAR_AUX: frozenset[str] = frozenset()
DATE_YEAR_PARTICIPLE: str = ""
DATE_YEAR_WORD: str = r"\byears?\b"
DATE_YEAR_LINK: frozenset[str] = frozenset({"of"})
DATE_YEAR_ARTICLES: frozenset[str] = frozenset({"the"})
DATE_YEAR_COMPLEMENTS: frozenset[str] = frozenset()
# Words after which a number is an address, a model or a reference ("Hauptstraße 2010").
DATE_NOT_YEAR_AFTER: tuple[str, ...] = ("street", "road", "avenue", "model", "type", "version", "number", "no", "nr", "tel", "code")
# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("said X", "X said"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"acknowledged", "acknowledges", "added", "adds", "admits", "admitted", "agreed", "agrees", "announced", "announces", "answered", "argued", "argues", "asked", "asks", "believes", "boasted", "called", "calls", "cautioned", "chanted", "claimed", "claims", "commented", "complained", "complains", "conceded", "concluded", "confirmed", "confirms", "continued", "countered", "declared", "denied", "described", "describes", "emphasised", "emphasized", "explained", "explains", "grumbled", "insisted", "insists", "joked", "maintained", "maintains", "mused", "noted", "notes", "observed", "pleaded", "pointed out", "points out", "posted", "predicted", "promised", "protested", "quipped", "read", "recalled", "recalls", "recounted", "recounts", "remarked", "replied", "reported", "reports", "responded", "retorted", "said", "say", "says", "shouted", "sighed", "stated", "states", "stressed", "stresses", "suggested", "suggests", "tells", "testified", "thinks", "told", "tweeted", "underlined", "urged", "urges", "vowed", "warned", "warns", "went on", "writes", "wrote"})
# Auxiliaries that may stand before a speech verb ("has said").
SPEECH_AUX: frozenset[str] = frozenset({"has", "had", "have"})
# Prepositions that name the speaker after them ("according to X").
SPEECH_PREPS: frozenset[str] = frozenset({"according to"})
# Words that open a sentence pointing back at the quote before it ("That is what X said" is rare in English).
SPEECH_ANAPHORS: frozenset[str] = frozenset({"so"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "him", "i", "she", "them", "they", "we"})
# Titles and roles in front of a name; dropped from the speaker's name.
SPEAKER_TITLES: frozenset[str] = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "president", "vice", "prime", "minister", "secretary", "commissioner", "chancellor", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "chief", "executive", "ceo", "director", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "judge", "general", "gen", "leader", "ambassador", "lawmaker", "mp", "mep", "economist", "analyst", "researcher", "expert", "founder", "king", "queen", "pope", "coach", "officer", "official", "head", "deputy", "eu", "us", "uk", "foreign", "finance", "interior", "defence", "defense", "health", "justice", "former", "new", "acting", "opposition", "party", "state", "national", "european", "american", "british", "french", "german", "dutch", "spanish", "finnish", "belgian", "italian", "chinese", "russian", "ukrainian", "polish"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ()
# Organisations and unnamed speakers that can say something ("the ministry said").
SPEAKER_ORGS: frozenset[str] = frozenset({"ministry", "government", "police", "company", "commission", "court", "agency", "army", "military", "department", "office", "union", "council", "embassy", "prosecutors", "prosecutor", "officials", "spokesman", "spokeswoman", "spokesperson", "statement", "firm", "group", "organisers", "organizers", "authorities", "white house", "kremlin", "bank", "regulator", "cabinet", "campaign", "club", "hospital", "university", "airline", "ministry's"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"a", "an", "another", "her", "his", "its", "one", "the", "their"})
# Lowercase words inside names ("Ursula von der Leyen", "Vincent van Gogh").
NAME_PARTICLES: frozenset[str] = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le", "ten", "ter", "al", "bin", "dos", "das"})
# Abbreviations whose full stop does not end a sentence.
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "no", "vs", "u.s", "inc", "corp", "co"})
# Words that an apostrophe opens ("'em", "'90s" is handled as a number); never a quote mark.
APOSTROPHE_ELISIONS: frozenset[str] = frozenset({"em", "til", "tis", "twas", "n", "cause"})
# Words that may stand between a speech verb and its speaker, or between a speaker and the
# verb ("said on Tuesday the minister", "she also told"): skipped when reading the speaker.
SPEECH_ADVERBS: frozenset[str] = frozenset({"afternoon", "again", "also", "earlier", "evening", "friday", "further", "last", "later", "monday", "morning", "night", "on", "once", "previously", "recently", "repeatedly", "saturday", "sunday", "then", "this", "thursday", "today", "tonight", "tuesday", "wednesday", "week", "yesterday"})
# Reflexive pronouns before a speech verb ("se quejaba X").
SPEECH_REFLEXIVES: frozenset[str] = frozenset()
# Whether a speech verb may stand with no subject ("dijo" = he or she said).
SPEECH_PRO_DROP: bool = False
# Words after which a capitalised run is a place or a body, not the person a pronoun
# stands for ("an epidemiologist at Imperial College London").
SPEAKER_NOT_AFTER: frozenset[str] = frozenset({"across", "at", "by", "for", "from", "in", "into", "near", "of", "on", "to", "with"})
# Gender cues (pronouns, titles, kin and role words): a pronoun takes the last person
# whose cues do not contradict it. Possessives are left out: "her husband" is a man.
SPEAKER_FEMALE: frozenset[str] = frozenset({"actress", "aunt", "businesswoman", "chairwoman", "congresswoman", "dame", "daughter", "girlfriend", "grandmother", "lady", "miss", "mother", "mrs", "ms", "niece", "queen", "she", "sister", "spokeswoman", "widow", "wife", "woman"})
SPEAKER_MALE: frozenset[str] = frozenset({"boyfriend", "brother", "businessman", "chairman", "congressman", "father", "grandfather", "he", "him", "husband", "king", "lord", "man", "mr", "nephew", "sir", "son", "spokesman", "uncle", "widower"})
# Pronouns that stand for a group.
SPEAKER_PLURAL: frozenset[str] = frozenset({"them", "they", "we"})
# Whether a line opening with a dash is dialogue ("—Fue horrible —relata X—.").
DIALOGUE_DASH: bool = False
# Endings of a plural speech verb ("aseguran": they say), for a verb with no subject.
SPEECH_PLURAL_ENDINGS: tuple[str, ...] = ()
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    {"a", "about", "after", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have", "he", "her", "here", "his", "i", "in", "into", "is", "it", "its", "just", "may", "might", "more", "most", "must", "no", "not", "of", "on", "only", "or", "our", "out", "over", "per", "she", "should", "so", "some", "than", "that", "the", "their", "then", "there", "these", "they", "this", "those", "to", "under", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "will", "with", "would", "you", "your"}
)
# Words that join a part to its whole ("120 van de 400 banen", "120 of the 400 jobs").
PART_OF: frozenset[str] = frozenset({"of"})
# --- end shared ---
