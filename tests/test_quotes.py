"""Quote extraction: marks, apostrophes, terms, speakers, identity, and laws (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.quotes import (
    extract_quoted_terms,
    extract_quotes,
    normalise_quote,
    quote_words,
    same_speaker,
    speaker_key,
)
from factcheck.model import Step

LANGS = ("en", "nl", "de", "fr", "es")


def texts(text: str, lang: str) -> list[str]:
    return [c.text for c in extract_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sie sagte: „Wir schaffen das, ganz bestimmt.“", "de", ["Wir schaffen das, ganz bestimmt."]),
        ("Hij zei: „We gaan dit samen oplossen.”", "nl", ["We gaan dit samen oplossen."]),
        ("Il a dit : « Nous allons y arriver ensemble » hier.", "fr", ["Nous allons y arriver ensemble"]),
        ("Il a dit : «Nous allons y arriver ensemble» hier.", "fr", ["Nous allons y arriver ensemble"]),
        (
            "Er sagte: »Wir werden das Ziel erreichen.« Dann ging er.",
            "de",
            ["Wir werden das Ziel erreichen."],
        ),
        ("She said: ‘We will get there in the end.’", "en", ["We will get there in the end."]),
        ("She said: 'We will get there in the end.'", "en", ["We will get there in the end."]),
        ('She said: "We will get there in the end."', "en", ["We will get there in the end."]),
        ("She said: “We will get there in the end.”", "en", ["We will get there in the end."]),
        ("Dijo: «Vamos a llegar hasta el final».", "es", ["Vamos a llegar hasta el final"]),
    ],
)
def test_every_style(text: str, lang: str, expected: list[str]) -> None:
    assert texts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It's Musk's platform, and l'homme knows it's true.", "en"),
        ("Hij komt 's avonds met zo'n VVD'er naar 't café.", "nl"),
        ("Back in the '90s it was the students' favourite bar.", "en"),
        ("L'homme qu'on attendait n'est pas venu aujourd'hui.", "fr"),
    ],
)
def test_apostrophes_are_not_quote_marks(text: str, lang: str) -> None:
    assert extract_quotes(text, lang) == []
    assert extract_quoted_terms(text, lang) == []


def test_terms_are_not_statements() -> None:
    text = "Trump spreekt van 'censuur' en noemt het beleid \"woke\" of 'een heksenjacht'."
    assert extract_quotes(text, "nl") == []
    assert [text[s:e] for s, e in extract_quoted_terms(text, "nl")] == ["censuur", "woke", "een heksenjacht"]


def test_four_words_make_a_statement() -> None:
    assert texts('Hij noemde het "een heel groot probleem".', "nl") == ["een heel groot probleem"]
    assert texts('Hij noemde het "een groot probleem".', "nl") == []


def test_multi_paragraph_quote_is_one_statement() -> None:
    text = "“We began badly.\n\n“Then we won the match in the end,” said Arne Slot."
    (claim,) = extract_quotes(text, "en")
    assert claim.text == "We began badly.\n\n“Then we won the match in the end,"
    assert claim.speaker == "Arne Slot"
    assert claim.value == "we began badly then we won the match in the end"


def test_claim_fields() -> None:
    text = "„Het creëren van deepfakes is vernedering”, schrijft de Finse Eurocommissaris Henna Virkkunen (Technologische Soevereiniteit) op X."
    (claim,) = extract_quotes(text, "nl")
    assert claim.kind == "quote"
    assert claim.span == (1, 41)
    assert claim.text == text[1:41] == "Het creëren van deepfakes is vernedering"
    assert claim.value == "het creëren van deepfakes is vernedering"
    assert claim.speaker == "Henna Virkkunen"
    assert claim.subject == "Henna Virkkunen"
    assert claim.context == ("creëren", "deepfakes", "vernedering")
    assert claim.steps == (Step("speaker", "attributed to Henna Virkkunen by 'schrijft'"),)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"We will win this," said Jane Doe.', "en", "Jane Doe"),
        ('"We will win this," Jane Doe said.', "en", "Jane Doe"),
        ('"We will win this," the ministry said.', "en", "ministry"),
        ('According to Jane Doe, "we will win this one".', "en", "Jane Doe"),
        ("„We gaan dit winnen”, aldus Mark Rutte.", "nl", "Mark Rutte"),
        ("„We gaan dit winnen”, zei Mark Rutte.", "nl", "Mark Rutte"),
        ("„We gaan dit winnen”, stelt Mark Rutte.", "nl", "Mark Rutte"),
        ("Volgens Mark Rutte „gaan we dit winnen”.", "nl", "Mark Rutte"),
        ("„Wir werden das gewinnen“, sagte Olaf Scholz.", "de", "Olaf Scholz"),
        ("„Wir werden das gewinnen“, so Olaf Scholz.", "de", "Olaf Scholz"),
        ("„Wir werden das gewinnen“, erklärte Olaf Scholz.", "de", "Olaf Scholz"),
        ("« Nous allons gagner ce match », a déclaré Didier Deschamps.", "fr", "Didier Deschamps"),
        ("Selon Didier Deschamps, « nous allons gagner ce match ».", "fr", "Didier Deschamps"),
        ("«Vamos a ganar este partido», dijo Luis de la Fuente.", "es", "Luis de la Fuente"),
        ("Según Luis de la Fuente, «vamos a ganar este partido».", "es", "Luis de la Fuente"),
        ("«Vamos a ganar este partido», afirmó Luis de la Fuente.", "es", "Luis de la Fuente"),
        ("Luis de la Fuente: «Vamos a ganar este partido».", "es", "Luis de la Fuente"),
        ("Nobody knows. «Vamos a ganar este partido».", "es", None),
    ],
)
def test_speaker_patterns(text: str, lang: str, speaker: str | None) -> None:
    (claim,) = extract_quotes(text, lang)
    assert claim.speaker == speaker


def test_speaker_carried_to_next_quote_of_paragraph() -> None:
    text = '"We will win this," said Jane Doe. "And we will win the next one too."\n\n"Nobody said this one at all."'
    assert [c.speaker for c in extract_quotes(text, "en")] == ["Jane Doe", "Jane Doe", "Jane Doe"]
    steps = [c.steps[0].detail for c in extract_quotes(text, "en")]
    assert steps[1] == "attributed to Jane Doe, carried from the previous quote"


def test_surname_takes_the_full_name() -> None:
    text = "Henna Virkkunen sprak. „Dit is onaanvaardbaar gedrag van X”, aldus Virkkunen."
    assert [c.speaker for c in extract_quotes(text, "nl")] == ["Henna Virkkunen"]


def test_speaker_identity() -> None:
    assert (
        speaker_key("Henna Virkkunen") == speaker_key("Virkkunen") == speaker_key("Eurocommissaris Virkkunen")
    )
    assert speaker_key("Pedro Sánchez") == "sanchez"
    assert same_speaker("Henna Virkkunen", "Virkkunen")
    assert same_speaker("Eurocommissaris Virkkunen", "Henna Virkkunen")
    assert same_speaker("Kathleen Van Brempt", "Van Brempt")
    assert same_speaker("the ministry", "ministry")
    assert not same_speaker("Donald Trump", "Ivanka Trump")
    assert not same_speaker("Henna Virkkunen", None)
    assert not same_speaker(None, None)
    assert not same_speaker("Mark Rutte", "Dick Schoof")


BERG = (
    "Anna Berg",
    "Berg",
    "commissioner Berg",
    "Commissioner Anna Berg",
    "Ms Berg",
    "Ms. Berg",
    "Frau Berg",
    "Mme Berg",
    "la comisaria Berg",
    "mevrouw Berg",
    "de Zweedse eurocommissaris Anna Berg",
    "EU-Kommissarin Berg",
    "la commissaire européenne Anna Berg",
    "A. Berg",
    "Berg (EPP)",
    "Anna Berg, the EU commissioner",
)


@pytest.mark.parametrize("form", BERG)
def test_one_person_in_every_form(form: str) -> None:
    assert [g for g in BERG if not same_speaker(form, g)] == []
    assert speaker_key(form) == "berg"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Frau Berg", "Herr Berg"),
        ("Mr Berg", "Ms Berg"),
        ("M. Berg", "Mme Berg"),
        ("Anna Berg", "Erik Berg"),
        ("la comisaria Berg", "commissioner Lund"),
    ],
)
def test_other_people(a: str, b: str) -> None:
    assert not same_speaker(a, b)
    assert not same_speaker(b, a)


@given(st.sampled_from(BERG), st.sampled_from(("Herr", "Mr", "M.", "Frau", "Ms", "Mme", "")))
def test_same_speaker_is_symmetric(form: str, title: str) -> None:
    other = f"{title} Berg".strip()
    assert same_speaker(form, other) == same_speaker(other, form)


def speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A pronoun takes the last person of its gender: the husband is named last.
        (
            (
                "Sarah Mitchell runs a bakery. Her husband, Mark Mitchell, does the books. "
                '"We have cut our opening hours this winter," she said.'
            ),
            "en",
            ["Sarah Mitchell"],
        ),
        (
            (
                "Jan de Boer rijdt al dertig jaar op de lijn. Zijn vrouw, Els de Boer, werkt in de kantine. "
                '"We hebben dit nooit eerder meegemaakt," zegt hij.'
            ),
            "nl",
            ["Jan de Boer"],
        ),
        # A name after a preposition is a place or a body, not the speaker.
        (
            (
                "Priya Raman, an epidemiologist at Imperial College London, urged caution. "
                '"One week does not make a trend," she said.'
            ),
            "en",
            ["Priya Raman"],
        ),
        # With no person named, a described subject speaks.
        (
            'La madre del menor pidió ayuda. "Solo quiero que vuelva a casa", declaró entre lágrimas.',
            "es",
            ["madre"],
        ),
        # A group pronoun takes the group.
        (
            (
                "Les syndicats ont quitté la réunion. « La direction ne nous écoute pas du tout », "
                "ont-ils déclaré."
            ),
            "fr",
            ["syndicats"],
        ),
    ],
)
def test_pronouns(text: str, lang: str, expected: list[str | None]) -> None:
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A role after the verb stands for the person the paragraph is about.
        (
            (
                "Innenministerin Anna Berg kündigte Kontrollen an. „Wir werden jede Grenze prüfen“, "
                "sagte die SPD-Politikerin."
            ),
            "de",
            ["Anna Berg"],
        ),
        # A spokesperson of a body named earlier speaks for it.
        (
            (
                "De zorgverzekeraar Zilveren Kruis bevestigt de storing. "
                '"De app werkt voorlopig niet goed," meldt een woordvoerster.'
            ),
            "nl",
            ["Zilveren Kruis"],
        ),
        # A compound that names the body already says who speaks.
        (
            "Das Unternehmen baut Stellen ab. „Betroffen sind vor allem die Werke“, so ein Konzernsprecher.",
            "de",
            ["Konzernsprecher"],
        ),
        # Adverbs between the verb and the speaker; an apposition after a described person.
        (
            "« Nous ne laisserons tomber personne », a déclaré mardi le Premier ministre, Paul Durand.",
            "fr",
            ["Paul Durand"],
        ),
        (
            "„Wir haben alles getan, was wir konnten“, versicherte der Kapitän der Fähre, Lars Nilsson.",
            "de",
            ["Lars Nilsson"],
        ),
        ('She also told MPs that she would "not gamble with the economy at all".', "en", [None]),
        # A sentence about a newly named person between two quotations introduces the next one.
        (
            (
                "„Es war wie im Krieg“, erzählt Petra Schulz. Ihr Nachbar Jürgen Lenz nickt. "
                "„Das hat hier noch keiner erlebt, auch die Alten nicht.“"
            ),
            "de",
            ["Petra Schulz", "Jürgen Lenz"],
        ),
        # Spanish leaves the subject out.
        (
            (
                'Su abogado, Juan Carlos Lorenzo, habló ayer. "No existe una sola prueba contra él", '
                "dijo a la salida del juzgado."
            ),
            "es",
            ["Juan Carlos Lorenzo"],
        ),
        ('"Nadie nos avisó de nada", se quejaba Rosa Medina, de 58 años.', "es", ["Rosa Medina"]),
        # A title that is also a surname.
        ('"We hebben laten zien dat we het kunnen," aldus trainer Dick Advocaat.', "nl", ["Dick Advocaat"]),
    ],
)
def test_speakers_second_round(text: str, lang: str, expected: list[str | None]) -> None:
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            (
                "—¿Cómo vivió la noche del incendio?\n"
                "—Fue horrible. Vimos las llamas desde la ventana —relata Carmen Ruiz, vecina del barrio—. "
                "No nos dio tiempo a coger nada."
            ),
            "es",
            [
                ("¿Cómo vivió la noche del incendio?", None),
                ("Fue horrible. Vimos las llamas desde la ventana", "Carmen Ruiz"),
                ("No nos dio tiempo a coger nada.", "Carmen Ruiz"),
            ],
        ),
        (
            (
                "— Vous attendiez-vous à cette victoire ?\n"
                "— Pas du tout, on était venus pour apprendre, répond en souriant la skieuse Clara Direz."
            ),
            "fr",
            [
                ("Vous attendiez-vous à cette victoire ?", None),
                ("Pas du tout, on était venus pour apprendre,", "Clara Direz"),
            ],
        ),
        # Dashes in English are no dialogue.
        ("— We will see what happens next, he said.", "en", []),
    ],
)
def test_dash_dialogue(text: str, lang: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.text, c.speaker) for c in extract_quotes(text, lang)] == expected
    for c in extract_quotes(text, lang):
        assert text[c.span[0] : c.span[1]] == c.text


def test_normalise_quote() -> None:
    assert normalise_quote("„Big Tech-bedrijven,  zo'n   PROBLEEM!”") == "big techbedrijven zon probleem"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300), st.sampled_from(LANGS)
)
def test_never_raises_and_spans_index_the_text(text: str, lang: str) -> None:
    for claim in extract_quotes(text, lang):
        start, end = claim.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == claim.text
    for start, end in extract_quoted_terms(text, lang):
        assert 0 <= start < end <= len(text)


_QUOTY = st.text(alphabet="“”„‟\"«»‘’‚'‹› \n\u00a0\u202fabcXYZ.,:;-—()", max_size=200)


@settings(max_examples=300, deadline=None)
@given(_QUOTY, st.sampled_from(LANGS))
def test_quote_heavy_text_never_raises(text: str, lang: str) -> None:
    for claim in extract_quotes(text, lang):
        assert text[claim.span[0] : claim.span[1]] == claim.text


_DIALOGUE = st.lists(
    st.sampled_from(
        [
            "—",
            "– ",
            "— ",
            "\n",
            " ",
            ", ",
            ". ",
            "dijo",
            "répond",
            "Ana Pérez",
            "Clara",
            "no",
            "sí",
            "« ",
            " »",
            '"',
        ]
    ),
    max_size=40,
).map("".join)


@given(_DIALOGUE, st.sampled_from(("es", "fr")))
def test_dash_dialogue_spans_index_the_text(text: str, lang: str) -> None:
    spans = [c.span for c in extract_quotes(text, lang)]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    assert spans == sorted(spans)


@given(st.text())
def test_quote_words_are_the_marks_stripped_words_of_each_token(text: str) -> None:
    expected = [w for token in text.split() if (w := re.sub(r"[^\w\s]|_", "", token).casefold())]
    assert quote_words(text) == expected


_SPEAKER_WORDS = [
    "de", "minister", "Jane", "Doe", "van", "Financiën", ",", ".", "84", "-", "jarige", "la",
    "ministre", "Sophie", "Binet", "sa", "secrétaire", "générale", "zei", "der", "Kapitän",
    "Fähre", "Lars", "Nilsson", "el", "abogado", "Juan", "Carlos", "Lorenzo", "(", ")", "her",
    "husband", "Mark", "policía", "police", "Vooruit", "ANP", "and",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_SPEAKER_WORDS), max_size=40),
    lang=st.sampled_from(["en", "nl", "de", "fr", "es"]),
    descriptive=st.booleans(),
)
def test_the_speaker_after_a_verb_is_the_same_read_from_few_tokens_first(
    words: list[str], lang: str, *, descriptive: bool
) -> None:
    from factcheck.extract import _speakers

    text = "zei " + " ".join(words)
    r = _speakers.rules(lang)
    quick = _speakers.np_span_after(text, 4, r, descriptive=descriptive)
    first = _speakers._FIRST_TOKENS
    try:
        _speakers._FIRST_TOKENS = 2 * _speakers._MAX_TOKENS + 2  # the whole window at once
        whole = _speakers.np_span_after(text, 4, r, descriptive=descriptive)
    finally:
        _speakers._FIRST_TOKENS = first
    assert quick == whole
