"""Round 12 (session 16) of the context rules, on invented snippets: the run of days since a
period began ("depuis le début de l'année / du mois / de la semaine"), round counts of years
back left approximate ("il y a vingt ans"), a town after a capitalised "À" or an accent-less
"A" opening a sentence, and a ministerial title whose field is a chain of portfolios before
the name."""

from __future__ import annotations

from analysis.extract.context.places import haversine_km
from tests.helpers import actor_row, actors_only, run_steps
from tests.test_timeline import row, run

# publication of the timeline snippets: Wednesday 14 June 2023


def _dates(text: str, expr: str) -> tuple[str, str, str]:
    r = row(text, expr)
    return r["date"], str(r["date_end"] or ""), r["precision"]


# --- dates -----------------------------------------------------------------------------------


def test_since_the_start_of_a_period_runs_to_the_reference_day():
    text = "Depuis le début de l'année, quatre cargos ont été refoulés du port."
    assert _dates(text, "Depuis le début de l'année") == ("2023-01-01", "2023-06-14", "approximate")
    text = "Les convois sont bloqués depuis le début du mois à la frontière."
    assert _dates(text, "depuis le début du mois") == ("2023-06-01", "2023-06-14", "approximate")
    text = "Trois ambassadeurs ont été convoqués depuis le début de la semaine."
    assert _dates(text, "depuis le début de la semaine") == (
        "2023-06-12",
        "2023-06-14",
        "approximate",
    )


def test_the_start_of_a_period_without_depuis_stays_a_month():
    text = "Au début de l'année, la délégation avait quitté la capitale."
    date, end, precision = _dates(text, "début de l'année")
    assert (date, end, precision) == ("2023-01", "", "approximate")


def test_counts_of_years_back_stay_approximate():
    """Round ones too (see :mod:`analysis.extract.context.timeline.sincestart`)."""
    text = "Le traité de bon voisinage, signé il y a vingt ans, reste en vigueur."
    assert _dates(text, "il y a vingt ans")[2] == "approximate"
    text = "Les deux capitales ont rompu leurs relations il y a trois ans."
    assert _dates(text, "il y a trois ans")[2] == "approximate"
    text = "Le différend est né il y a plus de vingt ans."
    assert _dates(text, "il y a plus de vingt ans")[2] == "approximate"
    text = "Le port a fermé il y a vingt mois."
    assert _dates(text, "il y a vingt mois")[2] == "approximate"
    table = run("Le port a fermé il y a quelques années.")
    assert not (table["precision"] == "year").any()


def test_a_month_on_an_aimed_event_lies_ahead():
    text = "Le cabinet a prêté serment mardi, en vue d'élections générales en octobre."
    assert _dates(text, "en octobre")[0] == "2023-10"
    text = "Les négociateurs se sont vus lundi en prévision du sommet de septembre."
    assert _dates(text, "de septembre")[0] == "2023-09"
    text = "Le ministre est arrivé dans la perspective d'un scrutin en novembre."
    assert _dates(text, "en novembre")[0] == "2023-11"


def test_a_purpose_locution_on_another_phrase_leaves_the_verb_s_tense():
    text = "En vue d'un accord, le cabinet a siégé en octobre."
    assert _dates(text, "en octobre")[0] == "2022-10"


# --- places ----------------------------------------------------------------------------------


def _place(text: str, name: str) -> dict:
    places = run_steps(text, ("places",)).tables["places"]
    hit = places[places["name"] == name]
    assert len(hit) == 1, list(places["name"])
    return hit.iloc[0].to_dict()


def test_a_capitalised_a_opening_a_sentence_leads_a_town():
    p = _place("Les délégués ont voté mardi. À New York, ils ont signé le texte.", "New York")
    assert p["kind"] == "city" and haversine_km(p["lat"], p["lon"], 40.71, -74.01) < 30
    p = _place("Les délégués ont voté mardi. A New York, ils ont signé le texte.", "New York")
    assert p["kind"] == "city"


def test_only_the_preposition_leads_a_town_not_the_verb():
    from analysis.extract.context.places.resolve import _city_preposition

    for before in ("Ils ont voté à ", "À ", "Mardi. A "):
        assert _city_preposition(before + "Lagos", len(before))
    for before in ("Le texte a ", "La cheffe a ", "Lagos. Aa "):
        assert not _city_preposition(before + "Lagos", len(before))


# --- roles -----------------------------------------------------------------------------------


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in actor_row(tables, name)["roles"].split("; ") if r]


def test_a_chain_of_portfolios_after_a_title_is_the_whole_title():
    t = actors_only(
        "Le ministre slovène de l'Économie, des Finances et du Plan, Marko Vidmar, a reçu "
        "mardi son homologue."
    )
    assert "ministre slovène de l'Économie, des Finances et du Plan" in _roles(t, "Marko Vidmar")
    t = actors_only(
        "La secrétaire d'État des Sports, de la Jeunesse et de la Vie associative, Mme Anna "
        "Kovač, a visité le stade."
    )
    roles = _roles(t, "Anna Kovač")
    assert any(r.endswith("de la Jeunesse et de la Vie associative") for r in roles), roles


def test_a_portfolio_with_a_preposition_inside_is_read_before_the_name():
    t = actors_only(
        "Le ministre de l'Agriculture et des Ressortissants établis à l'étranger Jonas Berg "
        "a parlé lundi."
    )
    assert _roles(t, "Jonas Berg") == [
        "ministre de l'Agriculture et des Ressortissants établis à l'étranger"
    ]


def test_no_chain_across_a_verb_or_a_new_phrase():
    t = actors_only("Le ministre de la Santé a reçu lundi le président Paul Lemaire.")
    assert not any("Santé" in r for r in _roles(t, "Paul Lemaire"))
    t = actors_only(
        "Le ministre de la Culture et des Sports, réuni avec des élus de la région, Paul "
        "Lemaire, a répondu."
    )
    assert not any("élus" in r for r in _roles(t, "Paul Lemaire"))


def test_an_apposition_ending_on_a_portfolio_takes_the_following_portfolios():
    t = actors_only(
        "Paul Ndong, ministre de l'Économie, des Finances et du Plan, a signé l'accord."
    )
    assert _roles(t, "Paul Ndong") == ["ministre de l'Économie, des Finances et du Plan"]
    t = actors_only(
        "Awa Sarr, ministre des Mines, de l'Énergie et de l'Hydraulique, est arrivée à Bamako."
    )
    assert _roles(t, "Awa Sarr") == ["ministre des Mines, de l'Énergie et de l'Hydraulique"]


def test_an_aside_after_an_apposition_is_no_portfolio():
    t = actors_only("Paul Ndong, ministre de la Santé, de passage à Dakar, a dit non.")
    assert _roles(t, "Paul Ndong") == ["ministre de la Santé"]


def test_french_acronyms_and_short_forms_of_states_are_places():
    names = set(
        run_steps(
            "Des casques bleus ont quitté la RCA pour le Congo-Kinshasa, puis la RPDC.",
            ("places",),
        ).tables["places"]["name"]
    )
    assert {
        "République centrafricaine",
        "République démocratique du Congo",
        "Corée du Nord",
    } <= names


def test_a_passage_in_capitals_keeps_only_the_places_the_gazetteer_names():
    mentions = run_steps(
        "LE CABINET A CONVOQUÉ CE MATIN L'ENVOYÉ DU GHANA À LOMÉ. L'EAU MANQUE DANS LES CAMPS.",
        ("places",),
    ).tables["place_mentions"]
    assert set(mentions["text"]) == {"GHANA", "LOMÉ"}


def test_acronyms_outside_capitals_passages_stay_places():
    mentions = run_steps("Les EAU et la RDC ont signé mardi un accord à Lomé.", ("places",)).tables[
        "place_mentions"
    ]
    assert {"EAU", "RDC", "Lomé"} <= set(mentions["text"])
