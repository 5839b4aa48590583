"""Stance: polarity, negation, hedges, acts, evaluative quotes, camps and the scorer
(invented snippets about other countries and people)."""

from __future__ import annotations

import pandas as pd

from analysis.evaluation.stance import key, score
from analysis.extract.stance import alignments, camps
from analysis.extract.stance.camps import STANCE_FIELDS
from tests.helpers import run_steps


def run(text: str):
    return run_steps(text, publication="2024-03-01")


def stances(text: str) -> pd.DataFrame:
    return run(text).tables["stances"]


def find(text: str, holder: str, target_word: str) -> pd.DataFrame:
    st = stances(text)
    hks, tk = [key(h) for h in holder.split("|")], key(target_word)
    mask = st["holder"].map(key).map(lambda h: any(k in h for k in hks)) & (
        st["target"].map(key).str.contains(tk, regex=False)
        | st["target_text"].map(key).str.contains(tk, regex=False)
    )
    hits = st[mask]
    assert len(hits), (
        f"no stance {holder} -> {target_word}: "
        f"{st[['holder', 'target', 'polarity', 'cue']].to_dict('records')}"
    )
    return hits


def test_negation_flips_support():
    text = "La Norvège ne soutient pas le projet de gazoduc sous-marin."
    r = find(text, "Norvège|Oslo", "gazoduc").iloc[0]
    assert r["polarity"] == -1
    assert r["cue"] == "soutenir"
    assert not r["hedged"]


def test_conditional_is_a_hedge_and_lowers_confidence():
    hedged = find("Le Chili pourrait soutenir la candidature du Pérou.", "Chili", "candidature")
    plain = find("Le Chili soutient la candidature du Pérou.", "Chili", "candidature")
    assert hedged.iloc[0]["polarity"] == plain.iloc[0]["polarity"] == 1
    assert bool(hedged.iloc[0]["hedged"]) and not bool(plain.iloc[0]["hedged"])
    assert hedged.iloc[0]["confidence"] < plain.iloc[0]["confidence"]


def test_future_in_the_past_after_a_speech_verb_is_not_a_hedge():
    text = "Le ministre Paulo Reis a assuré que le Portugal soutiendrait la réforme agraire."
    r = find(text, "Portugal", "réforme").iloc[0]
    assert r["polarity"] == 1 and not bool(r["hedged"])


def test_opposition_verb_and_passive_agent():
    text = (
        "Oslo a condamné l'attaque contre l'ambassade danoise. "
        "Le plan de paix, soutenu par le Brésil, prévoit un cessez-le-feu."
    )
    assert find(text, "Oslo|Norvège", "attaque").iloc[0]["polarity"] == -1
    # condemning an attack is not attacking: no stance of Oslo toward the embassy itself
    st = stances(text)
    assert not ((st["cue"] == "attaque") & st["holder"].isin(["Oslo", "Norvège"])).any()
    assert find(text, "Brésil", "plan").iloc[0]["polarity"] == 1


def test_agreement_makes_both_parties_support_each_other():
    text = "La Suède et la Finlande ont signé un accord de défense à Helsinki."
    assert find(text, "Suède", "Finlande").iloc[0]["polarity"] == 1
    assert find(text, "Finlande", "Suède").iloc[0]["polarity"] == 1


def test_rupture_of_relations_is_opposition():
    text = "Caracas a rompu ses relations diplomatiques avec Bogota en mars."
    st = stances(text)
    row = st[st["cue"].str.startswith("rompre")].iloc[0]
    assert row["polarity"] == -1
    assert key(row["target"]) in (key("Bogota"), key("Colombie"))


def test_evaluative_quote_gives_the_speaker_a_stance():
    text = "Le président Luis Ortega a dénoncé une « provocation inacceptable » de Santiago."
    st = stances(text)
    assert (st[st["holder"] == "Luis Ortega"]["polarity"] == -1).all()
    assert len(st[st["holder"] == "Luis Ortega"]) >= 1


def test_support_noun_with_light_verb_and_infinitive_holder():
    text = (
        "Le chef de la diplomatie italienne Marco Conti a apporté un soutien appuyé au plan "
        "de stabilisation. Des syndicats ont manifesté à Rome pour dénoncer la réforme des "
        "retraites."
    )
    assert find(text, "Marco Conti", "plan").iloc[0]["polarity"] == 1
    assert find(text, "syndicats", "réforme").iloc[0]["polarity"] == -1


def test_every_row_carries_traceable_evidence():
    text = "La Norvège ne soutient pas le projet. Oslo a condamné l'attaque contre l'ambassade."
    an = run(text)
    for r in an.tables["stances"].itertuples():
        assert an.article.text[r.start : r.end] == r.evidence
        s = an.article.sentences[r.sentence_id]
        assert s.start <= r.start < r.end <= s.end
        assert r.sentence == s.text
        assert r.polarity in (-1, 0, 1)
        assert 0 < r.confidence <= 1


def test_camps_from_stances():
    st = pd.DataFrame(
        [
            ("A", "a", "B", "b", 1, 0.8, 0),
            ("B", "b", "A", "a", 1, 0.8, 0),
            ("C", "c", "A", "a", -1, 0.8, 1),
            ("C", "c", "projet", None, -1, 0.8, 2),
            ("D", "d", "projet", None, -1, 0.8, 2),
        ],
        columns=list(STANCE_FIELDS),
    )
    al = alignments(st)
    cp = camps(st, al)
    camp = dict(zip(cp["actor"], cp["camp"], strict=True))
    assert camp["A"] == camp["B"]
    assert camp["C"] == camp["D"]
    assert camp["A"] != camp["C"]
    assert "C" in cp[cp["actor"] == "A"].iloc[0]["opponents"]


def test_scorer_matches_by_alias_and_sentence_and_counts_wrong_signs():
    text = (
        "« Nous ne céderons pas », a déclaré la ministre Karin Lund. "
        "La Norvège ne soutient pas le projet de gazoduc."
    )
    an = run(text)
    gold = {
        "actors": [
            {"name": "Karin Lund", "aliases": ["Karin Lund"]},
            {"name": "Norvège", "aliases": ["Norvège", "Oslo"]},
        ],
        "quotes": [{"text": "Nous ne céderons pas", "kind": "direct", "speaker": "Karin Lund"}],
        "stances": [
            {
                "holder": "Norvège",
                "target": "gazoduc",
                "target_terms": ["gazoduc"],
                "polarity": -1,
                "evidence": "La Norvège ne soutient pas le projet",
            },
        ],
    }
    s = score(an, gold)
    assert s["quote_recall"] == 1.0 and s["speaker_accuracy"] == 1.0
    assert s["stance_recall"] == 1.0 and s["wrong_sign"] == 0
    gold["stances"][0]["polarity"] = 1
    s = score(an, gold)
    assert s["stance_recall"] == 0.0 and s["wrong_sign"] == 1


def test_recalling_an_ambassador_and_pressure_on_a_third_party():
    text = (
        "La Pologne a rappelé son ambassadeur à Minsk après deux arrestations. Le Premier "
        "ministre Jan Kowal a appelé l'Union européenne à adopter des sanctions contre le "
        "régime biélorusse."
    )
    st = stances(text)
    recall = st[st["cue"] == "rappeler ambassadeur"].iloc[0]
    assert recall["polarity"] == -1 and key(recall["holder"]) == key("Pologne")
    # the pressure is on the sanctioned regime, not on the Union asked to act
    demand = st[st["kind"] == "demand"]
    assert (demand["polarity"] == -1).all()
    assert not demand["target"].map(key).str.contains("union").any()
    assert demand["target"].map(key).str.contains("regime|bielorussie").any()


def test_conjoined_verb_keeps_the_first_subject():
    text = (
        "Le porte-parole de la diplomatie biélorusse, Ivan Petrov, a rejeté ces accusations "
        "et dénoncé une « ingérence » de Varsovie."
    )
    st = stances(text)
    assert set(st["holder"]) == {"Ivan Petrov"}
    assert (st["polarity"] == -1).all()


def test_condemning_a_harm_sides_with_its_victim():
    text = (
        "Paris a condamné l'arrestation de l'opposant Ilya Sokolov. "
        "Berlin a dénoncé l'invasion de l'Ukraine."
    )
    st = stances(text)
    pol = {key(t): p for t, p in zip(st["target"], st["polarity"], strict=True)}
    assert pol[key("arrestation")] == -1 and pol[key("Ilya Sokolov")] == 1
    assert pol[key("invasion")] == -1 and pol[key("Ukraine")] == 1
    # no row against the victim: its name only appears in rows for it
    against = st[st["polarity"] == -1]
    assert not against["target_text"].map(key).str.contains("sokolov|ukraine").any()


# ---------------------------------------------------------------------------------------------
# General rules added for unseen articles (each with an invented snippet)


def pol(text: str, holder: str, target_word: str) -> set[int]:
    return set(find(text, holder, target_word)["polarity"])


def test_subject_hanging_on_the_auxiliary_and_an_incise_before_the_participle():
    text = "La ministre Karima Benali a, de son côté, plaidé pour une trêve durable."
    assert pol(text, "Karima Benali", "trêve") == {1}


def test_left_conjunct_of_a_subject_and_an_infinitive_of_purpose():
    text = (
        "La Banque mondiale et la Banque européenne d'investissement ont par ailleurs "
        "débloqué une enveloppe pour financer le barrage de Kandadji."
    )
    assert pol(text, "Banque mondiale", "barrage") == {1}
    assert pol(text, "européenne", "barrage") == {1}


def test_agreement_partner_far_after_the_verb():
    text = (
        "Le président bulgare Ivo Markov a signé mardi à Sofia un accord sur le gaz naturel "
        "et la formation des ingénieurs avec la Roumanie."
    )
    assert pol(text, "Ivo Markov", "Roumanie") == {1}


def test_relation_noun_with_avec_stands_for_the_partner():
    text = "Ottawa a salué mardi une coopération « exemplaire » avec le Mexique."
    assert pol(text, "Canada|Ottawa", "Mexique") == {1}


def test_judgement_by_attribute_adjective_and_elliptic_quantity_subject():
    text = (
        "Selon un sondage publié lundi, 58 % des Chiliens jugent positive la relation avec "
        "l'Argentine, mais 40 % s'opposent à la construction de la mine de cuivre."
    )
    assert pol(text, "Chiliens", "Argentine") == {1}
    assert pol(text, "Chiliens", "mine") == {-1}


def test_clitic_y_refers_back_to_the_issue_just_discussed():
    text = (
        "Lisbonne pourrait proposer au printemps une réforme du pacte de stabilité. "
        "Madrid y est favorable, mais Rome s'y oppose."
    )
    assert pol(text, "Portugal|Lisbonne", "réforme") == {1}
    assert pol(text, "Espagne|Madrid", "réforme") == {1}
    assert pol(text, "Italie|Rome", "réforme") == {-1}


def test_recognising_a_state_and_no_relations_with_another():
    text = (
        "Le Belize, qui reconnaît le Kosovo, n'entretient aucune relation diplomatique "
        "avec la Serbie."
    )
    assert pol(text, "Belize", "Kosovo") == {1}
    assert pol(text, "Belize", "Serbie") == {-1}


def test_participle_sharing_the_auxiliary_is_active():
    text = (
        "La députée Ana Ruiz a dénoncé un accord « honteux » et accusé le gouvernement "
        "de brader les mines."
    )
    assert pol(text, "Ana Ruiz", "gouvernement") == {-1}


def test_locution_verb_and_quoted_target():
    text = "Le ministre belge Paul Girard a mis en garde jeudi contre une « escalade » régionale."
    assert pol(text, "Paul Girard", "escalade") == {-1}


def test_coordinated_quantified_holders_and_repeated_preposition():
    text = (
        "Des centaines d'étudiants et d'enseignants ont défilé à Dakar pour protester contre "
        "la réforme des bourses, et contre la hausse des frais d'inscription."
    )
    assert pol(text, "étudiants", "réforme") == {-1}
    assert pol(text, "enseignants", "réforme") == {-1}
    assert pol(text, "enseignants", "hausse") == {-1}


def test_plaider_pour_que_and_a_demand_in_apposition():
    text = (
        "Rome plaide pour que l'Inde obtienne un siège permanent au Conseil de sécurité, "
        "une revendication ancienne de New Delhi."
    )
    assert pol(text, "Italie|Rome", "siège permanent") == {1}
    assert pol(text, "Inde|New Delhi", "siège permanent") == {1}


def test_nationality_adjective_holds_a_stance_noun():
    text = (
        "Le chancelier autrichien Felix Huber n'a pas soutenu la demande ghanéenne d'un "
        "report de la dette."
    )
    assert pol(text, "Ghana", "report") == {1}
    assert pol(text, "Felix Huber", "demande") == {-1}


def test_what_a_call_asks_for_and_what_it_asks_to_end():
    text = (
        "Londres a appelé mardi Kigali à accepter une médiation régionale. "
        "Oslo a appelé les deux camps à cesser les bombardements."
    )
    assert pol(text, "Royaume-Uni|Londres", "Rwanda") == {-1}
    assert pol(text, "Royaume-Uni|Londres", "médiation") == {1}
    assert pol(text, "Norvège|Oslo", "bombardements") == {-1}


def test_demanding_that_a_cooperation_be_suspended():
    text = (
        "Human Rights Watch réclame que toute coopération militaire avec l'armée birmane "
        "soit suspendue."
    )
    assert pol(text, "Human Rights Watch", "armée birmane") == {-1}


def test_verb_of_accommodation_and_opening_a_market():
    hedged = find("Jakarta semble soucieux de ménager Canberra.", "Indonésie|Jakarta", "Canberra")
    assert set(hedged["polarity"]) == {1} and bool(hedged.iloc[0]["hedged"])
    text = "Le président Lee Jun-ho a promis d'ouvrir le marché coréen aux produits vietnamiens."
    assert pol(text, "Lee Jun-ho", "produits vietnamiens") == {1}


def test_proposal_after_a_season_complement():
    text = "Berne pourrait proposer l'hiver prochain l'ouverture de négociations avec l'AELE."
    r = find(text, "Suisse|Berne", "ouverture")
    assert set(r["polarity"]) == {1} and bool(r.iloc[0]["hedged"])
    assert not r["target_text"].map(key).str.contains("hiver").any()


def test_harm_in_reported_speech_judges_its_subject():
    text = (
        "Pour l'économiste Lina Haddad, chercheuse à l'université de Tunis, la réforme "
        "risque surtout de « ruiner les petits producteurs »."
    )
    assert pol(text, "Lina Haddad", "réforme") == {-1}


def test_preference_and_negative_noun_in_direct_quotes():
    text = (
        "« Mieux vaut négocier avec nos voisins plutôt que de prolonger la guerre », a estimé "
        "le ministre Jonas Berg.\n\n"
        "« Nous ne tolérerons aucune ingérence étrangère », a déclaré la présidente Maria Sanz."
    )
    assert pol(text, "Jonas Berg", "négocier") == {1}
    assert pol(text, "Jonas Berg", "guerre") == {-1}
    assert pol(text, "Maria Sanz", "ingérence") == {-1}


def test_scorer_target_terms_ignore_punctuation_but_need_whole_words():
    from analysis.evaluation.stance import words_key

    assert " routes de la soie " in f" {words_key('aux Routes de la soie, le vaste plan')} "
    assert " soie " not in f" {words_key('la soierie')} "


# --------------------------------------------------------------------------------------------
# Fast paths (the speed-ups must not change results)


def _gold_contexts(n: int = 3):
    from analysis.document.article import load_article
    from analysis.document.nlp import parse
    from analysis.pipeline import Context
    from analysis.resources.paths import ARTICLES_DIR

    for path in sorted(ARTICLES_DIR.glob("*.txt"))[:n]:
        article = load_article(path)
        doc = parse(article)
        ctx = Context(article=article, doc=doc, options={})
        for module in ("actors", "quotes"):
            ctx.tables.update(__import__(f"analysis.extract.{module}", fromlist=["step"]).step(ctx))
        yield ctx


def test_entry_tests_only_skip_detectors_that_find_nothing():
    """Every token rule called on every token of its parts of speech in gold articles:
    whenever it finds a row, its declared entry test (what the finder reads to decide whom
    to call) lets the call through."""
    from analysis.document.tokens import view
    from analysis.extract.cues import lemma_keys
    from analysis.extract.quotes.speakers import syntax
    from analysis.extract.stance.finder import DETECTORS, admits
    from analysis.extract.stance.state import State

    found = 0
    for ctx in _gold_contexts():
        st = State(ctx)
        tv, sx = view(ctx.doc), syntax(ctx.doc)
        lexicons = {d.name: d.words(st.c) if d.words else None for d in DETECTORS}
        for s in ctx.article.sentences:
            sent = ctx.doc.char_span(s.start, s.end, alignment_mode="expand")
            if sent is None or not len(sent):
                continue
            st.sid = s.id
            for i in range(sent.start, sent.end):
                p, low, lem = tv.pos[i], sx.low[i], sx.lemma_low[i]
                keys = lemma_keys(tv.tokens[i], st.c)
                for d in DETECTORS:
                    if d.pos is not None and p not in d.pos:
                        continue
                    st.rows, st.issues = [], []
                    d(st, tv.tokens[i], sent)
                    if st.rows:
                        found += 1
                        gate = admits(d.match, lexicons[d.name], low, lem, keys)
                        assert gate, (d.name, tv.text[i], s.text)
    assert found  # the articles do have stances


def test_plan_index_admits_exactly_what_the_entry_tests_admit():
    """The finder's word index (:meth:`Plan.admitted`) offers a token exactly the rules whose
    entry test (:func:`admits`) accepts it, in run order: on every token of gold articles,
    and on invented words that open rules by their text, their lemma or their keys."""
    from analysis.document.tokens import view
    from analysis.extract.cues import cues, lemma_keys
    from analysis.extract.quotes.speakers import syntax
    from analysis.extract.stance.finder import admits, plans

    by_pos, other = plans(cues())

    def expected(plan, low, lem, keys):
        return [k for k, (_r, m, w) in enumerate(plan.rules) if admits(m, w, low, lem, keys)]

    opened = 0
    for ctx in _gold_contexts(3):
        tv, sx = view(ctx.doc), syntax(ctx.doc)
        for i in range(len(tv)):
            plan = by_pos.get(tv.pos[i], other)
            keys = lemma_keys(tv.tokens[i], cues())
            low, lem = sx.low[i], sx.lemma_low[i]
            got = list(plan.admitted(low, lem, keys))
            assert got == expected(plan, low, lem, keys), (tv.text[i], tv.pos[i])
            opened += bool(got)
    assert opened  # some tokens do open rules
    for plan in (*by_pos.values(), other):
        for _run, match, words in plan.rules:
            for w in sorted(words or ())[:3]:
                for low, lem, keys in ((w, "zzz", frozenset()), ("zzz", w, frozenset({w}))):
                    got = list(plan.admitted(low, lem, keys))
                    assert got == expected(plan, low, lem, keys), (match, w)


def test_camps_from_rows_equal_camps_from_tables():
    """The step computes alignments and camps from its rows; the public functions read them
    from the tables: same tables."""
    from analysis.extract.stance.run import step

    for ctx in _gold_contexts(2):
        out = step(ctx)
        al = alignments(out["stances"])
        pd.testing.assert_frame_equal(al, out["alignments"])
        pd.testing.assert_frame_equal(camps(out["stances"], al), out["camps"])


def _brief_of(stance_rows: list[dict]) -> list[str]:
    from analysis.document.article import parse_article
    from analysis.pipeline import Analysis
    from analysis.report.views.stance import headlines

    article = parse_article("Texte.", publication="2023-06-14", check_language=False)
    columns = ["holder", "holder_id", "target", "target_id", "polarity", "confidence"]
    rows = [{"hedged": False, "evidence": "…", "sentence_id": 0, **r} for r in stance_rows]
    tables = {
        "stances": pd.DataFrame(rows, columns=[*columns, "hedged", "evidence", "sentence_id"]),
        "places": pd.DataFrame({"name": ["Rabat"]}),
    }
    return headlines(Analysis(article, tables))


def test_brief_headlines_only_stances_between_real_actors_or_issues():
    weak = {"holder": "ministre", "holder_id": None, "target": "Où", "target_id": None}
    lines = _brief_of([{**weak, "polarity": 1, "confidence": 0.9}])
    assert not any("le plus net" in line for line in lines)
    assert not any("Où" in line for line in lines)  # nonsense is not shown, even as weak
    at_place = {"holder": "Maroc", "holder_id": "A01", "target": "Rabat", "target_id": None}
    lines = _brief_of([{**at_place, "polarity": 1, "confidence": 0.9}])
    assert not any("le plus net" in line for line in lines)
    real = {"holder": "Maroc", "holder_id": "A01", "target": "accord de pêche", "target_id": None}
    lines = _brief_of([{**real, "polarity": 1, "confidence": 0.85}])
    assert any(line.startswith("Soutien le plus net : **Maroc**") for line in lines)
    lines = _brief_of([{**real, "polarity": -1, "confidence": 0.5}])
    assert not any("la plus nette" in line for line in lines)
    assert any("confiance faible (0,50)" in line for line in lines)


def test_intention_noun_names_the_holder_of_its_infinitive():
    """ "la décision de X de rompre ... avec Y": X breaks with Y, not the subject who took
    note of the decision."""
    text = (
        "Le Pérou a pris acte de la décision unilatérale du Chili, de rompre ses relations "
        "diplomatiques avec la Bolivie."
    )
    r = find(text, "Chili", "Bolivie").iloc[0]
    assert r["polarity"] == -1
    st = stances(text)
    assert not ((st["holder"] == "Pérou") & (st["target"] == "Bolivie")).any()


def test_rupture_noun_carried_by_a_verb():
    """ "X a annoncé la suspension du traité conclu avec Y" and "le rappel de son ambassadeur
    en Y": X against Y."""
    text = "La Bolivie a annoncé la suspension immédiate du traité d'amitié conclu avec le Chili."
    assert find(text, "Bolivie", "Chili").iloc[0]["polarity"] == -1
    text = "La Bolivie a annoncé vendredi le rappel de son ambassadeur au Chili."
    assert find(text, "Bolivie", "Chili").iloc[0]["polarity"] == -1


def test_quoted_agreement_tagged_as_a_participle_is_still_the_object():
    text = 'La Bolivie a suspendu mardi un "traité de coopération" signé avec le Chili.'
    assert find(text, "Bolivie", "Chili").iloc[0]["polarity"] == -1


def test_negation_above_an_intention_noun_does_not_reach_its_infinitive():
    text = (
        "Le Pérou n'a pas tardé à réagir à la décision du Chili de rompre ses relations "
        "avec la Bolivie."
    )
    assert find(text, "Chili", "Bolivie").iloc[0]["polarity"] == -1


def test_quality_of_a_relation_between_two_parties():
    """ "relations tendues entre X et Y" / "les relations entre X et Y étaient tendues":
    mutual opposition; "la relation solide qui se noue entre X et Y": mutual support."""
    for text in (
        "Après des mois de relations houleuses entre le Chili et le Pérou, le ministre est venu.",
        "Les relations entre la Bolivie et le Chili étaient tendues.",
    ):
        st = stances(text)
        assert len(st) == 2 and set(st["polarity"]) == {-1}, st
    text = "La relation solide qui se noue entre le Chili et le Pérou plaît aux marchés."
    r = find(text, "Chili", "Pérou").iloc[0]
    assert r["polarity"] == 1 and r["target_text"] == "le Pérou"


def test_friction_noun_with_an_avec_partner():
    text = "La Bolivie est enfermée dans un différend avec le Chili."
    assert find(text, "Bolivie", "Chili").iloc[0]["polarity"] == -1


def test_feelings_about_something():
    """Emotion adjectives with "de" (detached at the head of the sentence or attribute),
    feeling nouns, and a negated concealment verb that expresses the feeling."""
    text = (
        "Mécontente des déclarations attribuées au ministre Jorge Ruiz, la Bolivie a annoncé "
        "le rappel de son ambassadeur."
    )
    assert find(text, "Bolivie", "déclarations").iloc[0]["polarity"] == -1
    assert (
        find("Le Chili est très satisfait de l'accord.", "Chili", "accord").iloc[0]["polarity"] == 1
    )
    text = "La Bolivie ne cachait pas sa satisfaction devant le retour du Chili."
    assert find(text, "Bolivie", "retour").iloc[0]["polarity"] == 1
    text = "La Bolivie a exprimé ses regrets sur cette décision du Chili."
    assert find(text, "Bolivie", "décision").iloc[0]["polarity"] == -1


def test_aligning_on_a_party_is_taking_its_side():
    text = "Le Pérou a changé de cap pour s'aligner sur le Chili."
    assert find(text, "Pérou", "Chili").iloc[0]["polarity"] == 1


def test_object_of_a_relative_clause_is_its_antecedent():
    text = "Le Pérou présente une réforme que la Bolivie persiste à récuser."
    assert find(text, "Bolivie", "réforme").iloc[0]["polarity"] == -1


def test_demand_through_a_chain_of_infinitives():
    """ "appeler X à chercher à améliorer Y": for Y; the unnamed addressee is not what is
    demanded."""
    text = (
        "Le ministre Jorge Ruiz a appelé le pays voisin à chercher à améliorer ses relations "
        "avec le Chili."
    )
    assert find(text, "Jorge Ruiz", "relations").iloc[0]["polarity"] == 1
    assert not stances(text)["target"].str.contains("pays voisin").any()


def test_signatories_are_for_what_they_sign():
    text = (
        "Le ministre Jorge Ruiz et son homologue Pedro Lima ont signé un protocole d'accord "
        "de coopération militaire."
    )
    for who in ("Jorge Ruiz", "Pedro Lima"):
        assert find(text, who, "protocole").iloc[0]["polarity"] == 1


def test_coordinated_relation_nouns_each_name_their_own_party():
    """ "X, rivale de Y en ... et alliée de Z": against Y only, and for Z (the target of the
    first noun stops before the coordination)."""
    text = (
        "La tournée s'achève en Bolivie, rivale du Chili en Amérique du Sud et alliée de la Chine."
    )
    r = find(text, "Bolivie", "Chili").iloc[0]
    assert r["polarity"] == -1 and "Chine" not in r["target_text"]
    assert find(text, "Bolivie", "Chine").iloc[0]["polarity"] == 1


def test_purchase_intent_is_for_the_product_and_its_seller():
    text = "Le Pérou veut acheter des avions de combat au Chili."
    assert find(text, "Pérou", "avions").iloc[0]["polarity"] == 1
    assert find(text, "Pérou", "Chili").iloc[0]["polarity"] == 1
    text = "La Bolivie souhaite acquérir des hélicoptères chinois."
    assert find(text, "Bolivie", "Chine").iloc[0]["polarity"] == 1


def test_pair_noun_subject_of_an_infinitive_names_the_two_latest_actors():
    text = (
        "Le président chilien Gabriel Boric a reçu lundi son homologue péruvien Pedro "
        "Castillo. Les deux responsables vont signer un accord de défense. Le Chili et le "
        "Pérou discutent. Les deux pays prévoient de signer des accords de pêche."
    )
    assert find(text, "Gabriel Boric", "accord de défense").iloc[0]["polarity"] == 1
    assert find(text, "Pedro Castillo", "accord de défense").iloc[0]["polarity"] == 1
    st = stances(text)
    last = st[st["sentence_id"] == 3]
    assert {"Chili", "Pérou"} <= set(last["holder"])


def test_relation_quality_after_a_copula_and_capitals_read_as_nouns():
    text = (
        "Le Portugal et l'Espagne se parlent peu. "
        "Les relations entre Lisbonne et Madrid étaient déjà tendues."
    )
    assert find(text, "Portugal", "Espagne").iloc[0]["polarity"] == -1
    assert find(text, "Espagne", "Portugal").iloc[0]["polarity"] == -1


def test_partner_for_someone_after_a_copula_like_verb():
    text = (
        "Le Chili restera un partenaire fiable et loyal pour le peuple péruvien. "
        "La Bolivie est un partenaire important pour nous."
    )
    assert find(text, "Chili", "peuple péruvien").iloc[0]["polarity"] == 1
    st = stances(text)
    assert not (st["target"] == "nous").any()  # a pronoun is no target


def test_purpose_infinitive_on_a_noun_is_the_act_of_the_carrier_subject():
    text = (
        "Le Chili a annoncé vendredi le rappel de son ambassadeur au Pérou pour protester "
        "contre la décision du président péruvien Pedro Castillo de recevoir un opposant."
    )
    r = find(text, "Chili", "décision").iloc[0]
    assert r["polarity"] == -1 and r["cue"] == "protester"


def test_relative_que_object_through_a_verb_read_as_clause_modifier():
    r = find("Une réforme que la Bolivie persiste à récuser.", "Bolivie", "réforme").iloc[0]
    assert r["polarity"] == -1


def test_condolences_alignment_and_readiness_noun():
    text = (
        "Le président chilien a présenté ses condoléances au président Castillo. "
        "Quito a fait volte-face pour s'aligner sur le Brésil. "
        "Le ministre a fait part de la disponibilité du Chili à fournir au Pérou des moyens "
        "aériens."
    )
    assert find(text, "président chilien", "Castillo").iloc[0]["polarity"] == 1
    assert find(text, "Équateur|Quito", "Brésil").iloc[0]["polarity"] == 1
    r = find(text, "Chili", "Pérou").iloc[0]
    assert r["polarity"] == 1 and r["kind"] == "readiness"


def test_dispute_with_a_partner_is_two_sided_and_capitals_split_as_sides():
    text = "Le Pérou est enfermé dans un âpre différend avec le Chili."
    assert find(text, "Chili", "Pérou").iloc[0]["polarity"] == -1
    text = (
        "Le Pérou et l'Équateur se parlent peu. "
        "Le ministre arrive en pleine tension entre Lima et Quito."
    )
    assert find(text, "Équateur", "Pérou").iloc[0]["polarity"] == -1


def test_at_the_invitation_of_the_host_the_guest_visits():
    text = (
        "Le président chilien Gabriel Boric a appelé lundi son homologue péruvien Pedro "
        "Castillo. A l'invitation de son homologue chilien Gabriel Boric, le président "
        "péruvien entame ce mardi une visite d'État de trois jours à Santiago."
    )
    r = find(text, "Gabriel Boric", "Castillo").iloc[0]
    assert r["polarity"] == 1 and r["kind"] == "host"
