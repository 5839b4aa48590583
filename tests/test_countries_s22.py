"""Round 18 (session 22) rules of actor countries, on invented snippets.

* a counterpart holds its owner's office, and the owner is not of the counterpart's state
  ("A a reçu son homologue français B. ... le ministre français": B's, and A is no Frenchman);
* a person named in a description's own sentence, by a short name too ("M. X a dit avoir
  rencontré le ministre rwandais"), is someone else than the description's holder;
* the host who receives or summons an envoy of a stated state is not of that state;
* a title of one state's office ("le pape", "le nonce apostolique") states that state;
* the G8 is an international group.
"""

from __future__ import annotations

from tests.helpers import actors_with_roles as _actors


def test_the_owner_of_a_stated_counterpart_is_of_another_state() -> None:
    got = _actors(
        "Le ministre de la Pêche, Karim Benali, a dîné lundi soir à Lisbonne avec son "
        "homologue portugais, M. Paulo Duarte. Les deux hommes ont parlé de quotas. Au sortir "
        "du dîner, le ministre portugais de la Pêche a salué les réformes du Maroc."
    )
    assert got["Karim Benali"][0] != "PT", got
    assert got["Paulo Duarte"][0] == "PT", got
    assert any("ministre portugais" in r for r in got["Paulo Duarte"][1]), got
    assert not any("portugais" in r for r in got["Karim Benali"][1]), got


def test_a_description_met_by_a_person_named_in_its_sentence_is_someone_else() -> None:
    got = _actors(
        "Le ministre de la Santé, Jean Kaboya, a réuni jeudi les médecins de Gitega. M. Kaboya "
        "a dit qu'il avait vu le ministre rwandais de la Santé au poste-frontière en 2021. Le "
        "Burundi veut travailler avec le Rwanda."
    )
    assert got["Jean Kaboya"][0] == "BI", got
    assert got["ministre rwandais de la Santé"][0] == "RW", got


def test_a_description_in_a_complement_may_take_up_a_person_of_its_sentence() -> None:
    """Only a subject named in the sentence is someone else for an unnamed office holder:
    the president named in a complement is the one the later title takes up."""
    got = _actors(
        "Le ministre Farid Lamine est arrivé à Tunis en qualité d'envoyé du président de la "
        "République, Karim Saadi, et a remis au chef de l'État tunisien un message du "
        "président algérien."
    )
    assert "président algérien" not in got, got


def test_the_host_of_an_envoy_is_not_of_the_envoy_state() -> None:
    got = _actors(
        "La ministre des Relations extérieures, Leila Toumi, a reçu l'ambassadeur d'Espagne. "
        "Elle lui a dit tout le mécontentement de l'Algérie."
    )
    assert got["Leila Toumi"][0] == "DZ", got


def test_a_posted_envoy_received_says_nothing_of_the_host() -> None:
    """ "a reçu l'ambassadeur de France au Niger" may be a state's own envoy at home; a
    summons with a posting still is a foreign envoy's."""
    from analysis.extract.actors.envoys import received_envoys
    from analysis.extract.actors.finder import Finder
    from analysis.extract.actors.text import Text
    from tests.helpers import parse_snippet

    def host(text: str, name: str) -> str | None:
        article, doc = parse_snippet(text)
        t = Text.build(article, doc)
        f = Finder(t)
        return received_envoys(t, lambda i, j: f.country_inside(i, j)[0], text.index(name))

    assert host("Le président Paul Marin a reçu l'ambassadeur de France au Niger.", "Paul") is None
    summons = "La ministre Awa Sarr a convoqué l'ambassadeur de France au Sénégal."
    assert host(summons, "Awa") == "FR"


def test_titles_of_one_state_state_it() -> None:
    got = _actors(
        "Le Nicaragua a expulsé le nonce apostolique au Nicaragua, Mgr Luigi Bianchi. "
        "Le pape Léon a regretté cette décision."
    )
    assert got["Mgr Luigi Bianchi"][0] == "VA", got
    assert got["Léon"][0] == "VA", got


def test_the_g8_is_international() -> None:
    got = _actors(
        "Les dirigeants se retrouvent à Tokyo pour le sommet du G8. Les membres du G8 ont "
        "appelé Pyongyang au calme."
    )
    assert got["G8"][0] is None, got
