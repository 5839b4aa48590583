"""A national outlet's own bodies (analysis/extract/actors/countries/outlet.py): a bare
organisation of the outlet's country, and the outlet naming itself, take the state of the
article's country-code domain when that state is the story's protagonist."""

from __future__ import annotations


def _countries(url: str, body: str, source: str = "Gazette Essai") -> dict[str, object]:
    from tests.helpers import run_steps

    text = f'---\ntitle: "Essai"\ndate: 2022-05-10\nsource: "{source}"\nurl: {url}\n---\n\n{body}\n'
    a = run_steps(text, steps=["actors"], publication=None).tables["actors"]
    return dict(zip(a["name"], a["country"], strict=True))


_COURT = (
    "Le Sénégal a signé mardi un accord de pêche avec la Mauritanie. "
    "Le Sénégal a promis de le ratifier avant l'été. "
    "Le texte conclu avec la Mauritanie a été validé jeudi par le Conseil constitutionnel."
)


def test_a_bare_court_of_a_national_outlet_is_of_its_state():
    assert _countries("https://www.gazette-essai.sn/a", _COURT)["Conseil constitutionnel"] == "SN"


def test_a_bare_party_of_a_national_outlet_is_of_its_state():
    body = (
        "Le Bénin a rappelé son ambassadeur au Niger. Le Bénin dénonce une fermeture "
        "de la frontière. Les élus du Parti de l'Essor ont salué la fermeté du gouvernement "
        "face au Niger."
    )
    assert _countries("https://quotidien-essai.bj/x", body)["Parti de l'Essor"] == "BJ"


def test_the_outlet_naming_itself_takes_its_state():
    body = (
        "Le Togo a convoqué l'ambassadeur du Ghana. Le Togo reproche au Ghana des propos "
        "hostiles. Selon des sources diplomatiques consultées par Gazette Essai, la "
        "rencontre a duré une heure."
    )
    assert _countries("https://gazette-essai.tg/x", body)["Gazette Essai"] == "TG"


def test_no_outlet_state_from_a_generic_domain_or_another_protagonist():
    assert _countries("https://www.gazette-essai.com/a", _COURT)["Conseil constitutionnel"] != "SN"
    # the outlet's state is not the story's protagonist: nothing from the domain
    assert _countries("https://www.gazette-essai.ml/a", _COURT)["Conseil constitutionnel"] != "ML"


def test_another_medium_quoted_by_the_outlet_keeps_no_outlet_state():
    body = (
        "Le Togo a convoqué l'ambassadeur du Ghana. Le Togo reproche au Ghana des propos "
        "hostiles, rapporte le quotidien Matin Essai."
    )
    assert _countries("https://gazette-essai.tg/x", body).get("Matin Essai") != "TG"


def test_a_town_of_another_state_frames_the_body():
    body = (
        "La France a appelé au calme après la prise du pouvoir par l'armée au Gabon. "
        "La France suit la situation. À Libreville, la vie reprend. Le Collectif Aube "
        "Nouvelle soutient les militaires."
    )
    got = _countries("https://journal-essai.fr/a", body)
    assert got.get("Collectif Aube Nouvelle") != "FR", got
