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
        "Le Portugal a décidé lundi de rappeler ses ambassadeurs en Italie et en Grèce après "
        "la crise des quotas. La Grèce a regretté ce choix."
    )
    got = _targets(text, "Portugal")
    assert got["Italie"] == (-1, "Italie")  # cut before the coordination
    assert got["Grèce"][0] == -1
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
    text = "L'Union africaine a suspendu le Mali de ses organes et de ses programmes pour six mois."
    assert set(_targets(text, "Union africaine")) == {"Mali"}


def test_explanations_demanded_about_something_oppose_it():
    text = (
        "Le Portugal a réclamé à l'émissaire grec des « éclaircissements » au sujet du permis "
        "octroyé par Athènes au rebelle Ivo Markov."
    )
    assert polarity(text, "Portugal", "permis octroyé") == -1
    text = (
        "Les autorités suédoises exigent des explications pour le feu vert donné par la "
        "Finlande à ce congrès."
    )
    assert polarity(text, "Suède", "feu vert") == -1


def test_explanations_given_or_not_demanded_say_nothing():
    for text in (
        "La Norvège n'a pas demandé d'explications sur cette décision.",
        "La Norvège a fourni des explications sur sa décision.",
        "La Norvège demande des explications pour les familles des victimes de la décision.",
    ):
        assert not len(rows(text, "Norvège", "décision"))
    # the offender of a redress is still its "de" complement
    assert polarity("La Norvège exige des explications de la Suède.", "Norvège", "Suède") == -1
