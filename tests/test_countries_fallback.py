"""A person's country when the text does not state it: the fallbacks of
analysis/extract/actors/countries.py (invented snippets, run without the people list where
the list could answer)."""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def test_the_head_of_a_body_is_not_ruled_out_by_a_head_of_state():
    """ "le président de l'Assemblée nationale" or "du Sénat" heads a body, not a state: the
    head of state of the host does not rule the host's country out for them (met on a
    visit, they are the host's, not of the state most named elsewhere)."""
    t = _analyse(
        "Le président ghanéen Kofi Mensah, en visite à Séoul, a rencontré le président "
        "sud-coréen Lee Jae-won.\n\nTous deux ont critiqué le Japon, et le Japon a protesté."
        "\n\nReçu ensuite par le président de l'Assemblée nationale Choi Dong-hyun, "
        "M. Mensah a parlé du commerce."
    )
    assert _row(t, "Choi Dong-hyun")["country"] == "KR"
    t = _analyse(
        "Le président français Paul Durand est arrivé à Dakar, où l'a accueilli le président "
        "sénégalais Moussa Diallo.\n\nLa Guinée a salué la visite et la Guinée a invité "
        "M. Durand.\n\nIl a aussi vu le président du Sénat, Ibrahima Sow."
    )
    assert _row(t, "Ibrahima Sow")["country"] == "SN"


def test_a_second_head_of_state_is_still_not_of_the_first_ones_country():
    """ "le président de la République" and "le président" alone remain heads of state."""
    t = _analyse(
        "Le président de la République du Sénégal, Moussa Diallo, a reçu à Dakar le "
        "président Jean-Baptiste Kaboré."
    )
    assert _row(t, "Jean-Baptiste Kaboré")["country"] != "SN"
    t = _analyse(
        "Le président de la République du Sénégal, Moussa Diallo, a reçu à Dakar le "
        "président Jean-Baptiste Kaboré.\n\nLes relations entre le Sénégal et le Burkina "
        "Faso sont anciennes."
    )
    assert _row(t, "Jean-Baptiste Kaboré")["country"] == "BF"


def test_a_state_named_after_the_person_in_their_sentence_is_not_their_side():
    """ "X a accusé le Tchad", "X, à qui le Gabon avait accordé l'asile", "X a noté que la
    décision de Y ...": a state named after a person whose country nothing states is what
    they act on or speak of; their own side is named before them, else in the paragraph."""
    t = _analyse(
        "Le Cameroun dénonce une provocation. Le porte-parole Jean Mbarga a accusé le Tchad "
        "d'avoir fermé la frontière. Pour le Cameroun, la mesure est inacceptable."
    )
    assert _row(t, "Jean Mbarga")["country"] == "CM"
    t = _analyse(
        "Le Togo a protesté. La police togolaise a arrêté l'ancien ministre Paul Abena, à qui "
        "le Bénin avait accordé l'asile. Le Togo assure que la loi a été respectée."
    )
    assert _row(t, "Paul Abena")["country"] == "TG"
    t = _analyse(
        "Le Sénégal a réagi mardi. Selon le Sénégal, le ministre Awa Diop a critiqué la "
        "décision du Mali."
    )
    assert _row(t, "Awa Diop")["country"] == "SN"
