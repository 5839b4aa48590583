"""The brief and the reports read by an analyst on real press: headlines built only on real
actors and issues, French that needs no guess at a name's article or gender, tables and
extracts that never show a bare header row or a cut word. Invented data, no notebook."""

from __future__ import annotations

import pandas as pd

from analysis.document.article import parse_article
from analysis.pipeline import Analysis
from analysis.report import display, french
from analysis.report.views import actors, context, stance

NBSP = "\u00a0"


def _analysis(tables: dict[str, pd.DataFrame], publication: str = "2023-06-14") -> Analysis:
    article = parse_article("Texte.", publication=publication, check_language=False)
    return Analysis(article, tables)


def _stances(rows: list[dict]) -> pd.DataFrame:
    base = {"hedged": False, "evidence": "…", "sentence_id": 0, "target_id": None}
    return pd.DataFrame([{**base, **r} for r in rows])


# --------------------------------------------------------------------------------------------
# Headlines only on real actors and issues (issue 15, item 3)


def test_a_lone_common_noun_never_headlines_a_stance():
    """ "Opposition la plus nette : Tarsis → initiative" says nothing: which initiative?"""
    for target in ("initiative", "l'appui", "position"):
        rows = [{"holder": "Tarsis", "holder_id": "A01", "target": target, "polarity": -1}]
        lines = stance.headlines(_analysis({"stances": _stances([{**rows[0], "confidence": 0.9}])}))
        assert not any(f"*{target}*" in line for line in lines), (target, lines)
    named = {"holder": "Tarsis", "holder_id": "A01", "polarity": -1, "confidence": 0.9}
    for target in ("plan de paix du Valdor", "Brexit"):
        lines = stance.headlines(_analysis({"stances": _stances([{**named, "target": target}])}))
        assert any(line.startswith("Opposition la plus nette : **Tarsis**") for line in lines)


def test_camp_principal_names_only_actors_backed_by_sure_findings():
    """A camp the extraction built on a hedged, low-confidence quote (an adviser of Tarsis
    "allied" with Valdor) is not the brief's "Camp principal"."""
    rows = [
        {
            "holder": "Valdor",
            "holder_id": "A01",
            "target": "traité de paix",
            "polarity": 1,
            "confidence": 0.42,
            "hedged": True,
        },
        {
            "holder": "Léo Varn",
            "holder_id": "A03",
            "target": "Valdor",
            "target_id": "A01",
            "polarity": 1,
            "confidence": 0.3,
            "hedged": True,
        },
        {
            "holder": "Tarsis",
            "holder_id": "A02",
            "target": "Valdor",
            "target_id": "A01",
            "polarity": -1,
            "confidence": 0.6,
        },
    ]
    camps = pd.DataFrame(
        {
            "camp": [1, 1, 2],
            "actor": ["Valdor", "Léo Varn", "Tarsis"],
            "members": ["Léo Varn, Valdor", "Léo Varn, Valdor", "Tarsis"],
            "allies": ["Léo Varn", "Valdor", ""],
            "opponents": ["Tarsis", "Tarsis", "Léo Varn, Valdor"],
        }
    )
    an = _analysis({"stances": _stances(rows), "camps": camps})
    assert not any(line.startswith("Camp principal") for line in stance.headlines(an))
    # the same camp backed by sure findings on both members is shown
    sure = [
        {
            "holder": "Valdor",
            "holder_id": "A01",
            "target": "traité de paix",
            "polarity": 1,
            "confidence": 0.85,
        },
        {
            "holder": "Léo Varn",
            "holder_id": "A03",
            "target": "traité de paix",
            "polarity": 1,
            "confidence": 0.8,
        },
    ]
    an = _analysis({"stances": _stances(rows + sure), "camps": camps})
    lines = [line for line in stance.headlines(an) if line.startswith("Camp principal")]
    assert len(lines) == 1 and lines[0].startswith("Camp principal : Léo Varn, Valdor ("), lines


def test_the_brief_names_persons_by_what_they_are():
    a = pd.DataFrame(
        {
            "actor_id": ["A01", "A02", "A03"],
            "name": ["Tarsis Nord", "Li Varo", "Émile Sorn"],
            "type": ["person", "person", "person"],
            "country": [None, "CN", "FR"],
            "roles": ["", "homologue valdorien; président valdorien", "ministre"],
            "mentions": [1, 5, 1],
            "first_start": [0, 10, 20],
        }
    )
    shown = list(actors.brief_persons(a)["name"])
    assert shown == ["Li Varo", "Émile Sorn"]  # named once, no role: not in the brief
    assert actors.headline_role("homologue valdorien; président valdorien") == (
        "président valdorien"
    )
    assert actors.headline_role("homologue valdorien") == "homologue valdorien"
    assert actors.headline_role("") == ""


# --------------------------------------------------------------------------------------------
# French that reads right


def test_dates_take_au_or_en_as_french_writes_them():
    assert french.at_date("2002-10-08") == "au 8 octobre 2002"
    assert french.at_date("2021-10") == "en octobre 2021"
    assert french.at_date("2000") == "en 2000"
    assert french.at_date("2024-09-01") == "au 1er septembre 2024"
    assert french.the_date("2023-04-06") == "le 6 avril 2023"
    assert french.the_date("2023-04") == "avril 2023"


def _timeline(rows: list[dict]) -> pd.DataFrame:
    base = {"date_end": "", "precision": "day", "note": "", "sentence_id": 1}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_timeline_headline_says_how_far_back_the_story_goes():
    tl = _timeline(
        [
            {"date": "2024-09-23", "text": "la semaine dernière", "phase": "before"},
            {"date": "2024-09-29", "text": "dimanche", "phase": "visit"},
        ]
    )
    lines = context.timeline_headlines(_analysis({"timeline": tl}, "2024-09-30"))
    assert lines[0].startswith("Le récit remonte jusqu'au 23 septembre 2024 (")
    # the only date is the event's own: the brief does not say the story "goes back" to it
    tl = _timeline([{"date": "2023-04-06", "text": "jeudi", "phase": "visit"}])
    lines = context.timeline_headlines(_analysis({"timeline": tl}, "2023-04-06"))
    assert lines[0].startswith("Aucun fait antérieur daté : la première date citée est le 6 avril")
    # a treaty of 2002 the timeline took for the event is still background for the reader;
    # an expression that only repeats its date is not quoted again
    tl = _timeline([{"date": "2002-10-08", "text": "8 octobre 2002", "phase": "visit"}])
    lines = context.timeline_headlines(_analysis({"timeline": tl}, "2022-06-08"))
    assert lines[0] == "Le récit remonte jusqu'au 8 octobre 2002 ([phrase 2](#phrase-2))."


def test_places_headline_needs_no_article_nor_gender_of_the_name():
    places = pd.DataFrame(
        {
            "place_id": ["P01", "P02"],
            "name": ["Valdorie", "Sahara valdorien"],
            "mentions": [2, 5],
            "government_uses": [1, 0],
            "sentence_id": [0, 1],
        }
    )
    lines = context.places_headlines(_analysis({"places": places}))
    assert "le plus cité : Sahara valdorien" in lines[0]
    assert lines[1].startswith(f"Le nom «{NBSP}Valdorie{NBSP}» est employé une fois pour")
    assert " est employé 1" not in lines[1]


def test_event_headline_lists_one_phrase_per_kind_and_says_surtout_only_when_one_leads():
    def events(categories):
        return pd.DataFrame(
            {
                "category": categories,
                "label": ["libellé"] * len(categories),
                "hedged": [False] * len(categories),
                "sentence_id": list(range(len(categories))),
            }
        )

    line = context.events_headlines(
        _analysis({"events": events(["threaten_fight", "threaten_fight", "demand"])})
    )[0]
    assert "surtout : menace ou combat (2), demande ou exigence (1)" in line
    line = context.events_headlines(_analysis({"events": events(["visit", "criticise"])}))[0]
    assert line.startswith(f"2{NBSP}événements relevés : visite (1), critique ou dénonciation (1)")
    view = context.events_view(
        events(["praise_endorse"]).assign(
            source="", target="un « cessez-le-feu", date="", place="", evidence="x"
        )
    )
    assert view.loc[0, "Catégorie"] == "soutien ou approbation"
    assert view.loc[0, "Cible"] == "un « cessez-le-feu»"


def test_theme_headline_and_terms_read_as_french_lists():
    th = pd.DataFrame(
        {
            "paragraph_id": [0, 0],
            "label": ["Diplomatie", "Conflit territorial"],
            "hits": [5, 3],
            "dominant": [True, False],
            "sentence_id": [0, 0],
        }
    )
    line = context.themes_headlines(_analysis({"themes": th}))[0]
    assert line == (
        f"Thème dominant : diplomatie (5{NBSP}termes, [phrase 1](#phrase-1)) ; "
        "ensuite conflit territorial (3)."
    )
    assert context.terms_list("traité;coopération; ambassadeur") == (
        "traité, coopération, ambassadeur"
    )


# --------------------------------------------------------------------------------------------
# Sections, cells and extracts


def test_an_empty_table_says_so_instead_of_a_bare_header_row():
    empty = display.table(pd.DataFrame(columns=["Phrase", "Citation"]), caption="Termes")
    assert "<table" not in empty._repr_html_()
    assert "Termes : rien de relevé dans cet article." in empty._repr_html_()
    assert "longtable" not in empty._repr_latex_()
    assert "rien de relevé" in empty._repr_latex_()
    full = display.table(pd.DataFrame({"Phrase": [1]}), caption="Termes")
    assert "<table" in full._repr_html_()


def test_card_extracts_cut_between_words_and_outside_a_quotation():
    text = (
        "Le même jour, le conseiller Léo Varn a déclaré : « Nous croyons que la résolution "
        "des problèmes créera de meilleures conditions pour la paix dans la région. » Il a "
        "ajouté que Vardane « essaie de maintenir le Groupe de Tarsis en vie à tout prix », "
        "selon lui, avec encore bien des mots pour que la phrase soit longue et se poursuive."
    )
    i = text.index("Groupe de Tarsis")
    out = actors._excerpt(text, i, i + 16, width=120)
    assert out.startswith("…Il a ajouté que Vardane « essaie")
    assert out.endswith("…")
    words = set(text.split())
    for w in out.strip("…").split():
        assert w in words, w  # no word cut in two


def test_straight_quotes_and_parentheses_left_alone_by_a_cut_are_paired():
    assert french.balanced('plan de paix "sérieux') == "plan de paix «sérieux»"
    assert french.balanced('menaces dans la région"') == "«menaces dans la région»"
    assert french.balanced("saisir (la proposition de trêve") == "saisir (la proposition de trêve)"
    assert french.balanced("trêve) signée") == "(trêve) signée"
    assert french.typography('il dit "non" ici') == f"il dit «{NBSP}non{NBSP}» ici"


def test_apostrophes_between_letters_are_printed_the_french_way():
    from analysis.report.render import FrenchSpacing

    assert french.apostrophes("l'article d'Orvane") == "l\u2019article d\u2019Orvane"
    assert french.apostrophes("'cité' 2'3") == "'cité' 2'3"  # no letter on both sides
    assert french.typography("L'Orvane-Le Soir") == "L\u2019Orvane-Le Soir"
    cell = {"cell_type": "markdown", "source": "## L'article, [phrase 2](#phrase-2)"}
    import nbformat

    fixed, _ = FrenchSpacing().preprocess_cell(nbformat.from_dict(cell), {}, 0)
    assert fixed.source == "## L\u2019article, [phrase 2](#phrase-2)"


def test_card_extract_starts_after_a_quotation_closed_at_a_line_end():
    text = (
        "« Nous exhortons les parties à saisir la proposition, a déclaré M. Varn à Orvane. Il "
        "reste un espoir, mais il reste peu de temps. »\nVardane et Tarsis, rejoints par des "
        "pays voisins, ont appelé la semaine dernière à une trêve immédiate de vingt jours."
    )
    i = text.index("Vardane")
    out = actors._excerpt(text, i, i + 7, width=120)
    assert out.startswith("…Vardane et Tarsis"), out


def test_no_theme_is_called_dominant_when_two_tie():
    th = pd.DataFrame(
        {
            "paragraph_id": [0, 1],
            "label": ["Conflit territorial", "Diplomatie"],
            "hits": [4, 4],
            "dominant": [True, True],
            "sentence_id": [0, 3],
        }
    )
    line = context.themes_headlines(_analysis({"themes": th}))[0]
    assert line == (
        f"Aucun thème ne domine : conflit territorial et diplomatie à égalité (4{NBSP}termes "
        "chacun)."
    )


def test_card_extract_never_ends_on_an_opening_mark_and_its_roles_form_a_list():
    text = (
        "Arrivé dimanche à Vardane, le chef de la diplomatie valdoraine, Jean-Léo Morv, a "
        "appelé Tarsis à « cesser le feu » et à « revenir à la table » sans attendre."
    )
    cut = text.index("« cesser") + 1  # the window ends just after the opening mark
    out = actors._excerpt(text, 0, 6, width=cut)
    assert out.endswith("Tarsis à…"), out


def test_a_card_is_a_heading_line_then_a_list(monkeypatch):
    from analysis.document.article import parse_article

    article = parse_article("Léa Morvan arrive à Vardane.", check_language=False)
    actors_table = pd.DataFrame(
        {
            "actor_id": ["A01"],
            "name": ["Léa Morvan"],
            "type": ["person"],
            "country": [None],
            "roles": [""],
            "aliases": ["Léa Morvan"],
            "mentions": [1],
            "first_sentence": [0],
            "first_start": [0],
            "salience": [1.0],
        }
    )
    card = actors.cards(Analysis(article, {"actors": actors_table}), n=1)[0].source
    head, blank, item = card.split("\n")[:3]
    assert head.startswith("**Léa Morvan**") and blank == "" and item.startswith("- ")


def test_a_person_line_says_only_what_is_known():
    a = pd.DataFrame(
        {
            "actor_id": ["A01", "A02"],
            "name": ["Pedro Varn", "Léa Morvan"],
            "type": ["person", "person"],
            "country": ["ES", None],
            "roles": ["", "ministre"],
            "aliases": ["Pedro Varn", "Léa Morvan"],
            "mentions": [3, 2],
            "first_sentence": [0, 0],
            "first_start": [0, 5],
            "salience": [1.0, 0.5],
        }
    )
    relations = pd.DataFrame(columns=["source_id", "target_id", "weight", "verbs", "sentence_ids"])
    lines = actors.headlines(_analysis({"actors": a, "relations": relations}))
    assert "**Pedro Varn** (Espagne) : 3\u00a0mentions" in lines[1]
    assert "**Léa Morvan** (ministre) : 2\u00a0mentions" in lines[2]
    assert not any("non précisé" in line or "—" in line for line in lines)


def test_a_quotation_inside_a_quoted_extract_takes_second_level_marks():
    out = french.quoted("la venue à Orvane du « criminel de guerre Varn »")
    assert out == f"«{NBSP}la venue à Orvane du \u201ccriminel de guerre Varn\u201d{NBSP}»"
    assert french.quoted("« Nous exhortons » dit-il").startswith(f"«{NBSP}\u201cNous")
