"""Reported speech found, round 17 (session 21): claims the tool did not find at all. Each
rule on invented snippets, never on sentences from real articles, and never with real names."""

from __future__ import annotations

from tests.helpers import quotes_of, speaker_of


def _texts(text: str) -> list[str]:
    return list(quotes_of(text)["text"])


# ---- an apposed name read by the parser as the subject of the incise that follows it


def test_an_apposed_name_before_an_incise_is_not_its_subject():
    text = (
        "Le chargé d’affaires à Dorvane sera choisi par le président russe, Vladimir Kalinov, "
        "a précisé à l’AFP Alexeï Sarkov."
    )
    assert speaker_of(text, "Le chargé d’affaires à Dorvane sera choisi") == "Alexeï Sarkov"


def test_an_apposed_subject_with_its_own_que_clause_keeps_its_claim():
    text = "Le ministre lorenien, Marko Dalen, a indiqué à l'AFP que le consul sera désigné."
    assert speaker_of(text, "le consul sera désigné") == "Marko Dalen"


# ---- a foreign medium's name between the speech verb and its "que"


def test_a_foreign_newspaper_between_the_verb_and_que():
    text = "Le ministre Paul Varo a confié au Washington Post que la visite aura lieu en mai."
    assert speaker_of(text, "la visite aura lieu en mai") == "Paul Varo"


# ---- a claim whose author the next sentence names with a presentative


def test_a_claim_named_by_c_est_ce_qu_a_annonce():
    text = (
        "Le Kardan refuse la médiation de la Cour régionale, chargée de juger son litige avec "
        "le Molvar. C'est ce qu'a annoncé mardi la ministre kardanaise Ilse Brandt."
    )
    assert speaker_of(text, "Le Kardan refuse la médiation") == "Ilse Brandt"


def test_a_claim_named_by_tels_sont_les_propos():
    text = (
        "La diplomatie du Kardan privilégie la paix avec tous ses voisins. Les Kardanais ne "
        "se connaissent aucun ennemi. Tels sont les propos de l'envoyé Ivo Marek."
    )
    assert speaker_of(text, "ne se connaissent aucun ennemi") == "Ivo Marek"


def test_a_presentative_without_a_speech_word_names_nobody():
    text = (
        "Le Kardan a reçu trois avions de transport en mai dernier. C'est ce qu'a fait le "
        "Molvar aussi, avec deux navires."
    )
    assert not any("trois avions" in t for t in _texts(text))


# ---- "selon X" opening a second clause, and a closing "selon X qui …"


def test_selon_after_mais_opens_a_claim():
    text = (
        "La présidente devait aussi se rendre au Kardan en juin, mais selon la ministre Eva "
        "Kors, ce voyage, prévu de longue date, risque d'être encore reporté."
    )
    assert speaker_of(text, "risque d'être encore reporté") == "Eva Kors"


def test_a_closing_selon_followed_by_a_relative_clause():
    text = (
        "La délégation reste bloquée à Tarvia ce mercredi, selon la ministre Eva Kors qui "
        "n'a donné aucun autre détail."
    )
    assert speaker_of(text, "La délégation reste bloquée à Tarvia") == "Eva Kors"


# ---- a "que" clause whose parsed head is the name opening it (its verb hung elsewhere)


def test_a_que_clause_opening_with_a_hyphenated_name_is_kept_whole():
    text = (
        "Anna Kerel, porte-parole de la Commission, a expliqué que Dana Bar-ol a été priée "
        "de partir parce que seul le consul « avait reçu une invitation officielle »."
    )
    q = quotes_of(text)
    rows = q[q["kind"] == "reported"]
    assert any("Dana Bar-ol a été priée de partir" in t for t in rows["text"])
    assert speaker_of(text, "Dana Bar-ol a été priée") == "Anna Kerel"
