"""Roles read from French syntax (issue 15, round 4), each rule on invented snippets.

The rules follow the structure of the noun phrase around a name, never an article's names:
a title after "selon" in apposition, an apposition opened by an age or by "en sa qualité
de", a capitalised multi-word title glued to a name by the entity tagger.
"""

from __future__ import annotations

from tests.helpers import actor_row as _row
from tests.helpers import actors_only as _analyse


def _roles(tables: dict, name: str) -> list[str]:
    return [r for r in _row(tables, name)["roles"].split("; ") if r]


def test_a_title_after_selon_is_the_apposition_of_a_name_between_commas():
    """ "Selon le porte-parole du gouvernement, X, ...": the name closed by a comma is the
    title's apposition (the source is the person); a name followed by its verb is the
    subject of a new clause, and takes no title."""
    t = _analyse("Selon le porte-parole du gouvernement, Ali Hassan, le Soudan n'a rien à cacher.")
    assert "porte-parole du gouvernement" in _roles(t, "Ali Hassan")
    t = _analyse(
        "Selon la ministre française des Armées, Claire Dubois, Paris retirera ses troupes."
    )
    assert "ministre française des Armées" in _roles(t, "Claire Dubois")
    assert _row(t, "Claire Dubois")["country"] == "FR"
    t = _analyse("Selon le ministre, Ali Hassan a menti aux enquêteurs.")
    assert _roles(t, "Ali Hassan") == []


def test_an_apposition_after_an_age_or_an_introducer():
    """ "X, 71 ans, président de ...", "X, qui est le ministre ...", "X, en sa qualité de
    ...": the role follows the age between commas or the words that introduce it; a
    relative clause with a verb is no role."""
    t = _analyse(
        "Koffi Yao, 71 ans, président de la Côte d'Ivoire depuis 2011, a reçu Kwame Mensah."
    )
    assert _roles(t, "Koffi Yao") == ["président de la Côte d'Ivoire"]
    assert _row(t, "Koffi Yao")["country"] == "CI"
    t = _analyse("Kwame Mensah, qui est le ministre ghanéen de la Santé, a visité Lomé.")
    assert _roles(t, "Kwame Mensah") == ["ministre ghanéen de la Santé"]
    assert _row(t, "Kwame Mensah")["country"] == "GH"
    t = _analyse(
        "Oumar Traoré, en sa qualité de président en exercice de la Cédéao, a convoqué un sommet."
    )
    assert _roles(t, "Oumar Traoré") == ["président en exercice de la Cédéao"]
    t = _analyse("Kwame Mensah, qui est arrivé lundi, a visité Lomé.")
    assert _roles(t, "Kwame Mensah") == []


def test_a_capitalised_title_of_several_words_is_no_part_of_the_name():
    """ "Le Premier ministre X Y" is often tagged as one entity: the courtesy capital of a
    title of several words does not make it a name; the person is X Y, titled."""
    t = _analyse("Le Premier ministre Ahmed Benali a réuni son gouvernement à Alger lundi.")
    assert _roles(t, "Ahmed Benali") == ["Premier ministre"]
    t = _analyse("La Première ministre Awa Diallo a présenté sa démission au président.")
    assert _roles(t, "Awa Diallo") == ["Première ministre"]
    t = _analyse("Le Secrétaire général Pedro Alves a appelé au calme.")
    assert _roles(t, "Pedro Alves") == ["Secrétaire général"]


def test_a_plural_title_shared_over_adjectives_glued_to_names():
    """ "les présidents ivoirien A et ghanéen B": each name takes the title in the
    singular with its own adjective, and the country the adjective names; without
    adjectives no country is shared out."""
    t = _analyse("Les présidents ivoirien Koffi Yao et ghanéen Kwame Mensah se sont vus à Accra.")
    assert _roles(t, "Koffi Yao") == ["président ivoirien"]
    assert _roles(t, "Kwame Mensah") == ["président ghanéen"]
    assert (_row(t, "Koffi Yao")["country"], _row(t, "Kwame Mensah")["country"]) == ("CI", "GH")
    t = _analyse("Lundi, les ministres sénégalais Awa Diallo et malien Oumar Traoré ont signé.")
    assert _roles(t, "Oumar Traoré") == ["ministre malien"]
    assert _row(t, "Awa Diallo")["country"] == "SN"


def test_a_bare_title_refers_to_the_person_just_named():
    """ "..., a déclaré X. Selon le chef de l'État, ...": a governmental title without
    nationality that nobody's stated titles claim is the person named last, in its
    sentence or the one before; not one whose title names another office."""
    t = _analyse(
        "Il a eu un long entretien avec Paul Lemaire. Les échanges ont été francs, selon le "
        "chef de l'État."
    )
    assert "chef de l'État" in _roles(t, "Paul Lemaire")
    t = _analyse(
        "Le ministre Paul Lemaire a reçu les syndicats. Le Premier ministre doit ensuite "
        "rencontrer les patrons."
    )
    assert _roles(t, "Paul Lemaire") == ["ministre"]


def test_a_nationality_noun_on_the_name_states_the_person_country():
    """ "Le Ghanéen X ... le président togolais": the nationality written on the name is
    stated, so a description of another nationality is someone else."""
    t = _analyse(
        "Le Ghanéen Kwame Mensah a remporté la course. Il a été reçu à Lomé par le président "
        "togolais."
    )
    assert _row(t, "Kwame Mensah")["country"] == "GH"
    assert _roles(t, "Kwame Mensah") == []


def test_a_title_then_the_name_with_its_own_title_between_commas():
    """ "Le président de la Transition, le colonel X, ...": the name between commas is in
    apposition to the first title too; its country comes from either."""
    t = _analyse(
        "Le président de la Transition, le colonel Assimi Keita, a reçu l'envoyé de l'ONU."
    )
    assert _roles(t, "Assimi Keita") == ["président de la Transition", "colonel"]
    t = _analyse("Le chef d'état-major des armées tchadiennes, le général Idriss Mahamat, a parlé.")
    assert "chef d'état-major des armées tchadiennes" in _roles(t, "Idriss Mahamat")
    assert _row(t, "Idriss Mahamat")["country"] == "TD"
    t = _analyse("Après avoir salué la foule, le général Idriss Mahamat a quitté la ville.")
    assert _roles(t, "Idriss Mahamat") == ["général"]


def test_a_country_complementing_a_title_is_no_part_of_the_name():
    """ "le roi de Jordanie X Y" tagged as one name: the person is X Y, the country is
    their title's complement (and their country)."""
    t = _analyse("Le roi de Jordanie Hussein Talal a reçu lundi le président égyptien.")
    assert _roles(t, "Hussein Talal") == ["roi de Jordanie"]
    assert _row(t, "Hussein Talal")["country"] == "JO"


def test_a_day_or_a_month_opening_a_sentence_is_no_actor():
    """ "Mardi, le président ..." : spaCy may tag the capitalised day as an organisation."""
    t = _analyse("Mardi, le président sénégalais Amadou Ndiaye a reçu son homologue malien.")
    assert list(t["actors"]["name"]) == ["Amadou Ndiaye"]
    t = _analyse("Novembre a été marqué par la visite du ministre ivoirien Koffi Yao à Dakar.")
    assert "Novembre" not in list(t["actors"]["name"])


def test_two_coordinated_titles_before_a_name():
    """ "l'actuel ministre de la Défense et futur président, X": both titles are X's."""
    t = _analyse(
        "La visite de l'actuel ministre indonésien de la Défense et futur président, Budi "
        "Santoso, a été saluée."
    )
    assert _roles(t, "Budi Santoso") == [
        "actuel ministre indonésien de la Défense",
        "futur président",
    ]
    assert _row(t, "Budi Santoso")["country"] == "ID"


def test_a_title_goes_on_over_a_la():
    """ "le secrétaire à la Sécurité intérieure des États-Unis, X": "à la" inside a title
    (an office's portfolio) does not end it; a verb before it still does."""
    t = _analyse(
        "Le secrétaire à la Sécurité intérieure des États-Unis, John Parker, a démissionné."
    )
    assert _roles(t, "John Parker") == ["secrétaire à la Sécurité intérieure des États-Unis"]
    assert _row(t, "John Parker")["country"] == "US"
    t = _analyse("Le président a rendu hommage à la ministre Awa Diallo lundi.")
    assert _roles(t, "Awa Diallo") == ["ministre"]


def test_a_portfolio_and_its_country_after_a_title_are_no_body():
    """ "la secrétaire des Affaires étrangères du Mexique, X": the capitalised portfolio and
    the country complement a title; the tagger's span over them makes no organisation.
    "le ministère des Affaires étrangères du Mexique" stays a body (no title before it)."""
    from analysis.extract.actors.finder import Finder
    from analysis.extract.actors.rules.classify import not_a_name
    from analysis.extract.actors.rules.known import scan_gazetteer
    from analysis.extract.actors.text import Text
    from tests.helpers import parse_snippet

    def portfolio_is_name(text: str) -> bool:
        article, doc = parse_snippet(" date 2022-05-10 " + text, None)
        f = Finder(Text.build(article, doc))
        scan_gazetteer(f)  # phase 0: the gazetteer phrases the rule reads
        keys = [f.t.key(k) for k in range(len(f.t.ws))]
        i, j = keys.index("affaires"), keys.index("mexique") + 1
        return not not_a_name(f, i, j, keys[i:j])

    assert not portfolio_is_name(
        "La secrétaire des Affaires étrangères du Mexique, Ana Torres, a parlé."
    )
    assert portfolio_is_name("Le ministère des Affaires étrangères du Mexique a protesté.")


def _single_word_person(text: str, word: str) -> bool:
    """Whether the person rule keeps ``word`` of ``text`` (tagged PER) as a person."""
    from analysis.extract.actors.finder import Finder
    from analysis.extract.actors.rules.classify import Name, add_person
    from analysis.extract.actors.rules.known import scan_gazetteer
    from analysis.extract.actors.text import Text
    from tests.helpers import parse_snippet

    article, doc = parse_snippet(" date 2022-05-10 " + text, None)
    f = Finder(Text.build(article, doc))
    scan_gazetteer(f)
    keys = [f.t.key(k) for k in range(len(f.t.ws))]
    i = keys.index(word)
    add_person(f, Name(i, i + 1, "PER", [word], f.cue_before(i), None), "person")
    return any(m.type == "person" for m in f.mentions)


def test_a_single_word_where_things_happen_is_no_person():
    """ "dans le district de X", "à X": a single capitalised word tagged as a person after a
    place preposition or a geographic noun is a place; after a title it is a person."""
    assert not _single_word_person("Dix soldats sont morts dans le district de Tariq.", "tariq")
    assert not _single_word_person("L'attaque contre un poste à Omar a fait dix morts.", "omar")
    assert _single_word_person("Le ministre a reçu le porte-parole Omar mardi.", "omar")


def test_a_name_after_a_portfolio_is_the_title_holder():
    """ "le ministre togolais des Affaires étrangères X Y": an unfamiliar name may be tagged
    together with the portfolio before it; the portfolio ends the title, the capitalised
    words after it are the person holding it."""
    t = _analyse("Le ministre togolais des Affaires étrangères Kodjo Agbeyome a été reçu lundi.")
    assert _roles(t, "Kodjo Agbeyome") == ["ministre togolais des Affaires étrangères"]
    assert _row(t, "Kodjo Agbeyome")["country"] == "TG"
    t = _analyse("Le ministre des Affaires étrangères du Bénin, Jean Houngbo, a été reçu.")
    assert list(t["actors"]["name"]) == ["Bénin", "Jean Houngbo"]


def test_a_plural_title_before_coordinated_names():
    """ "les présidents A et B": each name holds the title in the singular; "les
    présidents ivoirien et ghanéen, A et B": the adjectives go to the names in order."""
    t = _analyse("Les ministres Awa Diallo et Oumar Traoré ont signé un accord de défense.")
    assert _roles(t, "Awa Diallo") == ["ministre"]
    assert _roles(t, "Oumar Traoré") == ["ministre"]
    t = _analyse(
        "La rencontre entre les présidents ivoirien et ghanéen, Koffi Yao et Kwame Mensah, a "
        "eu lieu à Accra."
    )
    assert _roles(t, "Koffi Yao") == ["président ivoirien"]
    assert _roles(t, "Kwame Mensah") == ["président ghanéen"]
    assert (_row(t, "Koffi Yao")["country"], _row(t, "Kwame Mensah")["country"]) == ("CI", "GH")
    t = _analyse("Koffi Yao et Kwame Mensah se sont rencontrés à Accra avec les ambassadeurs.")
    assert _roles(t, "Koffi Yao") == [] and _roles(t, "Kwame Mensah") == []
    t = _analyse("« Nous avons parlé de tout », confie aux journalistes Koffi Yao à Accra.")
    assert _roles(t, "Koffi Yao") == []  # the object, then the inverted subject
