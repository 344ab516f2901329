"""A deterministic, multilingual, news-like benchmark corpus.

Everything is generated here from sentence templates and small word lists, with a fixed
seed: no network, no files from elsewhere. The same seed gives the same text on every
machine and every Python >= 3.11 (``random.Random`` seeded with an ``int`` or ``str``
is stable across versions).

The text mimics what the library reads in practice: articles with a headline, sometimes
page chrome ("leestijd 2 minuten"), paragraphs with counts, money, units, percents,
rates, durations, absolute and relative dates, quoted statements with speakers, and plain
sentences without a number.

    >>> parts = build_parts(min_bytes=2_000)
    >>> sorted(parts) == sorted(LANGS)
    True
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = [
    "LANGS",
    "PUBLISHED",
    "SEED",
    "build_corpus",
    "build_part",
    "build_parts",
    "clusters",
    "paragraphs",
    "sample",
    "story_sources",
]

LANGS: tuple[str, ...] = ("en", "nl", "de", "fr", "es")
SEED = 20260126
#: The publication date every generated article is read against.
PUBLISHED = dt.date(2026, 1, 26)
#: Default size of each language's part: five parts make a little over 1 MiB.
MIN_BYTES_PER_LANG = 220_000


@dataclass(frozen=True)
class _Lang:
    """What one language needs to render the templates."""

    dec: str  # decimal separator
    groups: tuple[str, ...]  # thousands separators in use (the first is the usual one)
    months: tuple[str, ...]
    small: tuple[str, ...]  # number words for 2..12
    compound: tuple[str, ...]  # a few compound number words (23, 45, ...)
    compound_values: tuple[int, ...]
    nouns: Mapping[str, tuple[str, ...]]  # counted nouns (plural) by class
    vague: tuple[str, ...]  # "thousands of": followed by a plural noun
    approx: tuple[str, ...]  # "about", "more than": followed by a number
    between: str  # "between {a} and {b}"
    million: Callable[[str, float], str]  # "3.5 million" for a formatted mantissa
    money: tuple[str, ...]  # formats with {m} (scaled mantissa) or {g} (grouped integer)
    pct: tuple[str, ...]  # formats with {p}
    pp: tuple[str, ...]
    units: Mapping[str, tuple[tuple[str, int, int, int], ...]]  # class -> (format, low, high, decimals)
    durations: tuple[tuple[str, str], ...]  # (singular, plural) unit words
    dur_special: tuple[str, ...]  # "two and a half hours"
    per: tuple[str, ...]  # rate suffixes: "an hour", "per day"
    money_per: tuple[str, ...]  # "€{n} a month"
    date: tuple[str, ...]  # formats with {d} {m} {mm} {y}
    month: tuple[str, ...]  # formats with {m} {y}
    rel: tuple[str, ...]
    since: tuple[str, ...]  # formats with {y}
    orgs: tuple[str, ...]
    places: tuple[str, ...]
    templates: tuple[str, ...]
    quote_forms: tuple[str, ...]  # formats with {q} and {sp}
    carry_forms: tuple[str, ...]  # a second quote of the same speaker, no attribution
    openers: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    numeric_quotes: tuple[str, ...]  # statements with slots inside
    speakers: tuple[str, ...]
    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    chrome: tuple[str, ...]


def _en_million(m: str, x: float) -> str:
    del x
    return f"{m} million"


def _nl_million(m: str, x: float) -> str:
    del x
    return f"{m} miljoen"


def _de_million(m: str, x: float) -> str:
    return f"{m} Mio." if x >= 10 else f"{m} Millionen"


def _fr_million(m: str, x: float) -> str:
    return f"{m} million de" if x < 2 else f"{m} millions de"


def _es_million(m: str, x: float) -> str:
    del x
    return f"{m} millones de"


_EN = _Lang(
    dec=".",
    groups=(",",),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    small=("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
    compound=("twenty-three", "forty-five", "sixty-one", "thirty-eight"),
    compound_values=(23, 45, 61, 38),
    nouns={
        "cases": ("cases", "complaints", "reports", "incidents", "applications"),
        "homes": ("homes", "households", "businesses", "addresses"),
        "images": ("images", "posts", "videos", "messages"),
        "staff": ("workers", "teachers", "nurses", "police officers", "employees"),
        "people": ("people", "demonstrators", "visitors", "passengers", "residents"),
    },
    vague=("thousands of", "hundreds of", "dozens of", "tens of thousands of", "millions of"),
    approx=("about", "more than", "nearly", "roughly", "at least", "up to", "almost", "some"),
    between="between {a} and {b}",
    million=_en_million,
    money=(
        "€{m} million",
        "${m}bn",
        "£{m}bn",
        "EUR {m}m",
        "{m} million euros",
        "${g}",
        "€{g}",
        "€{m}bn",
        "{m} billion dollars",
    ),
    pct=("{p}%", "{p} percent", "{p} per cent"),
    pp=("{p} percentage points",),
    units={
        "area": (
            ("{n} hectares", 50, 20000, 0),
            ("{n} square metres", 80, 9000, 0),
            ("{n} acres", 10, 900, 0),
        ),
        "len": (("{n} kilometres", 5, 900, 0), ("{n} km", 2, 60, 1), ("{n} miles", 3, 400, 0)),
        "mass": (("{n} tonnes", 2, 9000, 0), ("{n} kilograms", 10, 900, 0), ("{n} kg", 1, 90, 1)),
        "vol": (("{n} million litres", 1, 90, 1), ("{n} cubic metres", 100, 50000, 0)),
        "energy": (("{n} gigawatts", 1, 9, 1), ("{n} megawatts", 20, 900, 0), ("{n} MW", 20, 900, 0)),
        "data": (("{n} terabytes", 1, 500, 0), ("{n} GB", 2, 900, 0)),
        "temp": (("{n} degrees Celsius", 25, 44, 0), ("{n}°C", -15, 42, 1)),
        "speed": (("{n} km/h", 80, 320, 0), ("{n} miles per hour", 40, 190, 0)),
    },
    durations=(("day", "days"), ("week", "weeks"), ("month", "months"), ("hour", "hours"), ("year", "years")),
    dur_special=("two and a half hours", "a year and a half", "a week and a half", "half an hour"),
    per=("an hour", "per hour", "a day", "per day", "a week"),
    money_per=("€{n} a month", "£{n} a week", "${n} a year", "€{n} per month"),
    date=("on {m} {d}, {y}", "on {d} {m} {y}", "on {y}-{mm:02d}-{d:02d}", "on {d} {m}", "on {m} {d}"),
    month=("in {m}", "in {m} {y}", "last {m}", "by {m} {y}"),
    rel=(
        "yesterday",
        "last week",
        "last month",
        "on Tuesday",
        "earlier this month",
        "two years ago",
        "this morning",
        "last year",
        "on Friday",
        "three weeks ago",
    ),
    since=("since {y}", "in {y}", "since the start of {y}", "at the end of {y}"),
    orgs=(
        "the regulator",
        "the ministry",
        "the city council",
        "the company",
        "the police",
        "the health authority",
        "the European Commission",
        "the airline",
        "the port authority",
    ),
    places=("Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich"),
    templates=(
        "{org} registered {count_cases} in {dur}, it said {rel}.",
        "{org} was fined {money} {date}.",
        "Prices rose by {pct} compared with a year earlier, {org} said {rel}.",
        "Unemployment fell by {pp} to {pct} {month}.",
        "In just {dur} the platform produced {count_images}, or {rate_images}.",
        "The storm left {count_homes} without power in {place} {rel}.",
        "The budget for the project has grown to {money}, an increase of {pct}.",
        "{org} expects the works to take {dur} and to cost {money}.",
        "Temperatures reached {qty_temp} in {place} {rel}.",
        "{place} will receive {money} to hire {count_staff}.",
        "{since}, {org} has handled {count_cases}.",
        "The new plant covers {qty_area} and employs {count_staff}.",
        "{count_people} took part in the protest in {place} {date}, according to the police.",
        "Trains on the new line will run at up to {qty_speed}.",
        "Households will pay {rate_money} more from {month_bare}.",
        "Of the {count_cases}, {pct} were closed within {dur}.",
        "Shares fell {pct} {rel} after the company reported a loss of {money}.",
        "The pipeline, {qty_len} long, will be finished {month}.",
        "Customs seized {qty_mass} of cocaine in the port {rel}.",
        "The reservoir holds {qty_vol} and supplies {count_homes}.",
        "The wind farm will generate {qty_energy}, enough for {count_homes}.",
        "Hackers stole {qty_data} of data from {org} {date}.",
        "The helpline received {rate_images} during the first {dur}.",
        "{org} counted {count_people} at the event, {count_range} more than {since}.",
    ),
    quote_forms=(
        "“{q},” said {sp}.",
        "“{q},” {sp} said.",
        "{sp} said: “{q}.”",
        "“{q},” according to {sp}.",
        '"{q}," {sp} told reporters.',
        "‘{q}’, {sp} said.",
    ),
    carry_forms=("“{q}.”", "“{q},” {pron} added."),
    openers=(
        "We must protect",
        "Nobody can ignore",
        "This is a direct threat to",
        "We will keep fighting for",
        "The government has neglected",
        "Our first duty is to defend",
        "We cannot put at risk",
    ),
    objects=(
        "the safety of children online",
        "the rights of our citizens",
        "the people of this city",
        "the future of our farmers",
        "the independence of the press",
        "the health of our patients",
        "the trust that people have placed in us",
    ),
    tails=("", "", " and we will not wait any longer", ", whatever it costs", " in the coming months"),
    numeric_quotes=(
        "We expect {count_cases} this year alone",
        "It will take at least {dur} before this is solved",
        "The fine of {money} shows that nobody is above the law",
    ),
    speakers=(
        "Health Minister Sarah Collins",
        "police spokesman David Reed",
        "Mayor Helen Carter",
        "Tom Walsh, the union leader",
        "the ministry",
        "European Commissioner Anna Lindqvist",
    ),
    subjects=("Opposition parties", "Residents", "Critics", "Experts", "Local businesses", "Unions"),
    predicates=(
        "called for an independent inquiry.",
        "reacted with surprise to the decision.",
        "want more clarity about the plans.",
        "warn that the measures come too late.",
        "welcomed the agreement as an important step.",
        "declined to comment on the investigation.",
        "described the plan as ‘censorship’.",
        "have questioned whether the rules can be enforced.",
    ),
    chrome=("5 min read", "Share this article", "Updated 2 hours ago", "Listen to this article"),
)

_NL = _Lang(
    dec=",",
    groups=(".",),
    months=(
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    small=("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"),
    compound=("drieëntwintig", "vijfenveertig", "eenenzestig", "achtendertig"),
    compound_values=(23, 45, 61, 38),
    nouns={
        "cases": ("gevallen", "klachten", "meldingen", "incidenten", "aanvragen"),
        "homes": ("woningen", "huishoudens", "bedrijven", "adressen"),
        "images": ("afbeeldingen", "berichten", "video's", "beelden"),
        "staff": ("werknemers", "leraren", "verpleegkundigen", "agenten", "medewerkers"),
        "people": ("mensen", "demonstranten", "bezoekers", "reizigers", "bewoners"),
    },
    vague=("duizenden", "honderden", "tientallen", "tienduizenden", "miljoenen"),
    approx=("ongeveer", "ruim", "bijna", "meer dan", "zo'n", "circa", "minstens", "tot"),
    between="tussen {a} en {b}",
    million=_nl_million,
    money=(
        "€{m} miljoen",
        "{m} miljoen euro",
        "€ {m} miljard",
        "{g} euro",
        "{m} miljoen dollar",
        "€{g}",
        "{m} miljard euro",
        "EUR {m} mln",
    ),
    pct=("{p} procent", "{p}%", "{p} procent"),
    pp=("{p} procentpunt",),
    units={
        "area": (("{n} hectare", 50, 20000, 0), ("{n} vierkante meter", 80, 9000, 0)),
        "len": (("{n} kilometer", 5, 900, 0), ("{n} km", 2, 60, 1)),
        "mass": (("{n} ton", 2, 9000, 0), ("{n} kilo", 10, 900, 0), ("{n} kg", 1, 90, 1)),
        "vol": (("{n} miljoen liter", 1, 90, 1), ("{n} kubieke meter", 100, 50000, 0)),
        "energy": (("{n} gigawatt", 1, 9, 1), ("{n} megawatt", 20, 900, 0), ("{n} MW", 20, 900, 0)),
        "data": (("{n} terabyte", 1, 500, 0), ("{n} GB", 2, 900, 0)),
        "temp": (("{n} graden Celsius", 25, 38, 0), ("{n} graden", -15, 38, 1)),
        "speed": (("{n} kilometer per uur", 80, 320, 0), ("{n} km/u", 80, 320, 0)),
    },
    durations=(("dag", "dagen"), ("week", "weken"), ("maand", "maanden"), ("uur", "uur"), ("jaar", "jaar")),
    dur_special=("anderhalve week", "anderhalf jaar", "tweeënhalf uur", "een half uur"),
    per=("per uur", "per dag", "per week", "per uur"),
    money_per=("€{n} per maand", "{n} euro per week", "€{n} per jaar"),
    date=("op {d} {m} {y}", "op {d:02d}-{mm:02d}-{y}", "op {d} {m}", "op {d} {m} {y}"),
    month=("in {m}", "in {m} {y}", "afgelopen {m}", "eind {m} {y}"),
    rel=(
        "gisteren",
        "vorige week",
        "vorige maand",
        "op dinsdag",
        "eerder deze maand",
        "twee jaar geleden",
        "vanochtend",
        "vorig jaar",
        "afgelopen vrijdag",
        "drie weken geleden",
    ),
    since=("sinds {y}", "in {y}", "sinds begin {y}", "eind {y}"),
    orgs=(
        "de toezichthouder",
        "het ministerie",
        "de gemeenteraad",
        "het bedrijf",
        "de politie",
        "de GGD",
        "de Europese Commissie",
        "de luchtvaartmaatschappij",
        "het havenbedrijf",
    ),
    places=("Utrecht", "Eindhoven", "Groningen", "Zwolle", "Leeuwarden", "Maastricht"),
    templates=(
        "{org} registreerde {rel} {count_cases} in {dur} tijd.",
        "{org} kreeg {date} een boete van {money}.",
        "De prijzen stegen met {pct} ten opzichte van een jaar eerder, meldde {org} {rel}.",
        "De werkloosheid daalde {month} met {pp} tot {pct}.",
        "In {dur} tijd maakte het platform {count_images}, ofwel {rate_images}.",
        "Door de storm zaten {rel} {count_homes} in {place} zonder stroom.",
        "Het budget voor het project is gegroeid tot {money}, een stijging van {pct}.",
        "{org} verwacht dat de werkzaamheden {dur} duren en {money} kosten.",
        "In {place} werd het {rel} {qty_temp}.",
        "{place} krijgt {money} om {count_staff} aan te nemen.",
        "{since} behandelde {org} {count_cases}.",
        "De nieuwe fabriek beslaat {qty_area} en biedt werk aan {count_staff}.",
        "Volgens de politie deden {date} {count_people} mee aan het protest in {place}.",
        "Treinen op de nieuwe lijn rijden straks maximaal {qty_speed}.",
        "Huishoudens betalen vanaf {month_bare} {rate_money} meer.",
        "Van de {count_cases} werd {pct} binnen {dur} afgehandeld.",
        "Het aandeel daalde {rel} {pct} nadat het bedrijf een verlies van {money} meldde.",
        "De pijpleiding van {qty_len} moet {month} klaar zijn.",
        "De douane nam {rel} {qty_mass} cocaïne in beslag in de haven.",
        "Het reservoir bevat {qty_vol} en levert water aan {count_homes}.",
        "Het windpark gaat {qty_energy} opwekken, genoeg voor {count_homes}.",
        "Hackers stalen {date} {qty_data} aan gegevens van {org}.",
        "De hulplijn kreeg in de eerste {dur} {rate_images}.",
        "{org} telde {count_people} op het evenement, {count_range} meer dan {since}.",
    ),
    quote_forms=(
        "“{q}”, zei {sp}.",
        '"{q}", aldus {sp}.',
        "{sp}: “{q}.”",
        "„{q}”, stelt {sp}.",
        "Volgens {sp} is het duidelijk: “{q}.”",
        "‘{q}’, schrijft {sp}.",
    ),
    carry_forms=("“{q}.”", "“{q}”, voegde {pron} eraan toe."),
    openers=(
        "We moeten",
        "Niemand kan",
        "We willen",
        "De regering moet nu",
        "Iedereen moet",
        "Europa moet samen",
    ),
    objects=(
        "de veiligheid van kinderen online beschermen",
        "de rechten van onze burgers verdedigen",
        "de mensen in deze stad serieus nemen",
        "de toekomst van onze boeren veiligstellen",
        "de onafhankelijkheid van de pers bewaken",
        "de gezondheid van onze patiënten voorop zetten",
        "het vertrouwen van de mensen terugwinnen",
    ),
    tails=("", "", " en we wachten niet langer", ", wat het ook kost", " in de komende maanden"),
    numeric_quotes=(
        "We verwachten dit jaar alleen al {count_cases}",
        "Het duurt zeker {dur} voordat dit is opgelost",
        "De boete van {money} laat zien dat niemand boven de wet staat",
    ),
    speakers=(
        "minister Jan de Vries",
        "woordvoerder Anouk Bakker",
        "burgemeester Pieter Jansen",
        "Eurocommissaris Anna Lindqvist (Digitale Zaken)",
        "het ministerie",
        "vakbondsvoorzitter Sanne Visser",
    ),
    subjects=(
        "De oppositiepartijen",
        "Omwonenden",
        "Critici",
        "Deskundigen",
        "Lokale ondernemers",
        "Vakbonden",
    ),
    predicates=(
        "riepen op tot een onafhankelijk onderzoek.",
        "reageerden verrast op het besluit.",
        "vragen om meer duidelijkheid over de plannen.",
        "waarschuwen dat de maatregelen te laat komen.",
        "noemden het akkoord een belangrijke stap.",
        "wilden niet reageren op het onderzoek.",
        "noemden het plan ‘censuur’.",
        "betwijfelen of de regels te handhaven zijn.",
    ),
    chrome=("leestijd 2 minuten", "507 keer bekeken", "Bewaren", "Delen"),
)

_DE = _Lang(
    dec=",",
    groups=(".", "'"),
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    small=("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
    compound=("dreiundzwanzig", "fünfundvierzig", "einundsechzig", "achtunddreißig"),
    compound_values=(23, 45, 61, 38),
    nouns={
        "cases": ("Fälle", "Beschwerden", "Meldungen", "Vorfälle", "Anträge"),
        "homes": ("Haushalte", "Wohnungen", "Betriebe", "Adressen"),
        "images": ("Bilder", "Beiträge", "Videos", "Nachrichten"),
        "staff": ("Beschäftigte", "Lehrkräfte", "Pflegekräfte", "Polizisten", "Mitarbeiter"),
        "people": ("Menschen", "Demonstranten", "Besucher", "Fahrgäste", "Anwohner"),
    },
    vague=("Tausende", "Hunderte", "Dutzende", "Zehntausende", "Millionen"),
    approx=("rund", "mehr als", "knapp", "etwa", "fast", "über", "mindestens", "bis zu"),
    between="zwischen {a} und {b}",
    million=_de_million,
    money=(
        "{m} Mio. Euro",
        "{m} Mrd. Euro",
        "{m} Millionen Euro",
        "{g} Euro",
        "{m} Milliarden Dollar",
        "{g} €",
        "{m} Millionen Franken",
    ),
    pct=("{p} Prozent", "{p} %", "{p} Prozent"),
    pp=("{p} Prozentpunkte",),
    units={
        "area": (("{n} Hektar", 50, 20000, 0), ("{n} Quadratmeter", 80, 9000, 0)),
        "len": (("{n} Kilometer", 5, 900, 0), ("{n} km", 2, 60, 1)),
        "mass": (("{n} Tonnen", 2, 9000, 0), ("{n} Kilogramm", 10, 900, 0), ("{n} kg", 1, 90, 1)),
        "vol": (("{n} Millionen Liter", 1, 90, 1), ("{n} Kubikmeter", 100, 50000, 0)),
        "energy": (("{n} Gigawatt", 1, 9, 1), ("{n} Megawatt", 20, 900, 0), ("{n} MW", 20, 900, 0)),
        "data": (("{n} Terabyte", 1, 500, 0), ("{n} GB", 2, 900, 0)),
        "temp": (("{n} Grad Celsius", 25, 39, 0), ("{n} Grad", -15, 39, 1)),
        "speed": (("{n} Kilometern pro Stunde", 80, 320, 0), ("{n} km/h", 80, 320, 0)),
    },
    # Dative plural throughout: the German templates put durations after "in", "nach", "von".
    durations=(
        ("Tag", "Tagen"),
        ("Woche", "Wochen"),
        ("Monat", "Monaten"),
        ("Stunde", "Stunden"),
        ("Jahr", "Jahren"),
    ),
    dur_special=("zweieinhalb Stunden", "anderthalb Jahren", "eineinhalb Wochen", "einer halben Stunde"),
    per=("pro Stunde", "pro Tag", "in der Stunde", "am Tag"),
    money_per=("{n} Euro im Monat", "{n} Euro pro Woche", "{n} Euro im Jahr"),
    date=("am {d}. {m} {y}", "am {d:02d}.{mm:02d}.{y}", "am {d}. {m}", "am {d}. {m} {y}"),
    month=("im {m}", "im {m} {y}", "Ende {m} {y}", "im vergangenen {m}"),
    rel=(
        "gestern",
        "letzte Woche",
        "im vergangenen Monat",
        "am Dienstag",
        "Anfang des Monats",
        "vor zwei Jahren",
        "heute Morgen",
        "im vergangenen Jahr",
        "am Freitag",
        "vor drei Wochen",
    ),
    since=("seit {y}", "im Jahr {y}", "seit Anfang {y}", "Ende {y}"),
    orgs=(
        "die Aufsichtsbehörde",
        "das Ministerium",
        "der Stadtrat",
        "das Unternehmen",
        "die Polizei",
        "das Gesundheitsamt",
        "die EU-Kommission",
        "die Fluggesellschaft",
        "die Hafenbehörde",
    ),
    places=("Leipzig", "Hannover", "Köln", "Freiburg", "Bremen", "Zürich"),
    templates=(
        "{org} registrierte {rel} {count_cases} in nur {dur}.",
        "{org} erhielt {date} eine Strafe von {money}.",
        "Die Preise stiegen im Vergleich zum Vorjahr um {pct}, teilte {org} {rel} mit.",
        "Die Arbeitslosigkeit sank {month} um {pp} auf {pct}.",
        "In nur {dur} erzeugte die Plattform {count_images}, also {rate_images}.",
        "Nach dem Sturm waren {rel} {count_homes} in {place} ohne Strom.",
        "Das Budget des Projekts ist auf {money} gestiegen, ein Plus von {pct}.",
        "{org} rechnet mit Bauarbeiten von {dur} und Kosten von {money}.",
        "In {place} wurden {rel} {qty_temp} gemessen.",
        "{place} erhält {money}, um {count_staff} einzustellen.",
        "{since} bearbeitete {org} {count_cases}.",
        "Das neue Werk umfasst {qty_area} und beschäftigt {count_staff}.",
        "Laut Polizei nahmen {date} {count_people} an der Demonstration in {place} teil.",
        "Die Züge auf der neuen Strecke fahren künftig mit bis zu {qty_speed}.",
        "Haushalte zahlen ab {month_bare} {rate_money} mehr.",
        "Von den {count_cases} wurden {pct} innerhalb von {dur} erledigt.",
        "Die Aktie fiel {rel} um {pct}, nachdem das Unternehmen einen Verlust von {money} meldete.",
        "Die Pipeline mit einer Länge von {qty_len} soll {month} fertig sein.",
        "Der Zoll stellte {rel} {qty_mass} Kokain im Hafen sicher.",
        "Der Speicher fasst {qty_vol} und versorgt {count_homes}.",
        "Der Windpark soll {qty_energy} liefern, genug für {count_homes}.",
        "Hacker erbeuteten {date} {qty_data} an Daten.",
        "Die Hotline erhielt in den ersten {dur} {rate_images}.",
        "{org} zählte {count_people} bei der Veranstaltung, {count_range} mehr als {since}.",
    ),
    quote_forms=(
        "„{q}“, sagte {sp}.",
        "„{q}“, so {sp}.",
        "{sp} erklärte: „{q}.“",
        "»{q}«, sagte {sp}.",
        "„{q}“, betonte {sp}.",
        '"{q}", sagte {sp}.',
    ),
    carry_forms=("„{q}.“", "„{q}“, fügte {pron} hinzu."),
    openers=(
        "Wir müssen",
        "Niemand kann",
        "Wir werden weiter",
        "Die Regierung muss endlich",
        "Wir wollen",
        "Europa muss gemeinsam",
    ),
    objects=(
        "die Sicherheit von Kindern im Netz schützen",
        "die Rechte unserer Bürger verteidigen",
        "die Menschen in dieser Stadt ernst nehmen",
        "die Zukunft unserer Landwirte sichern",
        "die Unabhängigkeit der Presse bewahren",
        "die Gesundheit unserer Patienten an erste Stelle setzen",
        "das Vertrauen der Menschen zurückgewinnen",
    ),
    tails=("", "", ", und zwar sofort", ", koste es, was es wolle", " in den kommenden Monaten"),
    numeric_quotes=(
        "Wir erwarten allein in diesem Jahr {count_cases}",
        "Es wird mindestens {dur} dauern, bis das gelöst ist",
        "Die Strafe von {money} zeigt, dass niemand über dem Gesetz steht",
    ),
    speakers=(
        "Innenministerin Katrin Weber",
        "Polizeisprecher Jonas Keller",
        "Bürgermeister Stefan Brandt",
        "EU-Kommissarin Anna Lindqvist",
        "das Ministerium",
        "Gewerkschaftschefin Miriam Roth",
    ),
    subjects=(
        "Die Oppositionsparteien",
        "Anwohner",
        "Kritiker",
        "Fachleute",
        "Örtliche Unternehmer",
        "Gewerkschaften",
    ),
    predicates=(
        "forderten eine unabhängige Untersuchung.",
        "reagierten überrascht auf die Entscheidung.",
        "verlangen mehr Klarheit über die Pläne.",
        "warnen, dass die Maßnahmen zu spät kommen.",
        "begrüßten die Einigung als wichtigen Schritt.",
        "wollten sich zu den Ermittlungen nicht äußern.",
        "nannten den Plan „Zensur“.",
        "bezweifeln, dass sich die Regeln durchsetzen lassen.",
    ),
    chrome=("Lesezeit: 3 Minuten", "Artikel teilen", "Merken", "Vorlesen"),
)

_FR = _Lang(
    dec=",",
    groups=(" ", "\u202f", "\u00a0"),
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    small=("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"),
    compound=("vingt-trois", "quarante-cinq", "soixante et un", "trente-huit"),
    compound_values=(23, 45, 61, 38),
    nouns={
        "cases": ("cas", "plaintes", "signalements", "incidents", "demandes"),
        "homes": ("foyers", "logements", "entreprises", "adresses"),
        "images": ("images", "publications", "vidéos", "messages"),
        "staff": ("salariés", "enseignants", "infirmiers", "policiers", "employés"),
        "people": ("personnes", "manifestants", "visiteurs", "voyageurs", "habitants"),
    },
    vague=(
        "des milliers de",
        "des centaines de",
        "des dizaines de",
        "des dizaines de milliers de",
        "des millions de",
    ),
    approx=("environ", "plus de", "près de", "presque", "quelque", "au moins", "jusqu'à"),
    between="entre {a} et {b}",
    million=_fr_million,
    money=(
        "{m} millions d'euros",
        "{m} milliards d'euros",
        "{g} euros",
        "{m} millions de dollars",
        "{m} M€",
        "{g} €",
        "{m} millions de francs suisses",
    ),
    pct=("{p} %", "{p} pour cent", "{p}\u00a0%"),
    pp=("{p} points de pourcentage", "{p} points"),
    units={
        "area": (("{n} hectares", 50, 20000, 0), ("{n} mètres carrés", 80, 9000, 0)),
        "len": (("{n} kilomètres", 5, 900, 0), ("{n} km", 2, 60, 1)),
        "mass": (("{n} tonnes", 2, 9000, 0), ("{n} kilos", 10, 900, 0), ("{n} kg", 1, 90, 1)),
        "vol": (("{n} millions de litres", 2, 90, 0), ("{n} mètres cubes", 100, 50000, 0)),
        "energy": (("{n} gigawatts", 2, 9, 0), ("{n} mégawatts", 20, 900, 0), ("{n} MW", 20, 900, 0)),
        "data": (("{n} téraoctets", 2, 500, 0), ("{n} Go", 2, 900, 0)),
        "temp": (("{n} degrés Celsius", 25, 42, 0), ("{n} °C", -15, 42, 1)),
        "speed": (("{n} kilomètres à l'heure", 80, 320, 0), ("{n} km/h", 80, 320, 0)),
    },
    durations=(
        ("jour", "jours"),
        ("semaine", "semaines"),
        ("mois", "mois"),
        ("heure", "heures"),
        ("an", "ans"),
    ),
    dur_special=("deux heures et demie", "un an et demi", "une demi-heure", "une semaine et demie"),
    per=("par heure", "par jour", "par semaine", "à l'heure"),
    money_per=("{n} euros par mois", "{n} euros par semaine", "{n} € par an"),
    date=("le {d} {m} {y}", "le {d:02d}/{mm:02d}/{y}", "le {d} {m}", "le {d} {m} {y}"),
    month=("en {m}", "en {m} {y}", "fin {m} {y}", "début {m}"),
    rel=(
        "hier",
        "la semaine dernière",
        "le mois dernier",
        "mardi",
        "plus tôt ce mois-ci",
        "il y a deux ans",
        "ce matin",
        "l'année dernière",
        "vendredi dernier",
        "il y a trois semaines",
    ),
    since=("depuis {y}", "en {y}", "depuis début {y}", "fin {y}"),
    orgs=(
        "le régulateur",
        "le ministère",
        "le conseil municipal",
        "l'entreprise",
        "la police",
        "l'agence sanitaire",
        "la Commission européenne",
        "la compagnie aérienne",
        "le port autonome",
    ),
    places=("Lyon", "Lille", "Nantes", "Toulouse", "Strasbourg", "Genève"),
    templates=(
        "{org} a enregistré {count_cases} en {dur}, a-t-on appris {rel}.",
        "{org} a reçu {date} une amende de {money}.",
        "Les prix ont augmenté de {pct} sur un an, a indiqué {org} {rel}.",
        "Le chômage a reculé {month} de {pp} à {pct}.",
        "En {dur} seulement, la plateforme a produit {count_images}, soit {rate_images}.",
        "La tempête a privé d'électricité {count_homes} à {place} {rel}.",
        "Le budget du projet atteint désormais {money}, soit une hausse de {pct}.",
        "{org} prévoit des travaux de {dur} pour un coût de {money}.",
        "Le thermomètre a atteint {qty_temp} à {place} {rel}.",
        "{place} recevra {money} pour recruter {count_staff}.",
        "{since}, {org} a traité {count_cases}.",
        "La nouvelle usine s'étend sur {qty_area} et emploie {count_staff}.",
        "Selon la police, {count_people} ont participé {date} à la manifestation à {place}.",
        "Les trains de la nouvelle ligne rouleront jusqu'à {qty_speed}.",
        "Les ménages paieront {rate_money} de plus à partir de {month_bare}.",
        "Sur les {count_cases}, {pct} ont été traités en moins de {dur}.",
        "L'action a chuté de {pct} {rel} après l'annonce d'une perte de {money}.",
        "Le gazoduc de {qty_len} doit être achevé {month}.",
        "Les douaniers ont saisi {qty_mass} de cocaïne dans le port {rel}.",
        "Le réservoir contient {qty_vol} et alimente {count_homes}.",
        "Le parc éolien produira {qty_energy}, de quoi alimenter {count_homes}.",
        "Des pirates ont dérobé {qty_data} de données {date}.",
        "La ligne d'écoute a reçu {rate_images} pendant les premières {dur}.",
        "{org} a compté {count_people} lors de l'événement, soit {count_range} de plus que {since}.",
    ),
    quote_forms=(
        "« {q} », a déclaré {sp}.",
        "« {q} », selon {sp}.",
        "{sp} a affirmé : « {q} ».",
        "«{q}», a expliqué {sp}.",
        "“{q}”, a déclaré {sp}.",
        "« {q} », a souligné {sp}.",
    ),
    carry_forms=("« {q}. »", "« {q} », a-t-{pron} ajouté."),
    openers=(
        "Nous devons",
        "Personne ne peut",
        "Nous allons continuer à",
        "Le gouvernement doit enfin",
        "Notre premier devoir est de",
        "Nous ne pouvons pas",
    ),
    objects=(
        "protéger la sécurité des enfants en ligne",
        "défendre les droits de nos concitoyens",
        "prendre au sérieux les habitants de cette ville",
        "assurer l'avenir de nos agriculteurs",
        "préserver l'indépendance de la presse",
        "placer la santé de nos patients avant tout",
        "regagner la confiance des citoyens",
    ),
    tails=("", "", " et nous n'attendrons plus", ", quoi qu'il en coûte", " dans les mois à venir"),
    numeric_quotes=(
        "Nous attendons {count_cases} rien que cette année",
        "Il faudra au moins {dur} pour régler ce problème",
        "L'amende de {money} montre que personne n'est au-dessus des lois",
    ),
    speakers=(
        "la ministre Claire Dubois",
        "le porte-parole Marc Lefèvre",
        "le maire Antoine Girard",
        "la commissaire européenne Anna Lindqvist",
        "le ministère",
        "la syndicaliste Sophie Marchand",
    ),
    subjects=(
        "Les partis d'opposition",
        "Les riverains",
        "Les critiques",
        "Les experts",
        "Les commerçants locaux",
        "Les syndicats",
    ),
    predicates=(
        "ont réclamé une enquête indépendante.",
        "ont réagi avec surprise à la décision.",
        "demandent davantage de clarté sur les projets.",
        "préviennent que les mesures arrivent trop tard.",
        "ont salué l'accord comme une étape importante.",
        "n'ont pas souhaité commenter l'enquête.",
        "ont qualifié le projet de « censure ».",
        "doutent que les règles puissent être appliquées.",
    ),
    chrome=("Temps de lecture : 3 min", "Partager", "Lire plus tard", "Écouter cet article"),
)

_ES = _Lang(
    dec=",",
    groups=(".",),
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    small=("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"),
    compound=("veintitrés", "cuarenta y cinco", "sesenta y seis", "treinta y ocho"),
    compound_values=(23, 45, 66, 38),
    nouns={
        "cases": ("casos", "denuncias", "avisos", "incidentes", "solicitudes"),
        "homes": ("hogares", "viviendas", "comercios", "direcciones"),
        "images": ("imágenes", "publicaciones", "vídeos", "mensajes"),
        "staff": ("trabajadores", "profesores", "enfermeros", "agentes", "empleados"),
        "people": ("personas", "manifestantes", "visitantes", "pasajeros", "vecinos"),
    },
    vague=("miles de", "cientos de", "decenas de", "decenas de miles de", "millones de"),
    approx=("unos", "más de", "casi", "alrededor de", "cerca de", "al menos", "hasta"),
    between="entre {a} y {b}",
    million=_es_million,
    money=(
        "{m} millones de euros",
        "{m} millones de dólares",
        "{g} euros",
        "{g} €",
        "{m} mil millones de euros",
        "{m} millones de libras",
    ),
    pct=("{p}%", "{p} por ciento", "{p} %"),
    pp=("{p} puntos porcentuales", "{p} puntos"),
    units={
        "area": (("{n} hectáreas", 50, 20000, 0), ("{n} metros cuadrados", 80, 9000, 0)),
        "len": (("{n} kilómetros", 5, 900, 0), ("{n} km", 2, 60, 1)),
        "mass": (("{n} toneladas", 2, 9000, 0), ("{n} kilos", 10, 900, 0), ("{n} kg", 1, 90, 1)),
        "vol": (("{n} millones de litros", 2, 90, 0), ("{n} metros cúbicos", 100, 50000, 0)),
        "energy": (("{n} gigavatios", 2, 9, 0), ("{n} megavatios", 20, 900, 0), ("{n} MW", 20, 900, 0)),
        "data": (("{n} terabytes", 2, 500, 0), ("{n} GB", 2, 900, 0)),
        "temp": (("{n} grados", 25, 45, 0), ("{n} °C", -15, 45, 1)),
        "speed": (("{n} kilómetros por hora", 80, 320, 0), ("{n} km/h", 80, 320, 0)),
    },
    durations=(("día", "días"), ("semana", "semanas"), ("mes", "meses"), ("hora", "horas"), ("año", "años")),
    dur_special=("dos horas y media", "año y medio", "media hora", "semana y media"),
    per=("por hora", "al día", "por día", "a la semana"),
    money_per=("{n} euros al mes", "{n} euros a la semana", "{n} € al año"),
    date=("el {d} de {m} de {y}", "el {d:02d}/{mm:02d}/{y}", "el {d} de {m}", "el {d} de {m} de {y}"),
    month=("en {m}", "en {m} de {y}", "a finales de {m} de {y}", "el pasado {m}"),
    rel=(
        "ayer",
        "la semana pasada",
        "el mes pasado",
        "el martes",
        "a principios de este mes",
        "hace dos años",
        "esta mañana",
        "el año pasado",
        "el viernes",
        "hace tres semanas",
    ),
    since=("desde {y}", "en {y}", "desde principios de {y}", "a finales de {y}"),
    orgs=(
        "el regulador",
        "el ministerio",
        "el ayuntamiento",
        "la empresa",
        "la policía",
        "la autoridad sanitaria",
        "la Comisión Europea",
        "la aerolínea",
        "la autoridad portuaria",
    ),
    places=("Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Valladolid"),
    templates=(
        "{org} registró {count_cases} en {dur}, según informó {rel}.",
        "{org} recibió {date} una multa de {money}.",
        "Los precios subieron un {pct} en un año, indicó {org} {rel}.",
        "El paro bajó {month} {pp} hasta el {pct}.",
        "En solo {dur} la plataforma generó {count_images}, es decir, {rate_images}.",
        "La tormenta dejó sin luz a {count_homes} en {place} {rel}.",
        "El presupuesto del proyecto ha crecido hasta {money}, un aumento del {pct}.",
        "{org} prevé que las obras duren {dur} y cuesten {money}.",
        "Los termómetros alcanzaron {qty_temp} en {place} {rel}.",
        "{place} recibirá {money} para contratar a {count_staff}.",
        "{since}, {org} ha tramitado {count_cases}.",
        "La nueva planta ocupa {qty_area} y emplea a {count_staff}.",
        "Según la policía, {count_people} participaron {date} en la protesta de {place}.",
        "Los trenes de la nueva línea circularán a hasta {qty_speed}.",
        "Los hogares pagarán {rate_money} más a partir de {month_bare}.",
        "De los {count_cases}, el {pct} se resolvió en menos de {dur}.",
        "La acción cayó un {pct} {rel} tras anunciar la empresa unas pérdidas de {money}.",
        "El gasoducto de {qty_len} estará terminado {month}.",
        "La aduana incautó {rel} {qty_mass} de cocaína en el puerto.",
        "El embalse almacena {qty_vol} y abastece a {count_homes}.",
        "El parque eólico generará {qty_energy}, suficiente para {count_homes}.",
        "Unos piratas informáticos robaron {date} {qty_data} de datos.",
        "La línea de ayuda recibió {rate_images} durante las primeras {dur}.",
        "{org} contó {count_people} en el acto, {count_range} más que {since}.",
    ),
    quote_forms=(
        "«{q}», dijo {sp}.",
        "“{q}”, afirmó {sp}.",
        "Según {sp}, «{q}».",
        "{sp} declaró: «{q}».",
        '"{q}", aseguró {sp}.',
        "«{q}», explicó {sp}.",
    ),
    carry_forms=("«{q}».", "«{q}», añadió."),
    openers=(
        "Debemos",
        "Nadie puede",
        "Vamos a seguir luchando para",
        "El Gobierno tiene que",
        "Nuestro primer deber es",
        "No podemos",
    ),
    objects=(
        "proteger la seguridad de los niños en internet",
        "defender los derechos de nuestros ciudadanos",
        "tomar en serio a los vecinos de esta ciudad",
        "garantizar el futuro de nuestros agricultores",
        "preservar la independencia de la prensa",
        "poner la salud de nuestros pacientes por delante",
        "recuperar la confianza de los ciudadanos",
    ),
    tails=("", "", " y no vamos a esperar más", ", cueste lo que cueste", " en los próximos meses"),
    numeric_quotes=(
        "Esperamos {count_cases} solo este año",
        "Harán falta al menos {dur} para resolver esto",
        "La multa de {money} demuestra que nadie está por encima de la ley",
    ),
    speakers=(
        "la ministra Lucía Romero",
        "el portavoz Javier Ortega",
        "el alcalde Miguel Navarro",
        "la comisaria europea Anna Lindqvist",
        "el ministerio",
        "la sindicalista Elena Castro",
    ),
    subjects=(
        "Los partidos de la oposición",
        "Los vecinos",
        "Los críticos",
        "Los expertos",
        "Los comerciantes locales",
        "Los sindicatos",
    ),
    predicates=(
        "pidieron una investigación independiente.",
        "reaccionaron con sorpresa a la decisión.",
        "reclaman más claridad sobre los planes.",
        "advierten de que las medidas llegan tarde.",
        "celebraron el acuerdo como un paso importante.",
        "declinaron comentar la investigación.",
        "calificaron el plan de «censura».",
        "dudan de que las normas puedan aplicarse.",
    ),
    chrome=("Tiempo de lectura: 3 minutos", "Compartir", "Guardar", "Escuchar"),
)

_DATA: Mapping[str, _Lang] = {"en": _EN, "nl": _NL, "de": _DE, "fr": _FR, "es": _ES}
# Pronouns for "{pron} added" after a carried quote (neutral enough for every speaker).
_PRON = {"en": "the speaker", "nl": "de spreker", "de": "die Sprecherin", "fr": "elle", "es": ""}

_SLOT = re.compile(r"\{(\w{1,20})\}")
_ELISION = re.compile(r"\bde ([aeiouéèêAEIOUÉ])")


# --- numbers -----------------------------------------------------------------------


def _group(n: int, sep: str) -> str:
    """``n`` with thousands separators ``sep``."""
    return f"{n:,}".replace(",", sep)


def _decimal(x: float, decimals: int, lg: _Lang) -> str:
    """``x`` with ``decimals`` decimals in the language's writing (grouped integer part)."""
    if decimals == 0:
        return _group(round(x), lg.groups[0])
    whole, frac = f"{x:.{decimals}f}".split(".")
    return _group(int(whole), lg.groups[0]) + lg.dec + frac


def _grouped(rng: random.Random, lg: _Lang, n: int) -> str:
    sep = lg.groups[0] if len(lg.groups) == 1 or rng.random() < 0.8 else rng.choice(lg.groups[1:])
    return _group(n, sep)


def _mantissa(rng: random.Random, lg: _Lang) -> tuple[str, float]:
    """A scaled amount before "million": "3", "1,2", "450"."""
    form = rng.random()
    if form < 0.45:
        x = float(rng.randint(2, 95))
        return _decimal(x, 0, lg), x
    if form < 0.85:
        x = rng.randint(11, 99) / 10
        return _decimal(x, 1, lg), x
    x = float(rng.randint(100, 950))
    return _decimal(x, 0, lg), x


def _number(rng: random.Random, lg: _Lang) -> str:
    """A bare count in one of the ways news writes it (no noun)."""
    form = rng.random()
    if form < 0.30:
        return _grouped(
            rng, lg, rng.choice((rng.randint(2, 999), rng.randint(1, 99) * 1000, rng.randint(1000, 99999)))
        )
    if form < 0.45:
        return _grouped(rng, lg, rng.randint(10, 999) * 100)
    if form < 0.60:
        m, x = _mantissa(rng, lg)
        return lg.million(m, x)
    if form < 0.72:
        return rng.choice(lg.small)
    if form < 0.80:
        return rng.choice(lg.compound)
    return (
        f"{rng.choice(lg.approx)} {_grouped(rng, lg, rng.randint(2, 400) * rng.choice((1, 10, 100, 1000)))}"
    )


def _count(rng: random.Random, lg: _Lang, cls: str) -> str:
    """A count with its noun: "23,000 complaints", "thousands of images"."""
    noun = rng.choice(lg.nouns[cls])
    amount = rng.choice(lg.vague) if rng.random() < 0.15 else _number(rng, lg)
    text = f"{amount} {noun}"
    # French elides "de" before a vowel: "des milliers d'adresses".
    return _ELISION.sub(r"d'\1", text) if lg is _FR else text


def _count_range(rng: random.Random, lg: _Lang) -> str:
    a = rng.randint(2, 60) * rng.choice((1, 100, 1000))
    b = a + rng.randint(1, 20) * (a // 10 or 1)
    if rng.random() < 0.5:
        return lg.between.format(a=_grouped(rng, lg, a), b=_grouped(rng, lg, b))
    return f"{_grouped(rng, lg, a)}-{_grouped(rng, lg, b)}"


def _money(rng: random.Random, lg: _Lang) -> str:
    fmt = rng.choice(lg.money)
    m, _ = _mantissa(rng, lg)
    g = _grouped(rng, lg, rng.randint(2, 999) * rng.choice((100, 1000, 10)))
    return fmt.format(m=m, g=g)


def _pct(rng: random.Random, lg: _Lang, forms: tuple[str, ...]) -> str:
    p = rng.randint(1, 60) if rng.random() < 0.5 else rng.randint(1, 600) / 10
    text = _decimal(p, 0 if isinstance(p, int) else 1, lg)
    return rng.choice(forms).format(p=text)


def _qty(rng: random.Random, lg: _Lang, cls: str) -> str:
    fmt, low, high, decimals = rng.choice(lg.units[cls])
    x = rng.randint(low * 10**decimals, high * 10**decimals) / 10**decimals
    return fmt.format(n=_decimal(x, decimals, lg))


def _duration(rng: random.Random, lg: _Lang) -> str:
    form = rng.random()
    if form < 0.15:
        return rng.choice(lg.dur_special)
    sing, plural = rng.choice(lg.durations)
    del sing
    if form < 0.55:
        return f"{rng.choice(lg.small)} {plural}"
    return f"{rng.randint(2, 48)} {plural}"


def _rate_images(rng: random.Random, lg: _Lang) -> str:
    return f"{_count(rng, lg, 'images')} {rng.choice(lg.per)}"


def _rate_money(rng: random.Random, lg: _Lang) -> str:
    return rng.choice(lg.money_per).format(n=rng.randint(3, 250))


# --- dates ---------------------------------------------------------------------------


def _day(rng: random.Random) -> dt.date:
    return PUBLISHED - dt.timedelta(days=rng.randint(1, 900))


def _date(rng: random.Random, lg: _Lang) -> str:
    d = _day(rng)
    return rng.choice(lg.date).format(d=d.day, m=lg.months[d.month - 1], mm=d.month, y=d.year)


def _month(rng: random.Random, lg: _Lang) -> str:
    d = _day(rng)
    return rng.choice(lg.month).format(m=lg.months[d.month - 1], y=d.year)


def _month_bare(rng: random.Random, lg: _Lang) -> str:
    d = PUBLISHED + dt.timedelta(days=rng.randint(20, 300))
    return lg.months[d.month - 1] if rng.random() < 0.5 else f"{lg.months[d.month - 1]} {d.year}"


def _since(rng: random.Random, lg: _Lang) -> str:
    return rng.choice(lg.since).format(y=rng.randint(2012, 2025))


_SLOTS: Mapping[str, Callable[[random.Random, _Lang], str]] = {
    "org": lambda rng, lg: rng.choice(lg.orgs),
    "place": lambda rng, lg: rng.choice(lg.places),
    "count_cases": lambda rng, lg: _count(rng, lg, "cases"),
    "count_homes": lambda rng, lg: _count(rng, lg, "homes"),
    "count_images": lambda rng, lg: _count(rng, lg, "images"),
    "count_staff": lambda rng, lg: _count(rng, lg, "staff"),
    "count_people": lambda rng, lg: _count(rng, lg, "people"),
    "count_range": _count_range,
    "money": _money,
    "pct": lambda rng, lg: _pct(rng, lg, lg.pct),
    "pp": lambda rng, lg: _pct(rng, lg, lg.pp),
    "qty_area": lambda rng, lg: _qty(rng, lg, "area"),
    "qty_len": lambda rng, lg: _qty(rng, lg, "len"),
    "qty_mass": lambda rng, lg: _qty(rng, lg, "mass"),
    "qty_vol": lambda rng, lg: _qty(rng, lg, "vol"),
    "qty_energy": lambda rng, lg: _qty(rng, lg, "energy"),
    "qty_data": lambda rng, lg: _qty(rng, lg, "data"),
    "qty_temp": lambda rng, lg: _qty(rng, lg, "temp"),
    "qty_speed": lambda rng, lg: _qty(rng, lg, "speed"),
    "dur": _duration,
    "rate_images": _rate_images,
    "rate_money": _rate_money,
    "date": _date,
    "month": _month,
    "month_bare": _month_bare,
    "rel": lambda rng, lg: rng.choice(lg.rel),
    "since": _since,
}

#: Where a slot's value comes from: the paragraph's own choices, or (in a story) values
#: shared by every source that tells the same paragraph.
ValueSource = Callable[[str], random.Random]


def _fill(template: str, lg: _Lang, values: ValueSource) -> str:
    text = _SLOT.sub(lambda m: _SLOTS[m[1]](values(m[1]), lg), template)
    return text[:1].upper() + text[1:]


# --- sentences, paragraphs, articles ----------------------------------------------------


def _statement(rng: random.Random, lg: _Lang, values: ValueSource) -> str:
    if rng.random() < 0.2:
        return _fill(rng.choice(lg.numeric_quotes), lg, values)
    return f"{rng.choice(lg.openers)} {rng.choice(lg.objects)}{rng.choice(lg.tails)}"


def _quote(pick: random.Random, style: random.Random, lg: _Lang, lang: str, values: ValueSource) -> str:
    """One or two quoted statements of one speaker.

    ``pick`` chooses who says what; ``style`` chooses how the outlet writes it down.
    """
    speaker = pick.choice(lg.speakers)
    statement = _statement(pick, lg, values)
    first = style.choice(lg.quote_forms).format(q=statement, sp=speaker)
    first = first[:1].upper() + first[1:]
    if pick.random() < 0.3:
        statement = _statement(pick, lg, values)
        second = style.choice(lg.carry_forms).format(q=statement, pron=_PRON[lang])
        return f"{first} {second.replace(' ,', ',').replace('  ', ' ')}"
    return first


def _plain(rng: random.Random, lg: _Lang) -> str:
    return f"{rng.choice(lg.subjects)} {rng.choice(lg.predicates)}"


def _paragraph(pick: random.Random, style: random.Random, lg: _Lang, lang: str, values: ValueSource) -> str:
    """Two to four sentences; ``pick`` chooses the content, ``style`` the outlet's edits."""
    sentences = []
    for _ in range(pick.randint(2, 4)):
        kind = pick.random()
        if kind < 0.55:
            sentences.append(_fill(pick.choice(lg.templates), lg, values))
        elif kind < 0.75:
            sentences.append(_plain(pick, lg))
        else:
            sentences.append(_quote(pick, style, lg, lang, values))
    if style is not pick:
        # Another outlet cuts a sentence or moves one up.
        if len(sentences) > 2 and style.random() < 0.3:
            del sentences[style.randrange(len(sentences))]
        if style.random() < 0.3:
            sentences.insert(0, sentences.pop())
    return " ".join(sentences)


def _article(rng: random.Random, lang: str) -> str:
    lg = _DATA[lang]
    own: ValueSource = lambda _kind: rng  # noqa: E731 - one value stream for the whole article
    headline = _fill(rng.choice(lg.templates), lg, own).rstrip(".")
    blocks = [headline]
    if rng.random() < 0.5:
        blocks.append(" · ".join(rng.sample(lg.chrome, 2)))
    blocks.extend(_paragraph(rng, rng, lg, lang, own) for _ in range(rng.randint(4, 8)))
    return "\n\n".join(blocks)


def build_part(lang: str, *, min_bytes: int = MIN_BYTES_PER_LANG, seed: int = SEED) -> str:
    """News-like articles in ``lang``, at least ``min_bytes`` of UTF-8, from ``seed``."""
    if lang not in _DATA:
        msg = f"lang must be one of {', '.join(LANGS)}, got {lang!r}"
        raise ValueError(msg)
    rng = random.Random(f"{seed}/{lang}")
    articles: list[str] = []
    size = 0
    while size < min_bytes:
        article = _article(rng, lang)
        articles.append(article)
        size += len(article.encode("utf-8")) + 2
    return "\n\n".join(articles)


def build_parts(*, min_bytes: int = MIN_BYTES_PER_LANG, seed: int = SEED) -> dict[str, str]:
    """One part per language, each at least ``min_bytes`` of UTF-8."""
    return {lang: build_part(lang, min_bytes=min_bytes, seed=seed) for lang in LANGS}


def build_corpus(*, min_bytes: int = MIN_BYTES_PER_LANG, seed: int = SEED) -> str:
    """The multilingual text: the five parts one after the other (> 1 MiB by default)."""
    return "\n\n".join(build_parts(min_bytes=min_bytes, seed=seed).values())


def paragraphs(text: str) -> list[str]:
    """The blank-line separated blocks of ``text``."""
    return [p for p in text.split("\n\n") if p.strip()]


def sample(text: str, n_bytes: int) -> str:
    """The leading paragraphs of ``text`` that fill about ``n_bytes`` of UTF-8 (at least one)."""
    out: list[str] = []
    size = 0
    for para in paragraphs(text):
        if out and size >= n_bytes:
            break
        out.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(out)


# --- stories: many sources telling the same news ------------------------------------------


def story_sources(
    n_sources: int,
    lang: str,
    *,
    size: int = 5_000,
    seed: int = SEED,
    drift: float = 0.15,
) -> list[str]:
    """``n_sources`` articles of about ``size`` bytes that report the same story.

    Paragraph ``i`` of every source tells the same sentences with the same figures, dates,
    speakers and statements, written down in each outlet's way (quote style, a sentence
    cut or moved). With probability ``drift`` a source gives a paragraph figures of its
    own (a discrepancy), and with the same probability it leaves the paragraph out (the
    others' details are then found in fewer sources).
    """
    lg = _DATA[lang]
    sources: list[str] = []
    for s in range(n_sources):
        blocks: list[str] = []
        used = 0
        i = 0
        while used < size:
            style = random.Random(f"{seed}/story/{lang}/{s}/{i}/style")
            i += 1
            if style.random() < drift:
                continue
            pick = random.Random(f"{seed}/story/{lang}/{i}/pick")
            key = f"{seed}/story/{lang}/{s if style.random() < drift else 'shared'}/{i}"
            streams: dict[str, random.Random] = {}

            def values(
                kind: str, key: str = key, streams: dict[str, random.Random] = streams
            ) -> random.Random:
                if kind not in streams:
                    streams[kind] = random.Random(f"{key}/{kind}")
                return streams[kind]

            block = _paragraph(pick, style, lg, lang, values)
            blocks.append(block)
            used += len(block.encode("utf-8")) + 2
        sources.append("\n\n".join(blocks))
    return sources


def clusters(
    n_clusters: int,
    *,
    sources_per_cluster: int = 3,
    size: int = 1_500,
    seed: int = SEED,
) -> list[tuple[str, list[str]]]:
    """``n_clusters`` independent stories as ``(lang, sources)``, languages in turn."""
    return [
        (lang, story_sources(sources_per_cluster, lang, size=size, seed=seed + k))
        for k in range(n_clusters)
        for lang in (LANGS[k % len(LANGS)],)
    ]
