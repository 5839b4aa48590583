"""A stance target keeps the adjectives and participles placed after its noun, with their
adverbs (analysis/extract/stance/postposed.py), but not a participle's agent nor a relative
clause. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import rows


def _texts(text: str, holder: str, word: str) -> list[str]:
    return rows(text, holder, word)["target_text"].tolist()


def test_a_participle_left_last_stays_in_the_target():
    text = "La Roumanie a dénoncé ses frontières fermées."
    assert _texts(text, "Roumanie", "frontières") == ["ses frontières fermées"]
    # the comma after the participle ends the phrase, not the participle
    text = "La Roumanie a dénoncé les frontières fermées, jeudi, lors d'une conférence."
    assert "les frontières fermées" in _texts(text, "Roumanie", "frontières")


def test_an_adverb_and_its_participle_stay_in_the_target():
    text = "La Moldavie réclame la restitution du territoire illégalement occupé."
    assert _texts(text, "Moldavie", "territoire") == [
        "la restitution du territoire illégalement occupé"
    ]


def test_a_participle_the_tagger_reads_as_an_infinitive_stays_in_the_target():
    text = "La Roumanie soutient une solution politique négociée."
    assert _texts(text, "Roumanie", "solution") == ["une solution politique négociée"]


def test_neither_a_relative_clause_nor_an_agent_joins_the_target():
    text = "La Roumanie rejette les territoires occupés qui entourent la ville."
    assert _texts(text, "Roumanie", "territoires") == ["les territoires occupés"]
    text = "La Moldavie réclame la restitution du territoire occupé par le Portugal."
    assert all("Portugal" not in t for t in _texts(text, "Moldavie", "territoire"))
    # the participle that is the cue itself is no part of what it bears on
    text = "La Roumanie soutient le plan de paix proposé par le Chili."
    assert _texts(text, "Chili", "plan") == ["le plan de paix"]


def test_a_participle_after_a_quotation_stays_out():
    # the quoted words are the phrase: one row, not a second one with the participle
    text = "Le parti Avenir a dénoncé une « tournée de vitrine » destinée à rassurer les bailleurs."
    texts = rows(text, "Avenir", "tournée")["target_text"].tolist()
    assert texts and not any("destinée" in t for t in texts)
    # the participle the quotation is followed by is kept when nothing is quoted
    text = "Le parti Avenir a dénoncé une tournée coûteuse et les accords signés."
    assert "les accords signés" in _texts(text, "Avenir", "accords")
