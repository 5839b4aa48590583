"""Round 22 (session 26) rules of persons' countries, on invented snippets: a person's own
attributes read before the states around them.

* a bare definite title ("le conseiller, X") takes up an indefinite description made
  earlier ("un conseiller du gouvernement du Y"): its country is the person's;
* every name of a list glued to a plural nationality noun ("les deux X-iens A et B") is of
  that nationality, not the first alone;
* a country after "détenu / otage / réfugié / en exil" is where the person is held or
  lives, like a posting: never theirs;
* a visit phrase that opens its sentence ("En visite à Y, le ministre X ...") is the
  visit of the person named right after its comma;
* a visit told after a person (another episode, later in the article) does not make them
  the visited state's official;
* the leader or voice of a collective marked with a nationality ("la délégation x-ienne
  conduite par X", "Côté x-ien, le ministre Y") is of that nationality; not the host who
  receives it;
* the speaker of a parliamentary group ("l'oratrice du groupe X") is a member of the
  parliament the article names;
* a possessive title ("par la voix de son ministre X") belongs to the state subject of its
  own clause before a body named in an earlier sentence.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def _country_of(got: dict[str, tuple[object, list[str]]], start: str) -> object:
    name = next(n for n in got if n.startswith(start))
    return got[name][0]


def test_a_bare_title_takes_the_country_of_the_description_it_takes_up() -> None:
    got = _actors(
        "Le Népal a protesté auprès du Bhoutan. Un conseiller du gouvernement du Bhoutan "
        "avait publié une carte contestée. Le conseiller, Dorji Wangmo, a retiré sa "
        "publication lundi."
    )
    assert _country_of(got, "Dorji Wangmo") == "BT", got


def test_a_description_with_a_nationality_adjective_is_taken_up_too() -> None:
    got = _actors(
        "Le Pérou a convoqué l'ambassadeur chilien. Une diplomate bolivienne en poste à "
        "Lima avait démenti toute implication. La diplomate, Rosa Quispe, a parlé d'une "
        "rumeur."
    )
    assert _country_of(got, "Rosa Quispe") == "BO", got


def test_every_name_after_a_plural_nationality_noun_is_of_that_nationality() -> None:
    got = _actors(
        "Les trois Néerlandais Pieter Blom, Jan Visser et Anke de Wit, retenus au Venezuela, "
        "ont été libérés jeudi."
    )
    assert [_country_of(got, n) for n in ("Pieter", "Jan", "Anke")] == ["NL"] * 3, got
    got = _actors("Deux Suédois, Lars Berg et Nils Holm, ont été arrêtés mardi par la Russie.")
    assert [_country_of(got, n) for n in ("Lars", "Nils")] == ["SE", "SE"], got


def test_a_singular_nationality_noun_is_of_the_first_name_only() -> None:
    got = _actors(
        "La Suédoise Greta Lind et Pablo Ruiz, un Chilien, ont été expulsés mardi par Caracas."
    )
    assert _country_of(got, "Greta") == "SE", got
    assert _country_of(got, "Pablo") == "CL", got


def test_where_a_person_is_held_or_exiled_is_not_their_country() -> None:
    got = _actors("Le Danemark a salué la libération de Søren Holt, détenu en Iran depuis 2021.")
    assert _country_of(got, "Søren") == "DK", got
    got = _actors(
        "Le Gabon a convoqué l'ambassadeur de Belgique. Paul Nzé, figure de l'opposition "
        "gabonaise en exil à Bruxelles, a dénoncé une manoeuvre."
    )
    assert _country_of(got, "Paul Nzé") == "GA", got
    got = _actors(
        "Le Togo a rappelé son ambassadeur à Accra. Kossi Amegah, réfugié au Ghana depuis "
        "2019, dénonce le pouvoir."
    )
    assert _country_of(got, "Kossi") == "TG", got


def test_a_posted_ambassador_keeps_the_sending_state() -> None:
    got = _actors(
        "Le Burkina a rappelé son ambassadeur. La Côte d'Ivoire a reçu l'ambassadeur du "
        "Ghana à Abidjan, Kwame Boateng."
    )
    assert _country_of(got, "Kwame") == "GH", got


def test_a_fronted_visit_phrase_is_the_visit_of_the_person_after_its_comma() -> None:
    got = _actors(
        "Le Botswana et la Namibie ont signé un accord. En visite à Gaborone, le ministre "
        "des Affaires étrangères Peya Mushelenga a été reçu par le président botswanais."
    )
    assert _country_of(got, "Peya") == "NA", got


def test_a_visit_phrase_inside_a_clause_names_no_fronted_visitor() -> None:
    got = _actors(
        "Le Botswana et la Namibie ont signé un accord. Le président botswanais, en visite à "
        "Windhoek, a salué Peya Mushelenga, le ministre des Affaires étrangères."
    )
    assert _country_of(got, "Peya") == "NA", got


def test_a_visit_told_after_the_person_does_not_make_them_the_hosts_official() -> None:
    got = _actors(
        "Le Népal a protesté auprès du Bhoutan contre une carte. « Nous avons protesté "
        "fermement », a déclaré Ram Karki, porte-parole du ministère. Le secrétaire aux "
        "Affaires étrangères, Hari Thapa, avait effectué une visite à Thimphou en mai."
    )
    assert _country_of(got, "Ram Karki") == "NP", got


def test_the_leader_of_a_delegation_marked_with_a_nationality_is_of_it() -> None:
    got = _actors(
        "Le président zambien a reçu mardi à Lusaka une délégation malawite conduite par le "
        "ministre des Affaires étrangères, Chikondi Banda."
    )
    assert _country_of(got, "Chikondi") == "MW", got
    got = _actors(
        "Le Laos a accusé le Vietnam devant l'ONU. La réplique vietnamienne, portée par le "
        "vice-ministre Tran Van Long, a été ferme."
    )
    assert _country_of(got, "Tran") == "VN", got


def test_a_side_frame_opening_the_sentence_gives_its_country() -> None:
    got = _actors(
        "Le Laos a accusé le Vietnam devant l'ONU. Côté vietnamien, le ministre des Affaires "
        "étrangères Tran Van Long a répondu vivement."
    )
    assert _country_of(got, "Tran") == "VN", got
    got = _actors(
        "Le Laos a accusé le Vietnam devant l'ONU. Du côté de Hanoï, le ministre des "
        "Affaires étrangères Tran Van Long a répondu vivement."
    )
    assert _country_of(got, "Tran") == "VN", got


def test_the_host_who_receives_a_delegation_is_not_of_it() -> None:
    got = _actors(
        "La Zambie et le Malawi ont signé un accord. La délégation malawite, reçue par le "
        "ministre zambien Mwila Phiri, a visité Lusaka."
    )
    assert _country_of(got, "Mwila") == "ZM", got


def test_the_speaker_of_a_parliamentary_group_sits_in_the_parliament_named() -> None:
    got = _actors(
        "Le Parlement portugais a rejeté une motion contre l'Angola. L'oratrice du groupe "
        "« Avante », Inês Moura, a défendu le dialogue avec Luanda."
    )
    assert _country_of(got, "Inês") == "PT", got


def test_a_possessive_title_belongs_to_the_state_subject_of_its_clause() -> None:
    got = _actors(
        "Le Laos a accusé le Vietnam devant l'ONU. Le Vietnam a répondu par la voix de son "
        "ministre des Affaires étrangères, Tran Van Long."
    )
    assert _country_of(got, "Tran") == "VN", got
    got = _actors(
        "Le Laos a accusé le Vietnam devant l'ONU. Hanoï a répondu mardi par la voix de son "
        "vice-ministre, Pham Quang Hieu."
    )
    assert _country_of(got, "Pham") == "VN", got
