"""Round 26 wave 2 (session 30) speaker rule, on invented snippets.

A state's clause closed by an incise that names a body or an official ("Le pays a exprimé
une « vive inquiétude » et un « profond regret » …, a indiqué le ministère"): every
quotation of the clause is the incise speaker's, also when another quotation coordinated
with it stands between it and the incise; a quotation of another clause (after a verb or a
relative) still blocks the incise.
"""

from __future__ import annotations

from tests.helpers import quotes_of


def speaker_of(text: str, quoted: str) -> str | None:
    """The speaker of the quotation whose text is exactly ``quoted`` (the marked words, not
    the row of the whole reported sentence)."""
    q = quotes_of(text)
    hits = q[q["text"] == quoted]
    assert len(hits), q[["text", "speaker"]].to_dict("records")
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)


def test_coordinated_quotations_share_the_closing_incise() -> None:
    text = (
        "Le Portugal a exprimé sa stupeur et observe avec une « vive préoccupation » et un"
        " « profond regret » les propos du président angolais, a indiqué mardi le ministère"
        " portugais des Affaires étrangères."
    )
    assert speaker_of(text, "vive préoccupation") == "ministère portugais des Affaires étrangères"
    text = (
        "Le Japon a dénoncé une « provocation grave », des « tirs répétés » et une"
        " « escalade dangereuse » près de ses côtes, a déclaré mercredi le porte-parole du"
        " gouvernement japonais."
    )
    assert speaker_of(text, "provocation grave") == "porte-parole du gouvernement japonais"


def test_a_quotation_of_another_clause_still_blocks() -> None:
    text = (
        "La Chine dénonce une « ingérence » alors que le Japon parle d'une « mesure"
        " défensive », a affirmé le ministre chinois des Affaires étrangères."
    )
    assert speaker_of(text, "ingérence") == "Chine"
