"""Whose verb is it (session 17, subjects): constructions of the shared subject finder and of
the stance holders, each on invented snippets (no sentence from an article, no real person's
name), several phrasings and members of each class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_stance_press import rows, stances


def holders(text: str, target_word: str) -> set[str]:
    return set(rows(text, "", target_word)["holder"])


# ---- a list of finite verbs set off by commas shares the first verb's subject


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le Chili salue l'accord, appelle les parties au calme et exhorte l'Argentine à "
            "négocier.",
            "Chili",
            "Argentine",
        ),
        (
            "Le Chili a salué l'accord, a appelé les parties au calme et a exhorté l'Argentine "
            "à négocier.",
            "Chili",
            "parties",
        ),
        (
            "La Finlande a accueilli une délégation, a dénoncé la Russie et a soutenu l'Estonie.",
            "Finlande",
            "Russie",
        ),
    ],
)
def test_a_list_of_verbs_shares_its_subject(text, holder, target):
    assert holder in holders(text, target)


@pytest.mark.parametrize(
    ("text", "target", "wrong"),
    [
        # a relative between the two verbs: the second one is the relative's
        ("Le Chili soutient le Pérou, qui, dès lundi, a condamné la Bolivie.", "Bolivie", "Chili"),
        # the first verb is an incise with its own inverted subject
        ("Le Chili, poursuit le ministre, condamne la Bolivie.", "Bolivie", "ministre"),
        # quoted words between the two verbs: the second verb is an incise
        ("Le Brésil a qualifié l'offre de « piège », a accusé l'Argentine.", "Argentine", "Brésil"),
    ],
)
def test_a_list_of_verbs_needs_a_plain_list(text, target, wrong):
    assert wrong not in holders(text, target)


# ---- a verb coordinated after the comma closing a relative incise goes on with the main clause


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Le Japon félicite la Corée, qui a signé le traité, et critique la Chine.",
            "Japon",
            "Chine",
        ),
        (
            "Le Japon a reçu le ministre de la Corée, qui préside le forum, et a dénoncé la Chine.",
            "Japon",
            "Chine",
        ),
    ],
)
def test_a_verb_after_a_closed_relative_is_the_main_subjects(text, holder, target):
    found = holders(text, target)
    assert holder in found
    assert "Corée" not in found


def test_without_the_closing_comma_the_relative_goes_on():
    # "Y, qui a signé … et critique Z": Y does both; never the main clause's subject
    assert "Japon" not in holders(
        "Le Japon félicite la Corée, qui a signé le traité et critique la Chine.", "Chine"
    )


# ---- a subject pronoun after a fronted circumstance carries on the state of the sentence before


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "La Norvège a convoqué l'ambassadeur. Dans un communiqué, elle a condamné la Russie.",
            "Norvège",
            "Russie",
        ),
        (
            "Le Danemark a convoqué l'ambassadeur. Mardi soir, il a condamné l'Iran.",
            "Danemark",
            "Iran",
        ),
        (
            "Les Pays-Bas ont rappelé leur ambassadeur. Lors d'une conférence de presse, ils "
            "ont critiqué la Turquie.",
            "Pays-Bas",
            "Turquie",
        ),
    ],
)
def test_a_pronoun_after_a_fronted_circumstance_carries_the_topic_on(text, holder, target):
    assert holder in holders(text, target)


def test_the_pronoun_chain_goes_on_to_the_next_sentence():
    text = (
        "La Suède a convoqué l'ambassadeur. Au terme de la réunion, elle a condamné la Russie. "
        "Elle exige le retrait des troupes de la Russie de Géorgie."
    )
    st = stances(text)
    assert set(st["holder"]) <= {"Suède"}, st[["holder", "target", "cue"]]


@pytest.mark.parametrize(
    "text",
    [
        # a view opener names whose view it is: no carried topic
        "La Norvège a convoqué l'ambassadeur. Selon le Danemark, elle a condamné la Russie.",
        "La Norvège a convoqué l'ambassadeur. Pour le Danemark, elle a condamné la Russie.",
        # the pronoun's gender does not agree with the state of the sentence before
        "La Norvège a convoqué l'ambassadeur. Dans un communiqué, il a condamné la Russie.",
    ],
)
def test_a_fronted_pronoun_never_takes_a_view_opener_or_another_gender(text):
    assert "Norvège" not in holders(text, "Russie")


# ---- "ce dernier" / "celui-ci": the last one named, and no one when that is an unnamed person


def _speaker(text: str) -> str | None:
    from tests.test_quotes_real import quotes

    q = quotes(text)
    assert len(q), "no quotation"
    value = q.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le ministre ostrien Léon Varga a reçu son homologue valdorien Iosif Marek. "
            "Celui-ci a déclaré : « Nous voulons la paix avec nos voisins. »",
            "Iosif Marek",
        ),
        (
            "La ministre Irène Dubois a accueilli la présidente Clara Mendes. Celle-ci a "
            "affirmé que « la coopération doit continuer ».",
            "Clara Mendes",
        ),
    ],
)
def test_celui_ci_speaks_for_the_last_one_named(text, speaker):
    assert _speaker(text) == speaker


def test_an_unnamed_counterpart_after_the_name_takes_the_demonstrative():
    # "son homologue" is the last one named: not the host
    text = "Léon Varga a reçu son homologue. Ce dernier a déclaré : « Nous refusons ce plan. »"
    assert _speaker(text) != "Léon Varga"
    assert "Léon Varga" not in holders(
        "Léon Varga a reçu son homologue. Celui-ci a condamné la Russie.", "Russie"
    )


def test_celle_ci_takes_the_person_of_its_gender():
    assert holders("Irène Dubois a reçu Marc Lenoir. Celle-ci a condamné la Russie.", "Russie") == {
        "Irène Dubois"
    }
