"""The claim of a relative clause set off after the sentence's subject ends at the comma that
closes the clause (round 17b): "X, qui estime que A, a protesté" reports A, never ", a
protesté …", and the main verb after the clause is no incise naming a speaker after it.
Invented snippets (no sentence from a real article, no real person's name)."""

from __future__ import annotations

import pytest

from tests.helpers import run_steps


def _quotes(text: str) -> list[tuple[str | None, str]]:
    q = run_steps(text).tables["quotes"]
    return list(zip(q["speaker"], q["text"], strict=True))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Paul Kardan, qui affirme que le traité a été violé, a convoqué l'ambassadeur ostrien.",
            "le traité a été violé",
        ),
        (
            "Le ministre Paul Kardan, qui estime que la frontière doit rester ouverte, a "
            "protesté lundi contre la décision de l'Ostrie.",
            "la frontière doit rester ouverte",
        ),
        (
            # a pair of commas inside the clause is an incise of the claim, not its end
            "Paul Kardan, qui assure que la frontière, fermée depuis mars, doit rouvrir, a "
            "protesté auprès de l'ambassadeur ostrien.",
            "la frontière, fermée depuis mars, doit rouvrir",
        ),
        (
            "Paul Kardan, qui dit avoir été trompé par ses voisins, a rappelé son ambassadeur.",
            "avoir été trompé par ses voisins",
        ),
    ],
)
def test_the_relative_claim_ends_before_the_main_verb(text, claim):
    assert _quotes(text) == [("Paul Kardan", claim)]


def test_the_main_verb_is_no_incise():
    # "a rappelé son ambassadeur" once made "ambassadeur" the speaker of the subject phrase
    text = (
        "Le gouvernement valdorien, qui juge que les sanctions sont injustes, a rappelé son "
        "ambassadeur."
    )
    quotes = _quotes(text)
    assert all(speaker != "ambassadeur" for speaker, _ in quotes)
    assert all("rappelé" not in claim and "valdorien" not in claim for _, claim in quotes)


def test_an_incise_after_the_main_clause_stays_one():
    text = "Le traité, qui date de 2002, est dépassé, a estimé Paul Kardan."
    assert _quotes(text) == [("Paul Kardan", "Le traité, qui date de 2002, est dépassé")]


def test_a_relative_after_a_verb_is_left_alone():
    # the words before ", qui" hold a verb: no subject's relative, the claim runs to its end
    text = "Il a reçu Paul Kardan, qui affirme que le traité a été violé par ses voisins."
    assert ("Paul Kardan", "le traité a été violé par ses voisins") in _quotes(text)


def test_a_relative_inside_a_quotation_leaves_the_incise():
    # the clause and its main verb are the quotation's words; the verb after it is an incise
    text = (
        "« La Valdorie, qui n'a jamais tenu parole, doit se justifier », a déclaré le ministre "
        "Paul Kardan."
    )
    assert ("Paul Kardan", "La Valdorie, qui n'a jamais tenu parole, doit se justifier") in (
        _quotes(text)
    )
