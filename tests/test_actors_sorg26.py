"""Actors, round 22 (session 26): spurious rows. A place the tagger reads as a person ("à Dar
X", "à El Y", "à Ban X Y") is no person; a body named where something happens or within
which it happens ("lors du Forum X", "dans le cadre du Programme Y", "les travaux du
Conseil Z") is an event or a framework, no actor unless it acts elsewhere. Every snippet is
invented."""

from __future__ import annotations

from tests.helpers import actors_only as _analyse


def _names(tables: dict) -> list[str]:
    return list(tables["actors"]["name"])


def test_a_place_name_after_a_venue_preposition_is_no_person():
    t = _analyse(
        "L'envoyé bolivien a été reçu par le Premier ministre, Paulo Mendes à Dar Salama. "
        "Il a ensuite rencontré le président."
    )
    assert "Dar Salama" not in _names(t)
    assert "Paulo Mendes" in _names(t)
    t = _analyse("La présence à El Qassar d'une rébellion armée inquiète le Tchad.")
    assert "El Qassar" not in _names(t)
    t = _analyse("Un incident impliquant des paysans à Ban Nong Khai a blessé des agents.")
    assert "Ban Nong Khai" not in _names(t)


def test_a_person_after_a_place_opener_stays_a_person():
    # a Korean given name, a name told again elsewhere, a title in apposition
    t = _analyse("Le président a rendu hommage à Ban Ki-moon lors de la cérémonie.")
    assert "Ban Ki-moon" in _names(t)
    t = _analyse(
        "Le ministre a parlé à Dar Mentoura pendant une heure. Dar Mentoura a ensuite quitté "
        "la salle sans un mot."
    )
    assert any("Mentoura" in n for n in _names(t))
    t = _analyse("Le Kenya a adressé à El Hamid Korso, ambassadeur du Rwanda, une note.")
    assert any("Korso" in n for n in _names(t))


def test_a_body_named_as_an_event_or_a_framework_is_no_actor():
    t = _analyse(
        "Le président prendra part aux travaux du Forum économique andin de Lima, "
        "prévu du 4 au 7 mai."
    )
    assert "Forum économique andin" not in _names(t)
    t = _analyse(
        "Le chef de l'État avait reçu des hommes d'affaires lors d'un Breakfast Business "
        "Meeting organisé à Port-Louis."
    )
    assert not any("Meeting" in n for n in _names(t))
    t = _analyse(
        "La France agit ici dans le cadre du Programme lacustre des Grands Lacs, a dit le ministre."
    )
    assert not any("Programme" in n for n in _names(t))


def test_a_body_named_as_an_event_that_acts_elsewhere_stays():
    t = _analyse(
        "Le Forum des jeunes leaders a dénoncé la décision du gouvernement. Le ministre "
        "s'est exprimé lors du Forum des jeunes leaders."
    )
    assert "Forum des jeunes leaders" in _names(t)


def test_state_media_and_an_inverted_subject_after_a_compound_tense():
    t = _analyse("Le Pérou soutiendrait le Chili, ont rapporté les médias d'État boliviens.")
    row = t["actors"][t["actors"]["name"] == "médias d'État boliviens"]
    assert len(row) == 1 and row.iloc[0]["country"] == "BO"
    t = _analyse("Un incident survenu lundi a blessé des agents boliviens.")
    assert "agents boliviens" not in _names(t)


def test_a_name_ending_in_media_is_a_medium():
    t = _analyse("Il a tenu ces propos devant les élus, a rapporté Al-Noor Media.")
    row = t["actors"][t["actors"]["name"] == "Al-Noor Media"]
    assert len(row) == 1 and row.iloc[0]["type"] == "media"


def test_a_group_that_says_or_demands_through_a_noun_or_a_relative_acts():
    t = _analyse(
        "Il a estimé que les propos outranciers de personnalités politiques "
        "chiliennes ne changeaient rien."
    )
    assert "personnalités politiques chiliennes" in _names(t)
    t = _analyse("Le ministre a écouté les accusations des manifestants.")
    assert "manifestants" in _names(t)
    t = _analyse("Ce n'est pas suffisant pour les députés belges qui vont exiger un vote.")
    assert "députés belges" in _names(t)


def test_a_group_taken_up_or_only_talked_about_stays_no_actor():
    t = _analyse("Le ministre a parlé du sort des réfugiés syriens.")
    assert "réfugiés syriens" not in _names(t)
    t = _analyse(
        "Le Pérou accuse la Bolivie de ne pas contenir ses rebelles qui menacent la frontière."
    )
    assert "rebelles" not in _names(t)


def test_a_plural_civility_is_no_part_of_a_name():
    t = _analyse(
        "Le chancelier Paul Marin a convoqué l'ambassadeur Kevin Rowe. La note publie les "
        "lettres échangées entre Messieurs Rowe et Marin sur la question."
    )
    assert not any(n.startswith("Messieurs") for n in _names(t))
    assert {"Paul Marin", "Kevin Rowe"} <= set(_names(t))


def test_an_apposition_closed_before_a_compound_tense_is_no_incise():
    t = _analyse("Le Ministre Délégué chargé du Budget, Luc Ndami, a reçu les élus.")
    assert "élus" not in _names(t)
