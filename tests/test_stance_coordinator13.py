"""Two wrong-sign sources found after merging round 9 (invented snippets): a light verb used
with "se" is no carrier of its complement noun, and "résolu / décidé / déterminé à" mean
resolve only before an infinitive."""

from __future__ import annotations

from tests.helpers import run_steps


def _rows(text: str) -> list[tuple[str, str, int, str]]:
    stances = run_steps(text).tables["stances"]
    return [
        (r["holder"], r["target"], int(r["polarity"]), r["cue"]) for r in stances.to_dict("records")
    ]


def test_opposing_sanctions_on_y_is_not_sanctioning_y():
    for text in (
        "La Chine s'oppose fermement aux sanctions unilatérales imposées à la Brenlandie.",
        "Le Japon s'est opposé aux sanctions contre la Brenlandie.",
    ):
        rows = _rows(text)
        assert not [r for r in rows if r[1] == "Brenlandie" and r[2] < 0], rows
        assert any(r[2] < 0 and "sanctions" in r[1] for r in rows), rows


def test_opposing_a_veto_stays_a_light_verb():
    rows = _rows("La Norvalie a opposé son veto à la proposition de la Brenlandie.")
    assert any(r[0] == "Norvalie" and r[2] < 0 for r in rows), rows


def test_a_resolved_conflict_is_no_resolve_of_anyone():
    for text in (
        "Le ministre norvalien Otto Kask a averti que ce conflit pourrait durer s'il n'était "
        "pas résolu à l'amiable.",
        "Le litige a été décidé à l'unanimité par la cour, a indiqué le ministre Otto Kask.",
    ):
        assert not [r for r in _rows(text) if r[3].endswith(" à")], _rows(text)


def test_resolved_to_act_is_still_read():
    rows = _rows(
        "Le ministre norvalien Otto Kask s'est dit résolu à renforcer la coopération avec "
        "la Brenlandie."
    )
    assert any(r[0] == "Otto Kask" and r[2] > 0 and r[3] == "résolu à" for r in rows), rows


def test_a_hostile_act_not_done_is_no_support():
    for text in (
        "La Norvalie n'a pas imposé de sanctions à la Brenlandie.",
        "La Norvalie a décidé de ne pas renouveler les sanctions aux dirigeants de la Brenlandie.",
    ):
        rows = _rows(text)
        assert not [r for r in rows if r[0] == "Norvalie" and r[2] > 0], rows


def test_a_hostile_act_done_and_support_withheld_keep_their_signs():
    rows = _rows("La Norvalie a renforcé ses sanctions contre la Brenlandie.")
    assert ("Norvalie", "Brenlandie", -1, "sanction") in rows, rows
    rows = _rows("La Norvalie n'a pas apporté son soutien à la Brenlandie.")
    assert any(r[0] == "Norvalie" and r[1] == "Brenlandie" and r[2] < 0 for r in rows), rows
