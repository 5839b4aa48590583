"""Stances stated in the narration (session 16, narr). Every snippet is invented.

A harm noun whose bare "de X" may name its author as well as its victim ("condamner
l'invasion de X"): X is the author only when the article elsewhere makes X's country the
author of that harm (a nationality adjective after the noun, the subject of its verb) and
never its victim; otherwise X stays the victim."""

from __future__ import annotations

import pytest

from tests.test_stance_press import polarity, rows


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        (
            "Le Ghana a condamné l'invasion de la Russie. L'invasion russe dure depuis un an.",
            "Ghana",
            "Russie",
            -1,
        ),
        (
            "Le Pérou dénonce l'agression de la Turquie. La Turquie a agressé l'Arménie en mai.",
            "Pérou",
            "Turquie",
            -1,
        ),
        (
            "Le Togo déplore l'occupation d'Israël. Israël occupe la Syrie depuis des années.",
            "Togo",
            "Israël",
            -1,
        ),
        # the victim stays the victim
        (
            "Le Ghana a condamné l'invasion de l'Ukraine. L'invasion russe dure depuis un an.",
            "Ghana",
            "Ukraine",
            1,
        ),
        (
            "Le Togo déplore l'occupation du Liban. Israël occupe le Liban depuis des années.",
            "Togo",
            "Liban",
            1,
        ),
        # no evidence in the article: the "de" complement stays the victim
        ("Le Ghana a condamné l'invasion de la Russie.", "Ghana", "Russie", 1),
        # the country is the victim elsewhere too: never read as the author
        (
            "Le Ghana a condamné l'invasion de la Russie. L'Ukraine a envahi la Russie en août, "
            "après l'invasion russe.",
            "Ghana",
            "Russie",
            1,
        ),
    ],
)
def test_bare_harm_author(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # a recall to a post named with "aux"
        ("La Turquie a rappelé son ambassadeur aux Pays-Bas.", "Turquie", "Pays-Bas", -1),
        (
            "Le Kenya a rappelé pour consultations son ambassadeur aux Émirats arabes unis.",
            "Kenya",
            "Émirats",
            -1,
        ),
        # an order or a deadline to a diplomat to leave
        (
            "Le Pérou a donné 96 heures à l'ambassadeur de Norvège pour quitter le pays.",
            "Pérou",
            "Norvège",
            -1,
        ),
        (
            "Le Tchad a accordé deux jours au consul du Cameroun pour quitter le territoire.",
            "Tchad",
            "Cameroun",
            -1,
        ),
        ("Le Togo a sommé l'ambassadeur d'Autriche de partir.", "Togo", "Autriche", -1),
        # a body putting a member state out, or taking it back
        ("L'Union africaine a suspendu le Gabon de ses instances.", "Union africaine", "Gabon", -1),
        ("La Ligue arabe a exclu la Libye.", "Ligue arabe", "Libye", -1),
        ("La Ligue arabe a réintégré le Yémen.", "Ligue arabe", "Yémen", 1),
    ],
)
def test_ousters(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # negated
        (
            "Le Tchad n'a pas demandé à l'ambassadeur du Cameroun de quitter le pays.",
            "Tchad",
            "Cameroun",
        ),
        ("La CEDEAO n'a pas suspendu le Bénin.", "CEDEAO", "Bénin"),
        # not a diplomat; not a body
        (
            "Le Tchad a donné une semaine aux touristes suédois pour quitter le pays.",
            "Tchad",
            "Suède",
        ),
        ("Le Niger a suspendu le Bénin.", "Niger", "Bénin"),
    ],
)
def test_ousters_not(text: str, holder: str, target: str) -> None:
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # two subjects acting on each other through "se"
        ("La Serbie et la Croatie s'accusent mutuellement de tricherie.", "Serbie", "Croatie", -1),
        ("La Serbie et la Croatie s'accusent mutuellement de tricherie.", "Croatie", "Serbie", -1),
        (
            "La Serbie et la Croatie sont voisines. Les deux pays se querellent depuis longtemps.",
            "Croatie",
            "Serbie",
            -1,
        ),
        (
            "La Serbie et la Croatie se renvoient la responsabilité du drame.",
            "Serbie",
            "Croatie",
            -1,
        ),
        ("La Serbie et la Croatie se sont réconciliées.", "Croatie", "Serbie", 1),
        ("La Serbie et la Croatie se soutiennent mutuellement.", "Serbie", "Croatie", 1),
        # a rupture of their own relations
        ("La Serbie et la Croatie ont rompu leurs relations.", "Serbie", "Croatie", -1),
        ("La Serbie et la Croatie ont coupé leurs liens diplomatiques.", "Croatie", "Serbie", -1),
    ],
)
def test_reciprocal(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # a third party: both toward it, not toward each other
        ("La Serbie et la Croatie s'opposent à la Hongrie.", "Serbie", "Croatie"),
        ("La Serbie et la Croatie se rapprochent de la Hongrie.", "Serbie", "Croatie"),
        ("La Serbie et la Croatie se félicitent de l'accord.", "Serbie", "Croatie"),
        # negated; no "se"
        ("La Serbie et la Croatie ne se sont pas réconciliées.", "Serbie", "Croatie"),
        ("La Serbie et la Croatie accusent la Hongrie.", "Serbie", "Croatie"),
    ],
)
def test_reciprocal_not(text: str, holder: str, target: str) -> None:
    assert rows(text, holder, target).empty


@pytest.mark.parametrize(
    ("text", "holder", "target", "sign"),
    [
        # support held or kept, and givers coordinated after "de"
        ("Le Honduras avait le soutien du Canada.", "Canada", "Honduras", 1),
        ("Le Honduras dispose de l'appui du Pérou.", "Pérou", "Honduras", 1),
        ("Le Honduras s'est attiré les critiques du Panama.", "Panama", "Honduras", -1),
        (
            "Le Honduras bénéficie du soutien du Canada et de l'Union européenne.",
            "Union",
            "Honduras",
            1,
        ),
        ("Le Honduras a reçu l'appui du Pérou, du Chili et de Cuba.", "Cuba", "Honduras", 1),
        ("Le Honduras a reçu l'appui du Pérou, du Chili et de Cuba.", "Chili", "Honduras", 1),
    ],
)
def test_received_support(text: str, holder: str, target: str, sign: int) -> None:
    assert polarity(text, holder, target) == sign


def test_received_support_denied() -> None:
    assert rows("Le Honduras n'avait pas le soutien du Canada.", "Canada", "Honduras").empty


def _broker_rows(text: str, broker: str):
    from tests.test_stance_press import stances

    st = stances(text)
    return st[st["holder"].str.contains(broker)]


@pytest.mark.parametrize(
    ("text", "broker", "target", "text_has"),
    [
        # the parties who meet are no outcome: their act's object is
        (
            "Les deux délégations ont signé un cessez-le-feu sous l'égide de la Suisse.",
            "Suisse",
            "cessez-le-feu",
            "cessez-le-feu",
        ),
        # no object: the whole clause, never the bare head noun of the subject
        (
            "Les négociateurs arméniens et azerbaïdjanais se sont réunis sous les auspices de "
            "la Suisse.",
            "Suisse",
            "Les négociateurs arméniens et azerbaïdjanais se sont réunis",
            "réunis",
        ),
        # an outcome as the subject stays the target
        ("Le traité a été conclu sous l'égide de la Suisse.", "Suisse", "traité", "conclu"),
    ],
)
def test_broker_target(text: str, broker: str, target: str, text_has: str) -> None:
    got = _broker_rows(text, broker)
    assert list(got["target"]) == [target]
    assert text_has in got["target_text"].iloc[0]


def test_broker_not_for_the_locution() -> None:
    got = _broker_rows("Les deux camps ont négocié sous les auspices de la Suisse.", "Suisse")
    assert "auspices" not in list(got["target"])


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # an act on "ses diplomates" by an agent: against the one whose diplomats they are
        ("La Serbie a dénoncé l'expulsion de ses diplomates par la Croatie.", "Croatie", "Serbie"),
        (
            "La Hongrie déplore la convocation de deux de ses diplomates par l'Autriche.",
            "Autriche",
            "Hongrie",
        ),
    ],
)
def test_own_envoys(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == -1


def test_own_envoys_needs_an_agent() -> None:
    text = "La Serbie a ordonné l'expulsion de ses diplomates par avion."
    from tests.test_stance_press import stances

    assert not (stances(text)["cue"] == "expulsion diplomates").any()


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        # persona non grata in the passive, the agent after "grata"
        (
            "L'ambassadeur de Norvège a été déclaré persona non grata par le Pérou.",
            "Pérou",
            "Norvège",
        ),
        ("Le consul du Ghana a été déclaré persona non grata par le Togo.", "Togo", "Ghana"),
    ],
)
def test_persona_non_grata_passive(text: str, holder: str, target: str) -> None:
    assert polarity(text, holder, target) == -1


def test_persona_non_grata_passive_denied() -> None:
    text = "L'ambassadeur de Norvège n'a pas été déclaré persona non grata par le Pérou."
    assert rows(text, "Pérou", "Norvège").empty
