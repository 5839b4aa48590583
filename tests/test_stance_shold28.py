"""Stance holders (session 28): who holds the act named through another phrase.

* an intention noun's owners coordinated each with their own "de" ("la décision du Chili,
  du Pérou et de l'Équateur de quitter Y") each hold the act, and a clitic between "de" and
  the infinitive ("de se retirer", "de ne pas signer") still makes the infinitive the
  intention's (stance/intention_holders.py);
* passive agents listed by title and name between commas ("salué par le président du
  Sénat, A, le Premier ministre, B, et des membres du gouvernement"): each named office
  holder is an agent, and a closing member that names no one still closes the list
  (stance/agent_lists.py);
* an event or a text as the subject of reported speech outside quote marks ("X a déclaré
  que la visite de Y permettra de renforcer ...", "Selon X, cet accord renforcera ..."):
  the speaker holds the stance, as inside quote marks, also when the parser took a name in
  the event's "de" complement for the subject (stance/reported_voice.py);
* the same inside quote marks opened after the event ("X a dit que la visite de Y
  « permettra de ... »");
* the two sides' own leaders as the subject of a clause on "la coopération entre X et Y"
  ("les deux chefs d'État ont évoqué ..."): each leader is for the other side, a third
  party for neither (stance/side_leaders.py, called from stance/interactions.py);
* co-agents named with "aux côtés de" on the verb of an act or on its subject ("X a
  annoncé, aux côtés de Y et de Z, la reconnaissance de W"): each holds the act, but not
  after a verb that takes sides with the same locution ("X reste aux côtés de Y")
  (stance/co_agents.py).

Every snippet is invented.
"""

from __future__ import annotations

import pytest

from tests.test_stance_press import stances


def _pairs(text: str) -> dict[tuple[str, str], int]:
    st = stances(text)
    return {(h, t): p for h, t, p in zip(st["holder"], st["target"], st["polarity"], strict=True)}


@pytest.mark.parametrize(
    ("text", "holders", "target"),
    [
        (
            "Un porte-parole a confirmé la décision du Chili, du Pérou et de l'Équateur de"
            " quitter le Mercosur.",
            ("Chili", "Pérou", "Équateur"),
            "Mercosur",
        ),
        (
            "La radio a relayé la décision du Laos et du Népal de se retirer de l'OMC.",
            ("Laos", "Népal"),
            "OMC",
        ),
        (
            "Le ministre a commenté la décision de la Bolivie de se retirer de l'OEA.",
            ("Bolivie",),
            "OEA",
        ),
    ],
)
def test_each_owner_of_an_intention_holds_its_act(
    text: str, holders: tuple[str, ...], target: str
) -> None:
    got = _pairs(text)
    for holder in holders:
        assert got.get((holder, target)) == -1, got


def test_a_de_inside_the_owner_s_own_phrase_is_no_new_owner() -> None:
    got = _pairs(
        "La presse a commenté la décision du ministre des Finances du Chili de quitter le Mercosur."
    )
    assert not any(h == "Finances" for h, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre letton a été salué à sa descente d'avion par le maire de Valdor, Anna"
        " Klint, le préfet, Marc Oudin, et des élus locaux.",
        "Le projet de traité a été salué par le ministre kényan, Paul Otieno, le chef de la"
        " diplomatie ougandaise, Marc Oudin, et plusieurs ambassadeurs.",
    ],
)
def test_agents_listed_by_title_and_name_each_hold(text: str) -> None:
    st = stances(text)
    assert "Marc Oudin" in set(st["holder"]), st[["holder", "target"]]


def test_a_clause_after_the_list_keeps_the_first_agent_alone() -> None:
    st = stances(
        "Le chef rebelle, soutenu par le préfet, Marc Oudin, et des miliciens ont dit non."
    )
    assert "Marc Oudin" not in set(st["holder"]) or len(set(st["holder"])) == 1, st


@pytest.mark.parametrize(
    "text",
    [
        "La ministre lettone Anna Klint a affirmé que la visite du Premier ministre"
        " permettrait de consolider les relations bilatérales avec le Chili.",
        "Selon la ministre lettone Anna Klint, ce partenariat renforcera la coopération avec"
        " le Chili.",
        "La ministre lettone Anna Klint a estimé que la visite du président péruvien Teo Marsk"
        " permettrait de renforcer la coopération bilatérale.",
    ],
)
def test_an_event_in_reported_speech_is_the_speaker_s_stance(text: str) -> None:
    st = stances(text)
    assert "Anna Klint" in set(st["holder"]), st[["holder", "target"]]


def test_a_time_phrase_before_a_named_subject_is_no_event_subject() -> None:
    st = stances(
        "La ministre lettone Anna Klint a déclaré que lors de la visite Teo Marsk a signé un"
        " accord avec le Pérou."
    )
    assert "Anna Klint" not in set(st["holder"]), st[["holder", "target"]]


def test_the_sides_own_leaders_are_for_the_other_side() -> None:
    got = _pairs(
        "Le président letton Teo Marsk a reçu son homologue péruvien Ivo Lanz à Riga. Les deux"
        " chefs d'Etat ont discuté de la coopération entre la Lettonie et le Pérou."
    )
    assert got.get(("Teo Marsk", "Pérou")) == 1, got
    assert got.get(("Ivo Lanz", "Lettonie")) == 1, got


def test_a_third_party_on_a_relation_holds_no_side() -> None:
    got = _pairs(
        "Le médiateur kényan Teo Marsk a évoqué la coopération entre la Lettonie et le Pérou."
    )
    assert not any(h == "Teo Marsk" for h, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Le Népal a annoncé, aux côtés du Laos et de la Mongolie, la reconnaissance du Kosovo.",
        "Le Népal, aux côtés de la Mongolie, a condamné l'attaque contre le Laos.",
    ],
)
def test_co_agents_after_aux_cotes_de_hold_the_act(text: str) -> None:
    st = stances(text)
    assert "Mongolie" in set(st["holder"]), st[["holder", "target"]]


def test_a_side_taking_verb_has_no_co_agent() -> None:
    st = stances("Le Népal reste aux côtés du Laos face à la Mongolie.")
    assert not ({"Laos", "Mongolie"} & set(st["holder"])), st[["holder", "target"]]


def test_an_event_before_a_quote_is_the_speaker_s_stance() -> None:
    st = stances(
        "La ministre lettone Anna Klint a affirmé que la venue du président péruvien Teo"
        " Marsk « permettrait de renforcer la coopération bilatérale »."
    )
    assert "Anna Klint" in set(st["holder"]), st[["holder", "target"]]


def test_a_passive_subject_in_a_quote_is_no_event_holder() -> None:
    st = stances(
        "« Le traité a été signé par la Mongolie », a déclaré la ministre lettone Anna Klint."
    )
    assert "Anna Klint" not in set(st["holder"]), st[["holder", "target"]]
