"""Quote speakers (round 19, session 23): a participle parted from its auxiliary by an incise
between commas ("X a, par ailleurs, demandé « … »"), which the parser hangs on the subject noun
as a modifier; a photo credit "(AFP/Name)" after the speaker's name. Invented snippets and
names only."""

from __future__ import annotations

from tests.helpers import quotes_of, speaker_of


def test_participle_after_an_incise_has_the_noun_before_the_auxiliary_as_subject():
    text = (
        "La ministre lettone des Affaires étrangères, Ilze Varna, a annoncé le rappel de son "
        "ambassadeur. La ministre a, par la même occasion, réclamé aux autorités chiliennes "
        "« de fermer leur consulat sans délai »."
    )
    assert speaker_of(text, "fermer leur consulat") == "Ilze Varna"


def test_title_subject_before_a_split_auxiliary_finds_its_holder():
    text = (
        "La ministre lettone des Affaires étrangères, Ilze Varna, a reçu les diplomates. "
        "La cheffe de la diplomatie lettone a, dans la foulée, exigé des autorités chiliennes "
        "« des excuses publiques »."
    )
    assert speaker_of(text, "excuses publiques") == "Ilze Varna"


def test_photo_credit_after_the_incise_name_is_not_the_speaker():
    text = (
        "Le Premier ministre letton a commenté le choix de Santiago.\n\n"
        "« La Lettonie regarde vers l'avenir des peuples baltes », a défendu Aivar Kalnes "
        "(AFP/Marc Dubreuil)\n\nLe gouvernement chilien n'a pas réagi."
    )
    assert speaker_of(text, "avenir des peuples baltes") == "Aivar Kalnes"


def test_quotation_without_cue_deep_in_a_que_clause_is_the_claimants():
    text = (
        "La ministre des Affaires étrangères Ilze Varna a rejeté les accusations.\n\n"
        "Mme Varna a, en outre, soutenu que cette crise au Chili était l'affaire du pays "
        "lui-même et que ses dirigeants feraient mieux de s'en occuper au lieu de désigner des "
        "« coupables commodes »."
    )
    assert _quoted_speaker(text, "coupables commodes") == "Ilze Varna"


def test_quotation_in_a_witness_claim_stays_the_journalists_term():
    text = (
        "La Lettonie et le Chili ont signé lundi à Riga un accord permettant « la présence "
        "durable » de marins chiliens, a constaté un journaliste de l'agence Baltinfo."
    )
    assert _quoted_speaker(text, "présence durable") is None


def _quoted_speaker(text: str, fragment: str) -> str | None:
    """The speaker of the quotation (not the reported claim around it) holding fragment."""
    q = quotes_of(text)
    hits = q[(q["kind"] != "reported") & q["text"].str.contains(fragment, regex=False)]
    assert len(hits), q[["text", "kind"]].to_dict("records")
    value = hits.iloc[0]["speaker"]
    return None if value is None or value != value else str(value)
