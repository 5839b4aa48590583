"""Quotes: marks in every French style, kinds, speakers (invented snippets, no seed names)."""

from __future__ import annotations

import pytest

from analysis.document.article import parse_article
from analysis.extract.quotes import find_marks
from tests.helpers import run_steps

NBSP = "\u00a0"


def run(text: str):
    return run_steps(text, publication="2024-03-01")


def quotes(text: str):
    return run(text).tables["quotes"]


def row(text: str, fragment: str):
    q = quotes(text)
    hits = q[q["text"].str.contains(fragment, regex=False)]
    assert len(hits), (
        f"no quote containing {fragment!r} in {q[['text', 'kind']].to_dict('records')}"
    )
    return hits.iloc[0]


INCISE = (
    "La ministre suédoise des Affaires étrangères, Karin Lund, est arrivée mardi à Oslo.\n\n"
    f"«{NBSP}Nous ne céderons pas sur ce point{NBSP}», a-t-elle expliqué devant la presse."
)


def test_guillemets_with_nbsp_and_inverted_pronoun_cue():
    r = row(INCISE, "céderons")
    assert r["text"] == "Nous ne céderons pas sur ce point"  # marks and NBSP excluded
    assert r["kind"] == "direct"
    assert r["speaker"] == "Karin Lund"
    assert r["attribution"] == "incise"


def test_every_span_indexes_the_article_text():
    for text in (INCISE, SELON, LINE, PARTICIPLE):
        an = run(text)
        for q in an.tables["quotes"].itertuples():
            assert an.article.text[q.start : q.end] == q.text
            s = an.article.sentences[q.sentence_id]
            assert s.start <= q.start < s.end


SELON = (
    "Le gouvernement chilien aurait rejeté la proposition de Lima, selon le quotidien "
    "El Mercurio.\n\n"
    "Le président péruvien Luis Ortega a dénoncé une “provocation inacceptable” de Santiago."
)


def test_reported_speech_selon_the_newspaper():
    r = row(SELON, "aurait rejeté")
    assert r["kind"] == "reported"
    assert r["speaker"] == "El Mercurio"
    assert r["text"].startswith("Le gouvernement chilien")
    assert not r["text"].endswith(",")


def test_curly_quotes_partial_quote_attributed_to_subject_of_cue_verb():
    r = row(SELON, "provocation")
    assert r["text"] == "provocation inacceptable"
    assert r["kind"] == "partial"
    assert r["speaker"] == "Luis Ortega"
    assert bool(r["evaluative"])


PARTICIPLE = (
    "Le sommet de Lisbonne, qualifié de « décisif », s’est ouvert lundi. "
    'Il devait aborder le "processus de paix" dans la région.'
)


def test_agentless_participle_gives_an_unattributed_scare_quote():
    r = row(PARTICIPLE, "décisif")
    assert r["kind"] == "scare"
    assert r["speaker"] is None or r["speaker"] != r["speaker"]  # None or NaN
    r2 = row(PARTICIPLE, "processus")
    assert r2["kind"] == "scare"


LINE = (
    "Le rapprochement entre Lisbonne et Rabat inquiète certains partenaires.\n\n"
    '"Ce rapprochement est durable. Il change la donne dans toute la région." Marta Silva, '
    "politologue à l'université de Coimbra, à l'agence Lusa"
)


def test_attribution_line_after_a_quote_only_paragraph():
    r = row(LINE, "change la donne")
    assert r["kind"] == "direct"
    assert r["speaker"] == "Marta Silva"


def test_que_clause_and_croit_savoir_are_reported_speech():
    text = (
        "Le Premier ministre norvégien Olav Strand a affirmé que son pays renforcerait sa "
        "présence dans l'Arctique. Une base serait envisagée près de Tromsø, croit savoir le "
        "journal Aftenposten."
    )
    r = row(text, "son pays renforcerait")
    assert r["kind"] == "reported" and r["speaker"] == "Olav Strand"
    r2 = row(text, "Une base serait envisagée")
    assert r2["kind"] == "reported" and r2["speaker"] == "Aftenposten"


def test_anonymous_sources_stay_unattributed():
    text = (
        "Les deux délégations pourraient se retrouver en mars à Genève, selon une source "
        "diplomatique. « Rien n’est joué », glissait un diplomate sous couvert d’anonymat."
    )
    q = quotes(text)
    assert len(q) >= 2
    assert q["speaker"].isna().all()


def test_pronoun_after_selon_resolves_to_the_last_person():
    text = (
        "« La frontière restera fermée », a déclaré la porte-parole du gouvernement, "
        "Ana Ruiz. Selon elle, les discussions reprendront dans un mois."
    )
    r = row(text, "discussions reprendront")
    assert r["kind"] == "reported"
    assert r["speaker"] == "Ana Ruiz"


def test_unnamed_common_noun_is_not_a_speaker():
    text = "Cet accord « historique », selon les parties, ouvre une nouvelle période."
    r = row(text, "historique")
    assert r["speaker"] is None or r["speaker"] != r["speaker"]
    assert r["kind"] == "partial"  # attributed to someone, but to nobody identifiable


@pytest.mark.parametrize(
    "snippet, expected",
    [
        ("Il a parlé d'un \"moment d'espoir\" pour tous.", ["moment d'espoir"]),
        ("Il a parlé d’un “moment d’espoir” pour tous.", ["moment d’espoir"]),
        (
            f"Il a parlé d'un «{NBSP}moment{NBSP}» et d'un «{NBSP}tournant{NBSP}».",
            ["moment", "tournant"],
        ),
        ("« Elle a dit “jamais” devant nous », raconte-t-il.", ["Elle a dit “jamais” devant nous"]),
    ],
)
def test_marks_all_styles_outermost_only(snippet, expected):
    art = parse_article("date 2024-01 " + snippet, check_language=False)
    marks = find_marks(art.text, art.paragraphs)
    assert [art.text[m.start : m.end] for m in marks] == expected


def test_heading_attribution_with_selon():
    text = (
        "Le président Luis Ortega a reçu son homologue à Lima.\n\n"
        '"Une page se tourne", selon Lima\n\n'
        "Les deux pays ont signé un accord commercial."
    )
    r = row(text, "Une page se tourne")
    assert r["speaker"] in ("Lima", "Pérou")  # the capital, or the state it stands for


def test_voice_table_counts_words_per_speaker():
    an = run(SELON)
    v = an.tables["voice"]
    assert set(v.columns) >= {"speaker", "quotes", "words", "share"}
    assert v["quotes"].sum() == len(an.tables["quotes"])
    assert (v["share"] >= 0).all() and (v["share"] <= 1).all()


def test_subject_with_participial_apposition_is_not_an_incise():
    text = "L'opposition kényane, menée par Raila Odinga, a critiqué un voyage « coûteux »."
    q = quotes(text)
    assert list(q["kind"]) == ["partial"]  # no reported clause invented before the verb
    assert q.iloc[0]["speaker"] == "opposition kényane"


def test_quote_over_two_paragraphs_takes_the_final_attribution():
    text = (
        "Le ministre ghanéen a longuement parlé.\n\n"
        "« Nous avons attendu trop longtemps cet accord,\n\n"
        "« et nous ne reculerons plus », a dit le ministre Kofi Mensah."
    )
    q = quotes(text)
    assert list(q["speaker"]) == ["Kofi Mensah", "Kofi Mensah"]
    assert q.iloc[0]["kind"] == "direct"


def test_selon_phrase_is_never_the_subject():
    text = "Selon l'agence Reuters, le Bénin s'oppose à l'accord commercial."
    an = run(text)
    r = row(text, "Bénin")
    assert r["kind"] == "reported" and r["speaker"] == "Reuters"
    st = an.tables["stances"]
    assert "Reuters" not in set(st["holder"])
    assert (st[st["holder"] == "Bénin"]["polarity"] == -1).all() and len(st)


# ---------------------------------------------------------------------------------------------
# Attribution rules added for unseen articles (invented snippets)


def test_incise_whose_quote_word_was_parsed_as_subject():
    text = (
        "« L'Asie n'est pas seulement un marché, c'est un partenaire avec lequel nous voulons "
        "grandir », a déclaré Olaf Jensen lors d'une conférence de presse."
    )
    assert row(text, "partenaire")["speaker"] == "Olaf Jensen"


def test_selon_phrase_is_not_extended_over_the_subject_of_the_claim():
    text = (
        "Selon l'agence Bloomberg, Ankara espère attirer jusqu'à 5 000 ingénieurs "
        "indiens d'ici à 2027."
    )
    r = row(text, "Ankara espère")
    assert r["kind"] == "reported"
    assert r["speaker"] == "Bloomberg"


def test_partial_quote_under_a_verb_whose_subject_hangs_on_the_auxiliary():
    text = "La ministre Ana Costa a, de son côté, plaidé pour une fiscalité « plus juste »."
    assert row(text, "plus juste")["speaker"] == "Ana Costa"


def test_locution_speech_verb_attributes_a_partial_quote():
    text = (
        "Le porte-parole Tomas Weber a mis en garde mardi contre une « dérive » "
        "autoritaire à Minsk."
    )
    assert row(text, "dérive")["speaker"] == "Tomas Weber"


def test_mark_scan_equals_a_scan_of_every_character():
    """:func:`_marks_in` jumps between quotation-mark characters: the same marks as testing
    every character (the scan it replaced)."""
    from analysis.extract.quotes import marks as qm

    class Every:  # matches every character, like the loop over range(lo, hi)
        @staticmethod
        def finditer(text, lo, hi):
            import re

            return re.compile(r"(?s).").finditer(text, lo, hi)

    texts = [
        '« Il a dit "non" », a-t-il ajouté. Un “mot” et „ceci“ et ‹ cela › et ”droit”.',
        "« Premier paragraphe sans fin",
        'Des "guillemets droits ouverts',
        "Rien à signaler ici.",
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted(qm_articles())[:6]]
    fast = qm._MARK_CHARS
    for text in texts:
        a = qm._marks_in(text, 0, len(text))
        try:
            qm._MARK_CHARS = Every
            b = qm._marks_in(text, 0, len(text))
        finally:
            qm._MARK_CHARS = fast
        assert a == b


def qm_articles():
    from analysis.resources.paths import ARTICLES_DIR

    return ARTICLES_DIR.glob("*.txt")


INNER_INCISE = (
    "La présidente islandaise Sigrun Halldorsdottir a reçu mardi le chancelier autrichien "
    "Karl Weber. « Nous avons beaucoup travaillé ensemble, a-t-elle indiqué mercredi lors "
    "d'une visite au port. Nous continuerons. »\n\n"
    "Le soir, les deux dirigeants ont dîné ensemble. « Le dîner fut long, confie jeudi aux "
    "journalistes Karl Weber lors d'une visite au musée. Nous avons tout abordé. »"
)


def test_incise_inside_the_marks_cuts_the_quote_and_both_parts_share_its_speaker():
    assert row(INNER_INCISE, "travaillé ensemble")["speaker"] == "Sigrun Halldorsdottir"
    assert row(INNER_INCISE, "continuerons")["speaker"] == "Sigrun Halldorsdottir"
    assert "a-t-elle" not in row(INNER_INCISE, "travaillé ensemble")["text"]
    # the inverted subject comes after an addressee ("aux journalistes")
    assert row(INNER_INCISE, "dîner fut long")["speaker"] == "Karl Weber"
    assert row(INNER_INCISE, "tout abordé")["speaker"] == "Karl Weber"


def test_narrative_infinitive_after_a_quote_keeps_the_last_speaker():
    text = (
        "La présidente islandaise Sigrun Halldorsdottir a reçu mardi le chancelier autrichien "
        "Karl Weber. « Le partenariat est solide », a déclaré la présidente. Et de poursuivre : "
        "« Nous signerons un accord en juin. »"
    )
    assert row(text, "signerons")["speaker"] == "Sigrun Halldorsdottir"


def test_pronoun_prefers_the_subject_of_the_last_sentence_to_its_object():
    text = (
        "Si personne ne commente la venue de Weber, le président islandais Gunnar Olafsson a "
        "présenté sa vision de la région au chancelier autrichien Karl Weber.\n\n"
        "« Nous sommes entourés de pays amis », a-t-il assuré."
    )
    assert row(text, "entourés")["speaker"] == "Gunnar Olafsson"


def test_a_title_refers_back_to_the_person_it_designates_and_a_surname_to_the_full_name():
    text = (
        "Le ministre islandais des Affaires étrangères, Gunnar Olafsson, est arrivé mardi à "
        "Vienne, où il a rencontré Mme Anna Gruber.\n\n"
        "Le ministre islandais n’a pas manqué de souligner « l'amitié » entre les deux pays. "
        "Olafsson a ensuite affirmé que la coopération « progresse »."
    )
    assert row(text, "amitié")["speaker"] == "Gunnar Olafsson"  # no "n’" in the name either
    assert row(text, "progresse")["speaker"] == "Gunnar Olafsson"


def test_a_title_of_another_nationality_is_not_linked():
    text = (
        "Le président coréen Park Min-soo a reçu mardi une délégation à Séoul.\n\n"
        "La ministre française a déclaré que la visite était « utile »."
    )
    assert row(text, "utile")["speaker"] != "Park Min-soo"


def test_a_word_inside_a_quotation_is_never_the_speaker_of_the_next_one():
    text = (
        "« Le Chili est un partenaire important pour nous en Océanie », a déclaré M. Weber "
        "lors d'une conférence, faisant état de discussions « très utiles » avec son homologue."
    )
    assert row(text, "très utiles")["speaker"] not in ("Océanie", "Chili")
