"""Stances in someone's words that made no row (round 23, quoted stances): the speaker's
first person left outside the quote marks, and a denied leave ("ne pas permettre à Y de
...") — :mod:`analysis.extract.stance.reported_voice`, :mod:`analysis.extract.stance.denied_leave`.

Every snippet is invented (names, places and sentence shapes)."""

from __future__ import annotations

from tests.helpers import run_steps


def _rows(text: str) -> list[tuple[str, str, int, str, str]]:
    df = run_steps(text).tables["stances"]
    return [
        (r.holder, str(r.target), int(r.polarity), str(r.cue), str(r.target_text))
        for r in df.itertuples()
    ]


def test_unquoted_first_person_is_the_speakers():
    rows = _rows(
        "Nous épaulons résolument le Paraguay, a indiqué jeudi Piotr Mirenko, ministre péruvien."
    )
    assert ("Piotr Mirenko", "Paraguay", 1) in [r[:3] for r in rows]


def test_first_person_before_a_partial_quotation():
    rows = _rows(
        "Nous condamnons « le bombardement des vergers de Lirsk par la Brastovie », a "
        "déclaré Piotr Mirenko, porte-parole de la diplomatie valdorienne."
    )
    assert ("Piotr Mirenko", "Brastovie", -1) in [r[:3] for r in rows]


def test_first_person_after_selon():
    rows = _rows("Selon Olek Varnas, ministre péruvien, nous soutenons fermement le Paraguay.")
    assert ("Olek Varnas", "Paraguay", 1) in [r[:3] for r in rows]


def test_denied_leave_to_an_actor():
    rows = _rows(
        "« Jamais je ne permettrai au Paraguay de détourner le fleuve Ilva », a averti "
        "Piotr Mirenko, ministre péruvien."
    )
    assert ("Piotr Mirenko", "Paraguay", -1) in [r[:3] for r in rows]


def test_denied_leave_to_nobody_refuses_the_act():
    rows = _rows(
        "« Notre pays ne permettra à personne de redessiner la frontière du Korvan », a "
        "tranché Olek Varnas, ministre péruvien."
    )
    hits = [r for r in rows if r[3] == "ne pas permettre"]
    assert hits and all(p == -1 for _h, _t, p, _c, _tt in hits)
    assert any("redessiner la frontière" in tt for *_x, tt in hits)


def test_denied_leave_with_the_infinitive_on_the_dative():
    rows = _rows(
        "« Je ne permettrai pas au gouvernement colombien de saboter nos quotas de pêche », "
        "a prévenu Olek Varnas, ministre péruvien."
    )
    assert ("Olek Varnas", "Colombie", -1) in [r[:3] for r in rows]


def test_leave_refused_to_nobody_with_laisser():
    rows = _rows(
        "« Nous ne laisserons personne toucher aux bergeries du Korvan », a lancé Olek Varnas, "
        "ministre péruvien."
    )
    assert any(c == "ne pas laisser" and p == -1 and "bergeries" in tt for *_x, p, c, tt in rows)


def test_granted_leave_is_no_refusal():
    rows = _rows(
        "« Je permettrai au Paraguay de rouvrir son comptoir de Lirsk », a promis Olek "
        "Varnas, ministre péruvien."
    )
    assert not [r for r in rows if r[3].startswith("ne pas")]
