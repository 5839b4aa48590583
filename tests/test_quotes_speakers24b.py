"""Quote speakers, session 24 second wave: speakers named by a construction rather than a
speech verb. The impersonal "on" of an incise speaks for the seat or the source after it
("…, indique-t-on à <capital>", "…, explique-t-on au <institution>", "…, a-t-on appris auprès
de X"); a quotation framed by "Pour X, …" is X's even when a clause contrasted with it
("alors que Y a plaidé …") follows, or when the clause's subject follows X's apposition
("Et pour le ministre, Paul X, A et B sont …"). Invented snippets (no sentence from a real
article, no real person's name)."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes


def _speaker(text: str, words: str) -> str | None:
    q = quotes(text)
    hits = q[q["text"] == words]
    assert len(hits), q[["text", "speaker"]].to_dict("records")
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "La Valdorie et la Suisse ont signé un accord jeudi. « Nous suivons la situation "
            "de près », indique-t-on à Berne.",
            "Nous suivons la situation de près",
            "Suisse",
        ),
        (
            "Le Quai d'Orsay a convoqué jeudi l'ambassadeur valdorien à Paris. « Nous suivons "
            "la situation de près », explique-t-on au Quai d'Orsay.",
            "Nous suivons la situation de près",
            "Quai d'Orsay",
        ),
        (
            "Le ministre valdorien Paul Ferrand est arrivé jeudi. « Le sommet aura lieu en "
            "mars », a-t-on appris auprès du ministère valdorien des Affaires étrangères.",
            "Le sommet aura lieu en mars",
            "ministère valdorien des Affaires étrangères",
        ),
        (
            "Le député valdorien Paul Ferrand a déposé un texte. Pour Paul Ferrand, auteur du "
            "texte, ce vote marque un « tournant pour la région » alors que la députée Anne "
            "Morel a plaidé pour des « mesures fermes contre le voisin ».",
            "tournant pour la région",
            "Paul Ferrand",
        ),
        (
            "Le président valdorien Marc Tellier a reçu son homologue. Et pour le Premier "
            "ministre, Paul Ferrand, Canada et Mexique sont partenaires d'une « faute "
            "historique ».",
            "faute historique",
            "Paul Ferrand",
        ),
    ],
)
def test_construction_names_the_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker(text, words) == speaker


def test_on_in_a_mere_town_names_no_one() -> None:
    """ "…, dit-on à Ostrava": a town that stands for no actor of the article is hearsay."""
    text = (
        "Le ministre valdorien Paul Ferrand est arrivé jeudi à Ostrava. « Le sommet aura lieu "
        "en mars », dit-on à Ostrava."
    )
    assert _speaker(text, "Le sommet aura lieu en mars") is None


def test_contrasted_clause_keeps_its_own_quote() -> None:
    text = (
        "Le député valdorien Paul Ferrand a déposé un texte. Pour Paul Ferrand, auteur du "
        "texte, ce vote marque un « tournant pour la région » alors que la députée Anne "
        "Morel a plaidé pour des « mesures fermes contre le voisin »."
    )
    assert _speaker(text, "mesures fermes contre le voisin") == "Anne Morel"
