"""Coverage compared: five invented accounts of one invented event (tests/fixtures/coverage/,
written for the project) and their gold (gold.yaml): the coverage_* tables must find the
planted agreements, conflicts, unique facts, omissions, voices, stance and attribution
differences and framing words, each with its evidence sentence."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.cli import main
from analysis.corpus import coverage
from analysis.corpus.coverage.figures import figures
from analysis.document.article import load_article
from analysis.report import evidence
from analysis.report.views import coverage as views
from analysis.resources.paths import ARTICLES_DIR

FIXTURES = Path(__file__).parent / "fixtures" / "coverage"
GOLD = yaml.safe_load((FIXTURES / "gold.yaml").read_text(encoding="utf-8"))
OTHER_EVENT = ARTICLES_DIR / "2023-02-16_ferrand-dakar.txt"  # another event, another year


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """``visit-report analyze FIXTURES OTHER --compare --out DIR`` (one process)."""
    out = tmp_path_factory.mktemp("coverage")
    args = ["analyze", str(FIXTURES), str(OTHER_EVENT), "--compare", "--out", str(out)]
    assert main([*args, "--jobs", "1", "--quiet"]) == 0
    return out


@pytest.fixture(scope="module")
def cov(out) -> coverage.Coverage:
    return coverage.from_output(out)


@pytest.fixture(scope="module")
def event(cov) -> dict[str, pd.DataFrame]:
    """The tables of the fixtures' event group."""
    groups = cov.groups
    group = groups.loc[groups["article_id"] == "courrier-des-andes", "event_group"].iloc[0]
    return cov.group(group)


def _outlets(df: pd.DataFrame) -> set[str]:
    return set(df["outlet"])


# --------------------------------------------------------------------------------------------
# The command line and the tables' shape


def test_analyze_compare_writes_every_coverage_table(out, cov):
    for name in coverage.TABLES:
        assert (out / f"{name}.csv").is_file(), name
        df = pd.read_csv(out / f"{name}.csv")
        assert {"event_group", "article_id", "outlet"} <= set(df.columns), name
        if name != "coverage_groups":
            assert {"sentence_id", "start", "end"} <= set(df.columns), name
    assert len(cov["coverage_facts"]) and len(cov["coverage_voice"])


def test_every_evidence_span_is_in_its_sentence(cov):
    """text[start:end] lies in sentence sentence_id of the row's own article."""
    articles = {
        a: load_article(p) for a, p in zip(cov.groups["article_id"], _paths(cov), strict=True)
    }
    checked = 0
    for name, df in cov.tables.items():
        if "start" not in df.columns:
            continue
        for row in df.dropna(subset=["sentence_id", "start", "end"]).to_dict("records"):
            art = articles[row["article_id"]]
            sentence = art.sentences[int(row["sentence_id"])]
            assert sentence.start <= int(row["start"]) < int(row["end"]) <= sentence.end, name
            if name in ("coverage_facts", "coverage_framing"):
                span = art.text[int(row["start"]) : int(row["end"])]
                assert span.lower() == str(row.get("text", row.get("word"))).lower(), row
            checked += 1
    assert checked > 100


def _paths(cov) -> list[str]:
    arts = cov.corpus.articles.set_index("article_id")
    return [arts.at[a, "path"] for a in cov.groups["article_id"]]


def test_outlet_from_front_matter_else_file_name(cov, tmp_path):
    assert set(cov.groups["outlet"]) >= {"Le Réveil populaire", "Agence Continentale de Presse"}
    from analysis.corpus.coverage.common import outlet_of

    assert outlet_of({"source": None, "url": None, "path": "/x/lemonde.txt"}) == "lemonde"
    assert outlet_of({"source": None, "url": "https://www.exemple.fr/a/b"}) == "exemple.fr"


# --------------------------------------------------------------------------------------------
# Grouping


def test_articles_are_grouped_by_event_and_a_lone_article_is_a_group_of_one(cov):
    groups = cov.groups
    sizes = groups.groupby("event_group")["article_id"].nunique()
    fixtures = groups[groups["article_id"] != OTHER_EVENT.stem]
    assert fixtures["event_group"].nunique() == GOLD["event_groups"]
    assert sizes[fixtures["event_group"].iloc[0]] == 5
    alone = groups[groups["article_id"] == OTHER_EVENT.stem]
    assert sizes[alone["event_group"].iloc[0]] == 1 and alone["articles"].iloc[0] == 1
    assert views.compared_groups(cov) == [fixtures["event_group"].iloc[0]]


# --------------------------------------------------------------------------------------------
# Facts: agreements, conflicts, unique facts, omissions


def _fact(facts: pd.DataFrame, kind: str, value: str, thing: str | None = None) -> pd.DataFrame:
    hit = facts[(facts["kind"] == kind) & (facts["value"].astype(str) == value)]
    if thing is not None:
        hit = hit[hit["thing"] == thing]
    return hit


@pytest.mark.parametrize("gold", GOLD["agreements"], ids=lambda g: f"{g['kind']}-{g['value']}")
def test_agreements_are_merged_with_their_outlets(event, gold):
    hit = _fact(event["coverage_facts"], gold["kind"], gold["value"], gold.get("thing"))
    assert len(_outlets(hit)) == gold["outlets"], hit[["outlet", "value"]]
    assert (hit["status"] == "shared").all() and (hit["outlets"] == gold["outlets"]).all()


@pytest.mark.parametrize("gold", GOLD["conflicts"], ids=lambda g: g["kind"])
def test_conflicts_are_found_with_each_outlets_value(event, gold):
    conflicts = event["coverage_conflicts"]
    conflicts = conflicts[conflicts["kind"] == gold["kind"]]
    if "thing" in gold:
        conflicts = conflicts[conflicts["thing"] == gold["thing"]]
    assert conflicts["conflict_id"].nunique() == 1
    told = {v: sorted(g["outlet"]) for v, g in conflicts.groupby("value")}
    assert told == {v: sorted(o) for v, o in gold["values"].items()}


def test_no_other_conflict_is_reported(event):
    assert event["coverage_conflicts"]["conflict_id"].nunique() == len(GOLD["conflicts"])


@pytest.mark.parametrize("gold", GOLD["unique"], ids=lambda g: f"{g['kind']}-{g['outlet']}")
def test_facts_one_outlet_alone_reports(event, gold):
    facts = event["coverage_facts"]
    hit = facts[(facts["kind"] == gold["kind"]) & (facts["status"] == "unique")]
    if "thing" in gold:
        hit = hit[hit["thing"] == gold["thing"]]
    if "value" in gold:
        hit = hit[hit["value"].astype(str) == gold["value"]]
    assert _outlets(hit) == {gold["outlet"]}


@pytest.mark.parametrize("gold", GOLD["omissions"], ids=lambda g: g["absent_from"])
def test_the_outlet_that_omits_a_key_fact(cov, event, gold):
    hit = _fact(event["coverage_facts"], gold["kind"], gold["value"], gold["thing"])
    assert gold["absent_from"] in hit["absent_from"].iloc[0]
    group = event["coverage_groups"]["event_group"].iloc[0]
    omitted = views.omissions_table(cov, group, "")
    row = omitted[
        (omitted["objet"] == gold["thing"]) & (omitted["valeur"] == "450\u202f000\u202f000")
    ]
    assert row["absent de"].iloc[0] == gold["absent_from"]  # the 300 million is a conflict


# --------------------------------------------------------------------------------------------
# Voices, stances, attributions, framing


def test_voices_quoted_by_one_outlet_and_absent_from_others(event):
    voice = event["coverage_voice"]
    for actor, outlet in GOLD["voices"]["quoted_only_by"].items():
        quoted = voice[(voice["actor"] == actor) & (voice["quotes"] > 0)]
        assert _outlets(quoted) == {outlet}, actor
        assert (quoted["share_of_voice"] > 0).all()
    for actor, outlets in GOLD["voices"]["absent"].items():
        absent = voice[(voice["actor"] == actor) & ~voice["present"]]
        assert set(outlets) <= _outlets(absent)
        assert absent["sentence_id"].isna().all()  # an absence has no evidence


@pytest.mark.parametrize("gold", GOLD["stances"], ids=lambda g: g["holder"])
def test_stance_told_with_opposite_signs(event, gold):
    st = event["coverage_stances"]
    pair = st[(st["holder"] == gold["holder"]) & (st["target"] == gold["target"])]
    assert set(pair["difference"]) == {gold["difference"]}
    hedged = pair[pair["hedged"]]
    assert _outlets(hedged) == {gold["hedged_in"]}
    assert set(pair["polarity"]) == {1, -1}


@pytest.mark.parametrize("gold", GOLD["attributions"], ids=lambda g: g["quote"][:12])
def test_one_quote_two_speakers(event, gold):
    att = event["coverage_attributions"]
    same = att[att["quote"] == gold["quote"]]
    assert same["conflict"].all() and set(same["speaker"]) == set(gold["speakers"])
    odd = same.groupby("speaker")["outlet"].apply(set)
    assert min(odd, key=len) == {gold["given_to_other_by"]}


@pytest.mark.parametrize("gold", GOLD["framing"], ids=lambda g: g["word"])
def test_evaluative_words_only_one_outlet_uses(event, gold):
    framing = event["coverage_framing"]
    hit = framing[framing["word"] == gold["word"]]
    assert _outlets(hit) == {gold["outlet"]} and hit["only_outlet"].all()
    if "voice" in gold:
        assert set(hit["voice"]) == {gold["voice"]}
    words = event["coverage_words"]
    assert gold["outlet"] in _outlets(words[words["word"] == gold["word"]])


@pytest.mark.parametrize("gold", GOLD["themes"], ids=lambda g: g["theme"])
def test_the_theme_an_outlet_emphasises(event, gold):
    themes = event["coverage_themes"]
    theme = themes[themes["theme"] == gold["theme"]]
    assert theme.loc[theme["emphasis"].idxmax(), "outlet"] == gold["outlet"]


# --------------------------------------------------------------------------------------------
# Views


def test_views_link_each_cell_to_its_sentence(cov, event):
    group = event["coverage_groups"]["event_group"].iloc[0]
    # the anchor the article annex gives its first sentence
    assert views.evidence_href("mon-article", 0) == "../mon-article/00_briefing.html#phrase-1"
    assert evidence.anchor(0) == "phrase-1"
    assert views.evidence_href("mon-article", 3, reports="") is None
    html = views.conflicts_table(cov, group, "..").to_dict("records")[0]["preuves"].html()
    assert "href='../" in html and "/00_briefing.html#phrase-" in html
    lines = " ".join(views.headlines(cov, group))
    assert "Désaccord" in lines and "12 mars 2024" in lines and "13 mars 2024" in lines


# --------------------------------------------------------------------------------------------
# Figures


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Les deux pays ont signé douze accords.", [("accord", 12.0, False)]),
        ("Elle investira 450 millions d'euros.", [("euro", 450e6, False)]),
        ("Plus de 2 000 manifestants le 12 mars 2024.", [("manifestant", 2000.0, True)]),
        ("Une centaine de soldats en 2015.", [("soldat", 100.0, True)]),
        ("Reçue le 4 juin 2015 par les trois ministres.", []),
    ],
)
def test_figures_count_a_thing_never_a_date_or_a_back_reference(sentence, expected):
    found = figures(sentence, offset=10)
    assert [(f.unit, f.value, f.approx) for f in found] == expected
    for f in found:
        assert sentence[f.start - 10 : f.end - 10] == f.text


# --------------------------------------------------------------------------------------------
# Rules on invented tables


def _fact_obj(kind, value, articles, thing="visite", actors=("C1", "C2"), approx=False):
    from analysis.corpus.coverage.facts import Fact

    fact = Fact(kind, thing, value, (kind, value, thing), set(actors), approx=approx)
    fact.mentions = {a: (0, 0, 1, "x") for a in articles}
    return fact


def test_an_outlet_giving_both_values_tells_two_facts_not_a_conflict():
    from analysis.corpus.coverage.facts import _conflicts

    a, b = _fact_obj("date", "2024-03-12", ["x", "y"]), _fact_obj("date", "2024-03-13", ["z"])
    assert len(_conflicts([a, b])) == 1
    both = _fact_obj("date", "2024-03-13", ["z", "x"])  # x tells both days: arrival, meeting
    assert _conflicts([a, both]) == []
    far = _fact_obj("date", "2021-03-13", ["z"])  # a previous visit, years before
    other_people = _fact_obj("date", "2024-03-13", ["z"], actors=("C7", "C8"))
    assert _conflicts([a, far]) == [] and _conflicts([a, other_people]) == []
    about = _fact_obj("figure", "~2000", ["z"], thing="manifestant", approx=True)
    exact = _fact_obj("figure", "500", ["x"], thing="manifestant")
    assert _conflicts([about, exact]) == []  # "plus de 2 000" never conflicts
    assert len(_conflicts([exact, _fact_obj("figure", "800", ["y"], thing="manifestant")])) == 1


def test_a_quote_cut_short_by_one_outlet_is_the_same_quote():
    from analysis.corpus.coverage.stances import attribution_table
    from analysis.corpus.crossref import CorpusResult

    arts = [
        {"article_id": a, "source": s, "title": "t", "publication": "2024-01-02", "path": None}
        for a, s in (("a", "Média A"), ("b", "Média B"))
    ]
    actors = [
        {"article_id": "a", "actor_id": "A01", "name": "Jeanne Ardoise", "type": "person"},
        {"article_id": "b", "actor_id": "A01", "name": "Paul Granit", "type": "person"},
    ]
    whole = "nous ne céderons jamais sur la question des frontières"
    quotes = [
        {"article_id": "a", "speaker": "Jeanne Ardoise", "speaker_id": "A01", "text": whole},
        {"article_id": "b", "speaker": "Paul Granit", "speaker_id": "A01", "text": whole[8:]},
    ]
    for q in quotes:
        q.update(sentence_id=1, start=10, end=20)
    tables = {"articles": arts, "actors": actors, "quotes": quotes}
    res = CorpusResult.from_tables({k: pd.DataFrame(v) for k, v in tables.items()})
    groups = pd.DataFrame(
        {"event_group": ["E1", "E1"], "article_id": ["a", "b"], "outlet": ["Média A", "Média B"]}
    )
    att = attribution_table(res, groups)
    assert len(att) == 2 and att["conflict"].all()
    assert set(att["speaker"]) == {"Jeanne Ardoise", "Paul Granit"}


def test_articles_with_nothing_extracted_give_empty_tables_and_views():
    """Two articles with no analysis tables (steps not run): groups of one, empty tables,
    and every view still renders (the notebook must not crash on a thin event)."""
    from analysis.corpus.crossref import CorpusResult

    arts = pd.DataFrame(
        [
            {"article_id": "a", "source": "A", "title": "t", "publication": "2024-01-02"},
            {"article_id": "b", "source": None, "title": "t", "path": "/x/journal.md"},
        ]
    )
    cov = coverage.compare(CorpusResult.from_tables({"articles": arts}))
    assert list(cov.groups["outlet"]) == ["A", "journal"] and views.compared_groups(cov) == []
    assert all(df.empty for name, df in cov.tables.items() if name != "coverage_groups")
    for view in (
        views.facts_table,
        views.events_table,
        views.timeline_table,
        views.conflicts_table,
        views.unique_table,
        views.omissions_table,
        views.voice_table,
        views.stances_table,
        views.attributions_table,
        views.framing_table,
        views.themes_table,
        views.words_table,
        views.absent_table,
        views.headlines,
    ):
        view(cov, "E1")
