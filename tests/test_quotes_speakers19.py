"""Quote speakers, session 19: the reporter's clause around a quoted fragment is a reported
claim of its own ("X a dit que le voisin devra prendre « des mesures … »"), on invented
snippets (no sentence from a real article, no real person's or outlet's name), several
phrasings, and cases that must not give a second row."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes


def reported(text: str) -> list[tuple[str, str]]:
    """(text, speaker) of the reported claims (kind ``reported``) of ``text``."""
    q = quotes(text)
    return [
        (str(r["text"]), str(r["speaker"])) for r in q.to_dict("records") if r["kind"] == "reported"
    ]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Le chancelier valdorien Paul Verrier a affirmé que la capitale voisine devra "
            "fournir « des garanties écrites et vérifiables avant toute reprise du dialogue ».",
            "la capitale voisine devra fournir « des garanties écrites",
            "Paul Verrier",
        ),
        (
            "La ministre Anne Corbel a estimé mardi que ses interlocuteurs « ont enfin compris "
            "l'urgence de la situation humanitaire dans la vallée ».",
            "ses interlocuteurs « ont enfin compris",
            "Anne Corbel",
        ),
        (
            "Le porte-parole Marc Dunoyer a promis que son gouvernement ferait « tout ce qui "
            "est en son pouvoir pour éviter une nouvelle escalade ».",
            "son gouvernement ferait « tout ce qui",
            "Marc Dunoyer",
        ),
    ],
)
def test_the_reporters_clause_around_a_fragment_is_a_claim(text, claim, speaker):
    rows = reported(text)
    assert any(t.startswith(claim) and s == speaker for t, s in rows), rows
    # the fragment stays a quote of its own
    assert any(r["kind"] == "partial" for r in quotes(text).to_dict("records"))


@pytest.mark.parametrize(
    "text",
    [
        # the quotation follows "que" at once: no words of the reporter's own
        "Le ministre Paul Verrier a déclaré que « la frontière restera fermée jusqu'à nouvel "
        "ordre pour tous les véhicules ».",
        # a lone pronoun before the quotation is no clause of the reporter's
        "La ministre Anne Corbel a assuré qu'elle « ne cédera rien sur la question des "
        "frontières ni sur celle des visas ».",
    ],
)
def test_a_quotation_right_after_que_gives_no_second_row(text):
    assert reported(text) == []


# ---- ", précisant que B" after a reported claim: B is another claim of the same speaker


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Le ministre Paul Verrier a annoncé que son pays rouvrira son consulat dans la "
            "région, précisant que le personnel sera réduit de moitié.",
            "son pays rouvrira son consulat dans la région",
            "le personnel sera réduit de moitié",
        ),
        (
            "La ministre Anne Corbel a estimé que les pourparlers avançaient lentement, "
            "ajoutant en outre que la prochaine session aurait lieu à l'automne.",
            "les pourparlers avançaient lentement",
            "la prochaine session aurait lieu à l'automne",
        ),
    ],
)
def test_a_speech_participle_after_a_claim_opens_a_second_claim(text, first, second):
    rows = reported(text)
    speaker = "Paul Verrier" if "Verrier" in text else "Anne Corbel"
    assert (first, speaker) in rows, rows
    assert (second, speaker) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        # a participle that reports nothing stays inside the claim
        "Le ministre Paul Verrier a annoncé que la frontière rouvrira lundi, mettant fin à "
        "trois mois de fermeture.",
        # a participle of speech without "que" does not cut the claim either
        "La ministre Anne Corbel a estimé que la rencontre était utile, rappelant les liens "
        "anciens entre les deux capitales.",
    ],
)
def test_a_participle_without_a_que_of_speech_does_not_cut_the_claim(text):
    rows = reported(text)
    assert len(rows) == 1, rows
    assert "," in rows[0][0]
