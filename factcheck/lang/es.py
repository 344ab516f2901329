"""Language data for 'es': plain data, no logic."""

from __future__ import annotations

# --- numbers (owned by the numbers extractor) ---
# Locale separators: "23.000" is 23,000 and "1,5" is 1.5.
DECIMAL_SEP: str = ","
GROUP_SEPS: str = " .\u202f\u2009\u00a0"
NUMBER_WORDS: dict[str, float] = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiun": 21, "veintiuna": 21, "veintidós": 22,
    "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
    "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}
# Tens that take a teen after them (French "soixante-dix", "quatre-vingt-dix").
TEEN_TENS: frozenset[int] = frozenset()
MULTIPLIERS: dict[str, int] = {"docena": 12, "docenas": 12, "decena": 10, "decenas": 10, "veintena": 20, "centenar": 100, "centenares": 100, "millar": 1000, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12}
# "mil millones" is 10^9 (read as 1,000 x 10^6); billón is 10^12 (long scale).
SCALES: dict[str, int] = {
    "mil": 10**3, "millón": 10**6, "millon": 10**6, "millones": 10**6, "billón": 10**12,
    "billon": 10**12, "billones": 10**12, "millardo": 10**9, "millardos": 10**9,
}
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 10**3, "mill.": 10**6, "mill": 10**6, "mln": 10**6, "mm": 10**6, "m": 10**6}
NUMBER_CONNECTORS: frozenset[str] = frozenset({"y"})
# The decimal point in words: "twee komma vijf".
# "siete con cincuenta" is 7.50 (a fraction after "con" is read as one: "uno con un medio").
DECIMAL_WORDS: frozenset[str] = frozenset({"coma", "punto", "con"})
# A ratio between two numbers: "1 op de 3" is 1/3.
RATIO_WORDS: frozenset[str] = frozenset({"sobre", "de cada"})
ARTICLE_NUMBERS: frozenset[str] = frozenset({"un", "una", "uno"})
HALF_WORDS: frozenset[str] = frozenset({"y medio", "y media"})
# Fractions by their denominator: "drie vijfde" is 3/5, "een kwart" 1/4.
FRACTIONS: dict[str, int] = {"medio": 2, "tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5, "quintos": 5, "sexto": 6, "sextos": 6, "séptimo": 7, "séptimos": 7, "octavo": 8, "octavos": 8, "noveno": 9, "novenos": 9, "décimo": 10, "décimos": 10, "centésimo": 100, "centésimos": 100, "milésimo": 1000, "milésimos": 1000}
# Joins a whole number and a fraction: "uno con un medio", "one and a fourth".
FRACTION_JOINERS: frozenset[str] = frozenset({"y", "con"})
VAGUE: dict[str, tuple[int, int]] = {
    "decenas": (20, 100), "docenas": (24, 100), "cientos": (200, 1_000), "centenares": (200, 1_000),
    "miles": (2_000, 10_000), "millares": (2_000, 10_000), "decenas de miles": (20_000, 100_000),
    "cientos de miles": (200_000, 1_000_000), "centenares de miles": (200_000, 1_000_000),
    "millones": (2_000_000, 10_000_000), "miles de millones": (2 * 10**9, 10 * 10**9),
}
APPROXIMATORS: frozenset[str] = frozenset({"unos", "unas", "alrededor de", "aproximadamente", "cerca de", "cerca del", "alrededor del", "en torno a", "en torno al", "en torno de", "del orden de", "casi unos", "aprox.", "sobre unos", "algo así como"})
MORE_THAN: frozenset[str] = frozenset({"más de", "más del", "por encima de", "por encima del", "superior a", "superiores a"})
AT_LEAST: frozenset[str] = frozenset({"al menos", "como mínimo", "por lo menos", "no menos de"})
LESS_THAN: frozenset[str] = frozenset({"menos de", "menos del", "por debajo de", "por debajo del", "inferior a"})
UP_TO: frozenset[str] = frozenset({"hasta", "como máximo", "un máximo de", "no más de"})
# Spanish puts an article before a percent: "más del 50 %", "casi el 60 %", "casi un 20 %".
NEARLY: frozenset[str] = frozenset({"casi", "casi el", "casi un", "casi una", "prácticamente"})
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("entre", "y"), ("de", "a"), ("", "a"))
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "de euros": "EUR", "dólar": "USD", "dólares": "USD",
    "dolares": "USD", "de dólares": "USD", "de dolares": "USD", "usd": "USD", "libras": "GBP",
    "libras esterlinas": "GBP", "de libras": "GBP", "yenes": "JPY", "yen": "JPY", "pesos": "MXN",
    "de pesos": "MXN", "francos suizos": "CHF", "yuanes": "CNY", "francos": "CHF", "dólares australianos": "AUD", "dólares canadienses": "CAD", "marcos finlandeses": "FIM", "u$d": "USD", "u$s": "USD", "rublos": "RUB", "pesetas": "ESP",
}
CURRENCY_MINOR: dict[str, str] = {"peniques": "GBP", "penique": "GBP", "céntimos": "EUR", "centimos": "EUR", "centavos": "USD", "centavo": "USD", "céntimo": "EUR"}
PERCENT_WORDS: frozenset[str] = frozenset({"por ciento", "porciento", "por cien", "%"})
POINT_WORDS: frozenset[str] = frozenset({"puntos porcentuales", "punto porcentual", "puntos", "punto"})
UNIT_WORDS: dict[str, str] = {
    "kilómetros": "kilometer", "kilometros": "kilometer", "kilómetro": "kilometer", "metros": "meter",
    "metro": "meter", "centímetros": "centimeter", "milímetros": "millimeter", "millas": "mile",
    "pies": "foot", "pie": "foot", "pulgadas": "inch", "pulgada": "inch",
    "kilómetros cuadrados": "kilometer ** 2", "metros cuadrados": "meter ** 2", "hectáreas": "hectare",
    "metros cúbicos": "meter ** 3", "litros": "liter", "litro": "liter", "mililitros": "milliliter",
    "kilogramos": "kilogram", "kilogramo": "kilogram", "kilos": "kilogram", "gramos": "gram",
    "toneladas": "metric_ton", "tonelada": "metric_ton", "toneladas métricas": "metric_ton",
    "kilómetros por hora": "kilometer / hour", "galones": "gallon", "galón": "gallon", "pies cúbicos": "foot ** 3", "bits": "bit", "bytes": "byte", "cc": "centimeter ** 3", "milla": "mile", "onzas": "ounce", "acres": "acre", "barriles": "oil_barrel", "centígrado": "degree_Celsius", "microgramos": "microgram", "miligramos": "milligram", "kilómetros/hora": "kilometer / hour",
    "grados celsius": "degree_Celsius", "grados centígrados": "degree_Celsius", "grados fahrenheit": "degree_Fahrenheit",
    "grados f": "degree_Fahrenheit", "grados c": "degree_Celsius", "grados": "degree_Celsius", "grado": "degree_Celsius",
    "celsius": "degree_Celsius", "centígrados": "degree_Celsius", "fahrenheit": "degree_Fahrenheit",
    "kelvin": "kelvin", "megavatios": "megawatt", "kilovatios": "kilowatt", "gigavatios": "gigawatt",
    "kilovatios hora": "kilowatt_hour", "megavatios hora": "megawatt_hour", "teravatios hora": "terawatt_hour",
    "gigabytes": "gigabyte", "megabytes": "megabyte", "terabytes": "terabyte", "caballos": "horsepower",
}
TIME_UNITS: dict[str, str] = {
    "segundos": "second", "segundo": "second", "minutos": "minute", "minuto": "minute", "horas": "hour",
    "hora": "hour", "días": "day", "dias": "day", "día": "day", "semanas": "week", "semana": "week",
    "meses": "month", "mes": "month", "años": "year", "año": "year", "décadas": "decade", "siglos": "century",
}
PER_WORDS: frozenset[str] = frozenset({"por", "cada", "al", "a la", "por cada"})
# After a counted noun these make a rate ("240.000 pasajeros diarios", "500 cases a day").
RATE_AFTER_NOUN: dict[str, str] = {"diarios": "day", "diarias": "day", "al día": "day", "por día": "day", "por hora": "hour", "a la hora": "hour", "semanales": "week", "a la semana": "week", "mensuales": "month", "al mes": "month", "anuales": "year", "al año": "year"}
# Before a number these make it an age in years ("aged 87", "âgé de 87").
AGE_BEFORE: frozenset[str] = frozenset({"a la edad de", "con la edad de"})
OVER_WORDS: frozenset[str] = frozenset({"en", "durante"})
# A sign in words: "minus vijf".
NEGATIVE_WORDS: frozenset[str] = frozenset({"menos", "negativo"})
# After "a year" these make a point in time, not a rate ("a year earlier").
AGO_WORDS: frozenset[str] = frozenset({"antes", "atrás", "después"})
# Words before the one who gives a figure ("volgens de politie").
SPEAKER_MARKERS: frozenset[str] = frozenset({"según", "de acuerdo con", "afirmó", "dijo"})
ARTICLES: frozenset[str] = frozenset({"el", "la", "los", "las", "un", "una"})
NOT_COUNT_BEFORE: frozenset[str] = frozenset({"artículo", "art.", "capítulo", "número", "núm.", "nº", "n.º", "página", "pág.", "párrafo", "apartado", "versión", "paso", "fase", "anexo", "punto", "sala", "línea", "tel.", "teléfono", "nivel", "windows", "iphone", "covid", "clase", "andén", "ruta", "carretera", "salida"})
# Times of day, not durations: "om 14 uur", "at 2 pm", "um 14 Uhr", "à 14 h 30".
CLOCK_BEFORE: frozenset[str] = frozenset({"a las", "a la", "desde las", "hasta las", "sobre las", "las"})
CLOCK_AFTER: frozenset[str] = frozenset({"h", "hs"})
CHROME: tuple[str, ...] = ("tiempo de lectura # min", "tiempo de lectura: # min", "lectura: # min", "# min de lectura", "# comentarios", "compartir", "guardar")
ORDINAL_SUFFIXES: tuple[str, ...] = ("º", "ª", "o", "a", ".º", ".ª", "er", "°", "ro", "do", "to", "vo", "mo", "no")
# Whether a number with a dot before a word is an ordinal ("am 3. Januar").
ORDINAL_DOT: bool = False
ADJECTIVE_SUFFIXES: tuple[str, ...] = ()
# Whether nouns are written with a capital (German): the counted noun is the capitalised word.
NOUNS_CAPITALIZED: bool = False
NOUN_LINKS: frozenset[str] = frozenset({"de"})
SUBJECT_LINKS: frozenset[str] = frozenset({"de", "por", "asciende a", "alcanza"})
# Before a multiplier or scale, "half": "half a dozen", "een half miljoen" (x 0.5).
HALF_BEFORE: frozenset[str] = frozenset({"media", "medio", "una media", "un medio"})
# Currency words that also name a weight ("7 pounds 4 ounces"), and the words that make them a weight.
WEIGHT_CURRENCY_WORDS: dict[str, str] = {"libra": "pound", "libras": "pound"}
WEIGHT_CONTEXT: frozenset[str] = frozenset({"pesa", "pesaba", "pesó", "peso", "pesar", "bebé", "onza", "onzas", "tonelada", "toneladas", "métrica", "kilos", "kilogramos", "kg", "bajar", "bajó", "perder", "adelgazar"})
# Vague counts before a time unit: "a few hours" is 2 to under 5 hours.
VAGUE_TIME: dict[str, tuple[int, int]] = {"unos pocos": (2, 5), "unas pocas": (2, 5), "unos cuantos": (2, 5), "unas cuantas": (2, 5), "varios": (3, 10), "varias": (3, 10)}
# Before a time unit these name one whole unit ("todo el día", "toda la semana").
WHOLE_TIME: frozenset[str] = frozenset({"todo el", "toda la", "todo un", "toda una"})
# Before "una hora", "un día" these make a rate, not a duration ("dos veces al día").
FREQUENCY_WORDS: frozenset[str] = frozenset({"vez", "veces"})
# --- end numbers ---

# --- dates (owned by the dates extractor) ---
# Month and weekday names as news writes them; abbreviations count only next to a day or a year.
DATE_MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
DATE_MONTH_ABBR: dict[str, int] = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
    "sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
}
DATE_WEEKDAYS: dict[str, int] = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
}
DATE_WEEKDAY_ABBR: dict[str, int] = {"lun": 0, "mar": 1, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5, "dom": 6}
# Meteorological seasons: the month each one starts in.
DATE_SEASONS: dict[str, int] = {"primavera": 3, "verano": 6, "otoño": 9, "invierno": 12}
DATE_UNITS: dict[str, str] = {
    "fin de semana": "weekend",
    "día": "day", "días": "day", "dia": "day", "dias": "day", "semana": "week", "semanas": "week",
    "mes": "month", "meses": "month", "trimestre": "quarter", "trimestres": "quarter", "año": "year",
    "años": "year", "semestre": "half", "mitad": "half", "década": "decade",
}
DATE_DAY_OFFSETS: dict[str, int] = {
    "anteayer": -2, "antier": -2, "ayer": -1, "anoche": -1, "hoy": 0, "esta mañana": 0, "esta tarde": 0,
    "esta noche": 0, "mañana": 1, "pasado mañana": 2,
}
# Words before a unit, month, season or weekday that move it: -1 back, 0 the current one, 1 ahead.
DATE_SHIFT_BEFORE: dict[str, int] = {
    "este": 0, "esta": 0, "próximo": 1, "próxima": 1, "proximo": 1, "proxima": 1,
}
# After the unit: "la semana pasada", "el mes que viene".
DATE_SHIFT_AFTER: dict[str, int] = {
    "pasado": -1, "pasada": -1, "anterior": -1, "próximo": 1, "próxima": 1, "que viene": 1,
    "entrante": 1, "siguiente": 1, "en curso": 0, "actual": 0,
}
# Where within a period: the first or second half, the middle, before or after the publication date.
DATE_PARTS: dict[str, str] = {
    "principios de": "start", "comienzos de": "start", "inicios de": "start", "finales de": "end",
    "principios del": "start", "comienzos del": "start", "inicios del": "start", "finales del": "end",
    "fines del": "end", "mediados del": "mid",
    "fines de": "end", "mediados de": "mid",
}
DATE_AGO_BEFORE: tuple[str, ...] = ("hace",)
DATE_AGO_AFTER: tuple[str, ...] = ()
# "dentro de dos semanas" is a date ahead; "en once días" is a duration.
DATE_IN_FUTURE: tuple[str, ...] = ("dentro de",)
DATE_IN_FUTURE_NEEDS_AUX: bool = False
DATE_SINCE: tuple[str, ...] = ("desde",)
# Right before a year-less date, these point forward in time.
DATE_FUTURE_MARKERS: tuple[str, ...] = ("próximo", "próxima", "a partir del", "a partir de", "hasta")
# Anywhere in the sentence, a future auxiliary points forward too.
DATE_FUTURE_AUX: tuple[str, ...] = ("va a", "van a", "vamos a", "será", "serán", "habrá")
# Endings of future-tense verbs ("estará", "seront"): a sentence with one points forward.
DATE_FUTURE_ENDINGS: tuple[str, ...] = ("rá", "rán", "remos")
# A bare four-digit number is a year after one of these words.
DATE_YEAR_PREPS: tuple[str, ...] = (
    "en", "desde", "de", "del", "hasta", "antes", "después", "tras", "hacia", "año", "entre", "y", "o", "que",
)
# A numeric day and month without a year ("22/04") is a date only after one of these.
DATE_DAY_PREPS: tuple[str, ...] = ("el", "del", "al", "desde", "hasta", "entre")
DATE_RANGE_FROM: tuple[str, ...] = ("del", "desde el", "desde", "de")
DATE_RANGE_TO: tuple[str, ...] = ("hasta el", "hasta", "al", "a", "-", "–", "—")
DATE_BETWEEN: tuple[tuple[str, str], ...] = (("entre el", "y el"), ("entre", "y"))
DATE_ORDINAL_SUFFIXES: tuple[str, ...] = ("º", "°", ".º", "o")
# Words that may stand between the parts of a date: "el 26 de enero de 2026".
DATE_LINKS: tuple[str, ...] = ("de", "del")
DATE_DAY_ARTICLES: tuple[str, ...] = ("el",)
# Whether the noun comes before its adjectives ("le chômage partiel"): the subject is then the first word after an article, else the last.
DATE_NOUN_FIRST: bool = True
DATE_ARTICLES: tuple[str, ...] = ("el", "la", "los", "las", "un", "una", "unos", "unas")
DATE_ORDER: str = "DMY"
DATE_COUNT_WORDS: dict[str, int] = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinte": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50,
}
# Written as given (lowercase) or at the start of a sentence; otherwise another word.
DATE_LOWER_ONLY: tuple[str, ...] = ()
# Written with a capital, or it is another word.
DATE_CAPITAL_ONLY: tuple[str, ...] = ()
# "los años 90", "los años noventa".
DATE_DECADE_BEFORE: tuple[str, ...] = ("años",)
DATE_DECADE_AFTER: tuple[str, ...] = ()
# Decades in words, with the tens digit: "los años sesenta" (the century before publication).
DATE_DECADE_WORDS: dict[str, int] = {
    "años veinte": 2, "años treinta": 3, "años cuarenta": 4, "años cincuenta": 5, "años sesenta": 6,
    "años setenta": 7, "años ochenta": 8, "años noventa": 9,
}
DATE_WEEK_NUMBER: tuple[str, ...] = ("semana",)
# Parts of a day written together with a weekday (none in Spanish: "lunes por la tarde").
DATE_DAY_PARTS: tuple[str, ...] = ()
# "la semana del 10 de abril": the calendar week holding the date.
DATE_WEEK_OF: tuple[str, ...] = ("la semana del", "semana del")
# Open ranges: "después de 2018" is from 2019 on, "antes de 2010" up to 2009.
DATE_BEFORE: tuple[str, ...] = ("antes de", "antes del")
DATE_AFTER: tuple[str, ...] = ("después de", "después del", "tras")
# "la última semana de julio" (with the ordinals of DATE_DAY_WORDS for "la primera semana").
DATE_LAST: tuple[str, ...] = ("última", "último")
DATE_FIRST: tuple[str, ...] = ("primera", "primer", "primero")
# "3 days from today": a count of units counted from the publication date.
DATE_FROM_NOW: tuple[str, ...] = ("a partir de hoy", "desde hoy")
# "tussen nu en 2030": the publication day as one end of a range (never a date alone).
DATE_NOW: tuple[str, ...] = ("ahora", "hoy")
# From the first of January to the publication date.
DATE_YEAR_TO_DATE: tuple[str, ...] = ("en lo que va de año", "en lo que va del año", "desde principios de año")
# Fixed-date holidays as (month, day); a year-less one resolves like "in december".
DATE_HOLIDAYS: dict[str, tuple[int, int]] = {"nochebuena": (12, 24), "navidad": (12, 25), "nochevieja": (12, 31), "año nuevo": (1, 1), "día de reyes": (1, 6), "san valentín": (2, 14)}
# Day numbers written out, cardinal and ordinal (1 to 31): "de tweede van augustus".
DATE_DAY_WORDS: dict[str, int] = {
    "primero": 1, "primer": 1, "tercer": 3, "dos": 2, "segundo": 2, "tres": 3, "tercero": 3, "cuatro": 4, "cuarto": 4, "cinco": 5,
    "quinto": 5, "seis": 6, "sexto": 6, "siete": 7, "séptimo": 7, "ocho": 8, "octavo": 8, "nueve": 9,
    "noveno": 9, "diez": 10, "décimo": 10, "once": 11, "décimoprimero": 11, "doce": 12, "décimosegundo": 12, "trece": 13,
    "décimo tercero": 13, "catorce": 14, "décimo cuarto": 14, "quince": 15, "décimo quinto": 15, "dieciséis": 16, "décimo sexto": 16, "diecisiete": 17,
    "décimo séptimo": 17, "dieciocho": 18, "décimo octavo": 18, "diecinueve": 19, "décimo noveno": 19, "veinte": 20, "vigésimo": 20, "veintiuno": 21,
    "vigésimo primero": 21, "veintidós": 22, "vigésimo segundo": 22, "veintitrés": 23, "vigésimo tercero": 23, "veinticuatro": 24, "vigésimo cuarto": 24, "veinticinco": 25,
    "vigésimo quinto": 25, "veintiséis": 26, "vigésimo sexto": 26, "veintisiete": 27, "vigésimo séptimo": 27, "veintiocho": 28, "vigésimo octavo": 28, "veintinueve": 29,
    "vigésimo noveno": 29, "treinta": 30, "trigésimo": 30, "treinta y uno": 31, "trigésimo primero": 31,
}
# A fronted date without a year followed by a present tense is a scheduled event
# ("Op 14 januari stemt de Kamer"): whether a named subject stands between date and verb, the
# articles of that subject (a regex), present endings, past endings that share them, past forms.
DATE_SCHEDULE_SUBJECT_FIRST: bool = True
DATE_SCHEDULE_ARTICLES: str = r"(?:el|la|los|las)"
DATE_PRESENT_ENDINGS: tuple[str, ...] = ("a", "e", "an", "en")
DATE_PAST_ENDINGS: tuple[str, ...] = ("aba", "ía", "ban", "ían")
DATE_PAST_FORMS: frozenset[str] = frozenset({"era", "fue", "ha", "había", "han"})
# A bare year is a year when the words around it say so ("dat 2025 het warmste jaar was",
# "wurde 1998 gegründet", "the 2008 crisis"): singular verbs after it, a regex of singular past
# forms, singular auxiliaries before it, a regex of participles, the word "year" (a regex),
# "of"-words before it, articles before an attributive year, articles after it with "year".
DATE_YEAR_SINGULAR_VERBS: frozenset[str] = frozenset({"dejó", "era", "es", "fue", "ha", "marcó", "será", "sigue"})
DATE_YEAR_SINGULAR_ENDING: str = r"[^\W\d_]{2,}ó"
DATE_YEAR_AUX: frozenset[str] = frozenset()
DATE_YEAR_PARTICIPLE: str = ""
DATE_YEAR_WORD: str = r"\baños?\b"
DATE_YEAR_LINK: frozenset[str] = frozenset({"de", "del"})
DATE_YEAR_ARTICLES: frozenset[str] = frozenset({"el"})
DATE_YEAR_COMPLEMENTS: frozenset[str] = frozenset()
# Words after which a number is an address, a model or a reference ("Hauptstraße 2010").
DATE_NOT_YEAR_AFTER: tuple[str, ...] = ("calle", "avenida", "plaza", "modelo", "versión", "número", "no", "tipo", "tel", "código")
# --- end dates ---

# --- quotes (owned by the quotes extractor) ---
# Speech verbs that attribute a quote ("dijo X", "X dijo", "afirmó X"), inflected forms as written.
SPEECH_VERBS: frozenset[str] = frozenset({"admite", "admitió", "advierte", "advierten", "advirtieron", "advirtió", "afirma", "afirmado", "afirman", "afirmaron", "afirmó", "agrega", "agregó", "alerta", "alertó", "anuncia", "anunció", "apostilló", "apunta", "apuntó", "asegura", "asegurado", "aseguran", "aseguraron", "aseguró", "aseveró", "avisó", "añade", "añadió", "añadían", "califica", "calificó", "comentó", "concluyó", "confesó", "confiesa", "considera", "consideró", "contaba", "contó", "critica", "critican", "criticaron", "criticó", "cuenta", "cuentan", "declara", "declarado", "declaró", "decía", "defendió", "defiende", "denuncia", "denuncian", "denunciaron", "denunció", "destaca", "destacó", "dice", "dicen", "dicho", "dijeron", "dijo", "escribe", "escribió", "exige", "exigió", "explica", "explicaba", "explicado", "explican", "explicaron", "explicó", "expresa", "expresó", "grita", "gritaba", "gritó", "indica", "indicaron", "indicó", "insiste", "insisten", "insistió", "insistía", "ironizó", "lamenta", "lamentan", "lamentaron", "lamentó", "manifestó", "matiza", "matizó", "narra", "narró", "opina", "opinó", "pide", "piden", "pidió", "precisa", "precisó", "promete", "prometió", "queja", "quejaba", "quejó", "recalca", "recalcó", "reclama", "reclaman", "reclamó", "reconoce", "reconoció", "recordó", "recuerda", "relata", "relataba", "relatan", "relató", "remarca", "remarcó", "replica", "replicó", "responde", "respondió", "respondía", "resume", "resumió", "sentenció", "señala", "señalado", "señalan", "señalaron", "señaló", "sostiene", "sostuvo", "subraya", "subrayó", "tuiteó", "valora", "valoró", "zanjó"})
SPEECH_AUX: frozenset[str] = frozenset({"ha", "han", "había", "habían"})
SPEECH_PREPS: frozenset[str] = frozenset({"según", "para"})
SPEECH_ANAPHORS: frozenset[str] = frozenset({"así lo", "eso", "esto", "así"})
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"él", "ella", "ellos", "ellas", "yo", "nosotros"})
SPEAKER_TITLES: frozenset[str] = frozenset({"sr", "sra", "srta", "don", "doña", "dr", "dra", "presidente", "presidenta", "vicepresidente", "vicepresidenta", "ministro", "ministra", "comisario", "comisaria", "portavoz", "alcalde", "alcaldesa", "director", "directora", "diputado", "diputada", "senador", "senadora", "secretario", "secretaria", "jefe", "jefa", "líder", "profesor", "profesora", "economista", "papa", "rey", "reina", "entrenador", "consejero", "consejera", "eurodiputado", "eurodiputada", "exministro", "exministra", "expresidente", "general", "investigador", "investigadora", "europea", "europeo", "finlandesa", "española", "español"})
SPEAKER_ROLE_SUFFIXES: tuple[str, ...] = ()
SPEAKER_ORGS: frozenset[str] = frozenset({"ministerio", "gobierno", "policía", "empresa", "portavoz", "comisión", "tribunal", "fiscalía", "sindicato", "ayuntamiento", "ejército", "ejecutivo", "partido", "embajada", "fuentes", "compañía", "organización", "guardia civil", "juez", "jueza", "club", "hospital", "universidad", "moncloa"})
SPEAKER_DETERMINERS: frozenset[str] = frozenset({"el", "la", "las", "los", "otra", "otro", "su", "sus", "un", "una"})
NAME_PARTICLES: frozenset[str] = frozenset({"de", "del", "la", "las", "los", "y", "da", "di", "von", "van", "der"})
NAME_ABBREVIATIONS: frozenset[str] = frozenset({"sr", "sra", "srta", "dr", "dra", "d", "dña", "st", "etc", "núm"})
APOSTROPHE_ELISIONS: frozenset[str] = frozenset()
# Words that may stand between a speech verb and its speaker, or between a speaker and the
# verb ("said on Tuesday the minister", "she also told"): skipped when reading the speaker.
SPEECH_ADVERBS: frozenset[str] = frozenset({"además", "ayer", "de nuevo", "después", "domingo", "entonces", "esta", "este", "hoy", "jueves", "luego", "lunes", "martes", "mañana", "miércoles", "más tarde", "noche", "nuevamente", "sábado", "también", "tarde", "viernes", "ya"})
# Reflexive pronouns before a speech verb ("se quejaba X").
SPEECH_REFLEXIVES: frozenset[str] = frozenset({"se"})
# Whether a speech verb may stand with no subject ("dijo" = he or she said).
SPEECH_PRO_DROP: bool = True
# Words after which a capitalised run is a place or a body, not the person a pronoun
# stands for ("an epidemiologist at Imperial College London").
SPEAKER_NOT_AFTER: frozenset[str] = frozenset({"a", "al", "con", "contra", "de", "del", "desde", "en", "para", "por", "sobre"})
# Gender cues (pronouns, titles, kin and role words): a pronoun takes the last person
# whose cues do not contradict it.
SPEAKER_FEMALE: frozenset[str] = frozenset({"abogada", "abuela", "alcaldesa", "comisaria", "consejera", "diputada", "directora", "doña", "dra", "ella", "esposa", "eurodiputada", "exministra", "hermana", "hija", "investigadora", "jefa", "la", "madre", "ministra", "mujer", "presidenta", "profesora", "reina", "secretaria", "senadora", "señora", "sobrina", "sra", "srta", "tenista", "tía", "una", "vecina", "vicepresidenta", "viuda"})
SPEAKER_MALE: frozenset[str] = frozenset({"abogado", "abuelo", "alcalde", "comisario", "consejero", "diputado", "don", "el", "esposo", "eurodiputado", "exministro", "hermano", "hijo", "investigador", "jefe", "marido", "ministro", "padre", "papa", "profesor", "rey", "secretario", "senador", "señor", "sobrino", "sr", "tío", "un", "vecino", "viudo", "él"})
# Pronouns that stand for a group.
SPEAKER_PLURAL: frozenset[str] = frozenset({"ellas", "ellos", "nosotros"})
# Whether a line opening with a dash is dialogue ("—Fue horrible —relata X—.").
DIALOGUE_DASH: bool = True
# Endings of a plural speech verb ("aseguran": they say), for a verb with no subject.
SPEECH_PLURAL_ENDINGS: tuple[str, ...] = ("an", "en", "on")
# --- end quotes ---

# --- shared ---
# Words that carry no subject: left out of a claim's context words.
STOP_WORDS: frozenset[str] = frozenset(
    {"a", "al", "antes", "bajo", "como", "con", "cuando", "de", "debe", "deben", "del", "desde", "después", "donde", "durante", "el", "ella", "ellas", "ellos", "en", "entre", "era", "eran", "es", "esa", "esas", "ese", "esos", "esta", "estas", "este", "estos", "ha", "había", "habían", "hace", "han", "hasta", "la", "las", "lo", "los", "muy", "más", "ni", "no", "nosotros", "nuestra", "nuestro", "o", "para", "pero", "por", "puede", "pueden", "que", "quien", "qué", "se", "ser", "será", "serán", "sería", "sido", "sin", "sobre", "son", "su", "sus", "también", "un", "una", "unas", "unos", "vosotros", "y", "yo", "él"}
)
# Words that join a part to its whole ("120 van de 400 banen", "120 of the 400 jobs").
PART_OF: frozenset[str] = frozenset({"de"})
# --- end shared ---
