"""Stance targets, session 20: a diplomatic act on several coordinated posts
(analysis/extract/stance/coordinated_posts.py); explanations demanded about something
(analysis/extract/stance/redress.py). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def _targets(text: str, holder: str) -> dict[str, tuple[int, str]]:
    """Target name -> (polarity, target text) of the holder's rupture rows."""
    st = stances(text)
    st = st[(st["holder"] == holder) & (st["kind"] == "rupture")]
    return {r["target"]: (r["polarity"], r["target_text"]) for r in st.to_dict("records")}


def test_every_post_of_a_recall_is_a_target():
    text = (
        "La Turquie a rappelé ses ambassadeurs aux États-Unis et en Israël en réaction aux "
        "violences. Israël a regretté cette décision."
    )
    got = _targets(text, "Turquie")
    assert got["États-Unis"] == (-1, "États-Unis")  # cut before the coordination
    assert got["Israël"][0] == -1
    text = (
        "La Norvège a rappelé ses ambassadeurs en Suède, en Finlande et au Danemark. La "
        "Finlande et le Danemark ont protesté."
    )
    assert set(_targets(text, "Norvège")) == {"Suède", "Finlande", "Danemark"}


def test_a_post_introduced_by_another_preposition_or_a_state_by_de():
    text = "La Norvège a rappelé ses ambassadeurs au Danemark et auprès de l'Union européenne."
    assert set(_targets(text, "Norvège")) == {"Danemark", "Union européenne"}
    text = "Le Danemark a convoqué les ambassadeurs de Norvège et de Suède après l'incident."
    assert set(_targets(text, "Danemark")) == {"Norvège", "Suède"}


def test_a_member_that_names_no_actor_or_another_clause_adds_nothing():
    text = "La Norvège a rappelé ses ambassadeurs en Suède, et des diplomates ont quitté Oslo."
    assert set(_targets(text, "Norvège")) == {"Suède"}
    text = "L'Union africaine a suspendu le Mali de toutes ses instances et de ses activités."
    assert set(_targets(text, "Union africaine")) == {"Mali"}


def test_explanations_demanded_about_something_oppose_it():
    text = (
        "La Norvège a demandé à l'ambassadeur danois des « éclaircissements » sur "
        "l'autorisation accordée par Copenhague au chef rebelle Ivo Markov."
    )
    assert polarity(text, "Norvège", "autorisation accordée") == -1
    text = (
        "Les autorités suédoises demandent des explications pour l'aval donné par la "
        "Finlande à cette réunion."
    )
    assert polarity(text, "Suède", "aval donné") == -1


def test_explanations_given_or_not_demanded_say_nothing():
    for text in (
        "La Norvège n'a pas demandé d'explications sur cette décision.",
        "La Norvège a fourni des explications sur sa décision.",
        "La Norvège demande des explications pour les familles des victimes de la décision.",
    ):
        assert not len(rows(text, "Norvège", "décision"))
    # the offender of a redress is still its "de" complement
    assert polarity("La Norvège exige des explications de la Suède.", "Norvège", "Suède") == -1
