"""Stance holders and targets, session 17: a good wished to someone is a stance for the
addressee ("souhaiter la bienvenue à Y"), a noun locution is taken whole ("la mise en place
de Y", "une remise en cause de Y"), and every member of a coordinated subject holds a gerund's
stance ("X, Y et Z ont condamné ..., tout en demandant ..."). Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def _targets(text: str, holder: str) -> list[str]:
    st = stances(text)
    mine = st[st["holder"].str.contains(holder, regex=False)]
    return [f"{t} | {x}" for t, x in zip(mine["target"], mine["target_text"], strict=True)]


# ---- goods wished to someone


def test_a_welcome_wished_to_someone_is_for_them():
    text = "Le Premier ministre islandais a souhaité la bienvenue au président finlandais."
    assert polarity(text, "Premier ministre islandais", "finlandais") == 1
    assert not len(rows(text, "Premier ministre islandais", "bienvenue"))


def test_success_or_a_recovery_wished_to_a_named_state_or_person():
    text = "Le roi de Suède a souhaité plein succès au nouveau gouvernement de l'Estonie."
    assert polarity(text, "roi de Suède", "Estonie") == 1
    text = "La ministre portugaise a souhaité un prompt rétablissement au président chilien."
    assert polarity(text, "ministre portugaise", "chilien") == 1


def test_the_addressee_may_come_before_the_good():
    text = "Le chef de l'État a souhaité au Premier ministre letton une pleine réussite."
    assert polarity(text, "chef de l'État", "letton") == 1


def test_an_unnamed_group_of_addressees_is_the_target():
    text = "Le ministre norvégien a souhaité bonne chance aux négociateurs."
    assert polarity(text, "ministre norvégien", "négociateurs") == 1


def test_a_wish_withheld_is_against_the_addressee():
    text = "Le président islandais n'a pas souhaité la bienvenue au ministre danois."
    assert polarity(text, "président islandais", "danois") == -1


def test_no_addressee_for_a_wished_agreement_or_an_oblique_good():
    text = "Le ministre islandais a souhaité un accord rapide avec la Norvège."
    assert polarity(text, "ministre islandais", "accord") == 1
    assert not len(rows(text, "ministre islandais", "Norvège"))
    # "au courage": an oblique, no good wished to the next "à" phrase
    text = "« Je souhaite rendre hommage au courage et à la ténacité des soldats », a dit le roi."
    assert not any(t.startswith("ténacité") for t in _targets(text, "roi"))


# ---- noun locutions taken whole


def test_a_locution_noun_and_its_complement_are_the_target():
    text = "Le ministre chilien a réclamé la mise en œuvre du plan de reconstruction."
    assert polarity(text, "ministre chilien", "reconstruction") == 1
    text = "Le gouvernement péruvien a salué la prise en compte des demandes des pêcheurs."
    assert polarity(text, "Pérou|gouvernement péruvien", "pêcheurs") == 1


def test_a_locution_cut_by_an_adjective_is_rebuilt():
    text = "Le ministre estonien a dénoncé « une remise en cause scandaleuse de l'ordre légal »."
    targets = _targets(text, "ministre estonien")
    assert any("remise en cause scandaleuse de l'ordre légal" in t for t in targets), targets


def test_a_locution_never_stays_its_bare_first_noun():
    text = "Le président uruguayen a demandé la mise à l'écart du commandant putschiste."
    targets = _targets(text, "président uruguayen")
    assert targets and all(not t.startswith("mise |") for t in targets), targets
    assert polarity(text, "président uruguayen", "putschiste") == 1


def test_a_complement_naming_an_actor_is_left_out():
    # the phrase would otherwise read as a stance on that state, which the rule never read
    text = "Le ministre letton a demandé la mise en place d'un comité avec la Lituanie."
    targets = _targets(text, "ministre letton")
    assert any(t.startswith("mise en place") for t in targets), targets
    assert not any("Lituanie" in t for t in targets), targets


def test_a_plain_noun_before_en_is_no_locution():
    text = "Le ministre letton a salué la visite en Estonie de son homologue."
    assert not any("visite en Estonie de son homologue" in t for t in _targets(text, "letton"))


# ---- gerunds of a coordinated subject


def test_every_member_of_a_coordinated_subject_holds_the_gerund():
    text = (
        "Le Chili, le Pérou et la Bolivie ont condamné le putsch tout en demandant la "
        "libération du président."
    )
    for state in ("Chili", "Pérou", "Bolivie"):
        assert polarity(text, state, "libération") == 1


def test_the_gerund_of_a_single_or_plain_subject_is_unchanged():
    text = "Le Chili a dénoncé le blocus tout en réclamant des négociations."
    assert polarity(text, "Chili", "négociations") == 1
    text = "L'Islande et la Norvège ont salué l'accord en appelant au dialogue."
    assert polarity(text, "Islande", "dialogue") == 1
    assert polarity(text, "Norvège", "dialogue") == 1


# ---- "entre X et Y" never cut after X


def test_a_phrase_cut_after_the_first_member_of_entre_runs_to_the_last():
    text = "Le ministre a salué « les liens entre la Norvège et l'Islande »."
    targets = _targets(text, "ministre")
    assert any("entre la Norvège et l'Islande" in t for t in targets), targets
    text = "Le président letton a souhaité doubler les échanges entre Riga et Vilnius."
    assert any("entre Riga et Vilnius" in t for t in _targets(text, "letton"))


def test_three_members_after_entre():
    text = "Le ministre a salué la coopération entre le Chili, le Pérou et la Bolivie."
    assert any("le Chili, le Pérou et la Bolivie" in t for t in _targets(text, "ministre"))


def test_a_verb_after_et_is_no_member():
    text = "Le ministre a salué la coopération entre les deux pays et a appelé au calme."
    targets = _targets(text, "ministre")
    assert not any("a appelé" in t for t in targets), targets


def test_a_plural_first_member_or_a_comma_without_et_is_left_as_it_is():
    text = "Le ministre a salué la coopération entre les deux pays, un an après la crise."
    targets = _targets(text, "ministre")
    assert targets and not any("un an" in t for t in targets), targets
    text = "Le ministre a salué le dialogue entre Riga, un an après la crise."
    assert not any("un an" in t for t in _targets(text, "ministre"))


# ---- a bare pair noun as target


def test_a_bare_pair_target_is_each_member_of_the_pair():
    text = (
        "La Lettonie et la Lituanie se disputent une île. Le ministre estonien a encouragé "
        "les deux pays à reprendre le dialogue."
    )
    assert polarity(text, "ministre estonien", "Lettonie") == 1
    assert polarity(text, "ministre estonien", "Lituanie") == 1
    text = "La Lettonie et la Lituanie ont signé un accord. L'Estonie a félicité ces deux voisins."
    assert polarity(text, "Estonie", "Lettonie") == 1


def test_a_pair_holding_the_holder_or_with_more_words_is_left_as_it_is():
    text = "La Lettonie a reçu la Lituanie. La Lettonie a remercié les deux pays."
    assert not len(rows(text, "Lettonie", "Lettonie"))
    text = (
        "La Lettonie et la Lituanie ont signé un accord. L'Estonie a sanctionné deux "
        "ministres russes, Ivan Petrov et Oleg Orlov."
    )
    assert not any("Lettonie" in t for t in _targets(text, "Estonie"))
