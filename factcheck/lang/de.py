"""Language data for 'de': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---
# Locale separators: "23.000" is 23,000 and "1,5" is 1.5; Swiss "1'000" is 1,000.
DECIMAL_SEP: str = ","
GROUP_SEPS: str = ".'’\u202f\u2009\u00a0"
NUMBER_WORDS: dict[str, float] = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
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
ARTICLE_NUMBERS: frozenset[str] = frozenset({"ein", "eine", "einen", "einem", "einer"})
HALF_WORDS: frozenset[str] = frozenset({"und ein halb", "einhalb"})
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
    "yuan": "CNY", "rubel": "RUB", "finnische mark": "FIM", "mark": "DEM", "d-mark": "DEM",
}
CURRENCY_MINOR: dict[str, str] = {"cent": "EUR", "eurocent": "EUR", "rappen": "CHF"}
PERCENT_WORDS: frozenset[str] = frozenset({"prozent", "%"})
POINT_WORDS: frozenset[str] = frozenset({"prozentpunkte", "prozentpunkt", "prozentpunkten", "basispunkte"})
UNIT_WORDS: dict[str, str] = {
    "kilometer": "kilometer", "kilometern": "kilometer", "meter": "meter", "metern": "meter",
    "zentimeter": "centimeter", "millimeter": "millimeter", "meilen": "mile", "fuß": "foot", "zoll": "inch",
    "quadratmeter": "square_meter", "quadratkilometer": "square_kilometer", "hektar": "hectare",
    "kubikmeter": "cubic_meter", "liter": "liter", "litern": "liter", "milliliter": "milliliter",
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
    "jahren": "year", "jahrzehnte": "decade", "jahrhundert": "century",
}
PER_WORDS: frozenset[str] = frozenset({"pro", "je", "jede", "jeden", "jedes", "in der", "im", "am"})
OVER_WORDS: frozenset[str] = frozenset({"in", "innerhalb", "binnen"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"laut", "nach angaben", "nach schätzungen", "sagte"})
ARTICLES: frozenset[str] = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine"})
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"artikel", "art.", "kapitel", "nummer", "nr.", "seite", "s.", "paragraf", "paragraph", "absatz", "abs.", "version", "schritt", "phase", "anlage", "punkt", "zimmer", "linie", "tel.", "telefon", "stufe", "windows", "iphone", "covid", "klasse", "gleis", "§"})
CHROME: tuple[str, ...] = ("lesezeit # minuten", "lesezeit # min", "# min lesezeit", "# kommentare", "merken", "teilen")
ORDINAL_SUFFIXES: tuple[str, ...] = ()
ADJECTIVE_SUFFIXES: tuple[str, ...] = ("e", "en", "er", "es", "em")
NOUN_LINKS: frozenset[str] = frozenset({"an"})
SUBJECT_LINKS: frozenset[str] = frozenset({"von", "in höhe von", "über", "beträgt", "betrug"})
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
