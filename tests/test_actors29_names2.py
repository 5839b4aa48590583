"""Actor names never cross a line break (a heading's last word and the next paragraph's
first name are two names, not one); one person written two ways (reordered, one letter
apart) is one actor, relatives with another given name stay two (invented snippets)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from analysis.extract.actors.records import Mention
from analysis.extract.actors.rules.variants import merge_name_variants, same_name
from tests.helpers import actors_with_roles, run_steps


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Le ministre Jon Maren a reçu l'envoyé de Valdavie.\n\n"
            "Valdavie critique Lorvanie, pas la Norvège\n\n"
            "Jon Maren a précisé que « le problème est ailleurs ».",
            "Jon Maren",
        ),
        (
            "La ministre Ana Ferlo a convoqué l'ambassadeur.\n\n"
            "Une réponse ferme du Portugal\n\n"
            "Ana Ferlo a ajouté que « la relation reste solide ».",
            "Ana Ferlo",
        ),
        (
            "Le chef de la diplomatie, Karim Oudane, a parlé lundi.\n\n"
            "La Tunisie\n"
            "Karim Oudane a déclaré que « le dialogue continue ».",
            "Karim Oudane",
        ),
    ],
)
def test_no_name_crosses_a_line_break(text: str, person: str) -> None:
    names = list(actors_with_roles(text))
    assert person in names, names
    assert not any("\n" in n for n in names), names
    mentions = run_steps(text).tables["mentions"]
    assert not any("\n" in m for m in mentions["text"]), list(mentions["text"])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sorn Vathana", "Vathana Sorn", True),  # family name first, then last
        ("Karim Benhadi", "Karim Benadi", True),  # one letter dropped
        ("Emanuele Rossi", "Emmanuele Rossi", True),  # one letter added
        ("Recep Tayyip Ardan", "Recep Tayyib Ardan", True),  # a consonant transcribed
        ("Ali Ben Salem", "Ali Ben Salim", True),  # same given name: one man misspelt
        ("Mario Lopes", "Maria Lopes", False),  # a last vowel: another given name
        ("Louis Marten", "Louise Marten", False),
        ("Daniel Oruz", "Daniela Oruz", False),
        ("Paul Cobb", "Paul Cobo", False),  # a word shorter than five letters
        ("Karim Benhadi", "Karim Bendati", False),  # two letters apart
        ("Awa Koné", "Issa Koné", False),  # two persons of one surname
        ("Sorn Vathana", "Sorn Vathana Kim", False),  # a longer name: not this rule
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same
    assert same_name(b, a) is same


@pytest.mark.parametrize(
    "text",
    [
        "Le vice-ministre Sorn Vathana a reçu l'ambassadeur lundi. Vathana Sorn a déclaré que "
        "« la frontière restera ouverte ».",
        "Le ministre Karim Benhadi a rencontré son homologue. Karim Benadi a ensuite dit que "
        "« les accords seront respectés ».",
    ],
)
def test_one_person_written_two_ways_is_one_actor(text: str) -> None:
    got = actors_with_roles(text)
    persons = [n for n in got if n.split()[0] in ("Sorn", "Vathana", "Karim")]
    assert len(persons) == 1, got


def test_relatives_with_another_given_name_stay_two() -> None:
    got = actors_with_roles(
        "Le député Mario Lopes a salué l'accord. Sa sœur, la ministre Maria Lopes, a dit que "
        "« le texte est bon »."
    )
    assert "Mario Lopes" in got and "Maria Lopes" in got, got


def test_a_surname_tagged_as_a_body_is_the_person() -> None:
    # the tagger's label alone made "Varek" a body ("les villages cités par Varek")
    person = Mention(0, 11, "person", "person:jonas varek", "Jonas Varek", "name", "LV")
    body = Mention(60, 65, "organisation", "org:varek", "Varek", "name")
    known = Mention(80, 85, "organisation", "org:varek", "Varek", "name", "LV", 3)
    f = SimpleNamespace(mentions=[person, body, known])
    merge_name_variants(f)  # type: ignore[arg-type]
    assert (body.type, body.key, body.country) == ("person", "person:jonas varek", "LV")
    assert known.type == "organisation"  # the knowledge base knows it: left alone


def test_reordered_names_take_the_first_key() -> None:
    a = Mention(0, 12, "person", "person:sorn vathana", "Sorn Vathana", "name")
    b = Mention(40, 52, "person", "person:vathana sorn", "Vathana Sorn", "name", "KH", 2)
    c = Mention(70, 82, "person", "person:mario lopes", "Mario Lopes", "name", "PT")
    d = Mention(90, 102, "person", "person:maria lopes", "Maria Lopes", "name", "PT")
    merge_name_variants(SimpleNamespace(mentions=[a, b, c, d]))  # type: ignore[arg-type]
    assert b.key == a.key and b.name == "Sorn Vathana"
    assert c.key != d.key


def test_the_spelling_written_most_often_names_the_person() -> None:
    slip = Mention(0, 13, "person", "person:karim benadi", "Karim Benadi", "name")
    right = Mention(30, 44, "person", "person:karim benhadi", "Karim Benhadi", "name")
    again = Mention(60, 67, "person", "person:karim benhadi", "Karim Benhadi", "short")
    merge_name_variants(SimpleNamespace(mentions=[slip, right, again]))  # type: ignore[arg-type]
    assert slip.key == right.key and slip.name == "Karim Benhadi"
