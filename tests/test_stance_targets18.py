"""Stance targets, session 18: a target phrase runs over the epithets coordinated with its own
("une issue équitable et durable"), over the "à" complement of a noun of content ("un retour
à l'ordre constitutionnel", "le recours à la force"); what a demand asks for may be an issue
naming an actor ("respecter l'intégrité territoriale de Z"), or the act after a purpose
locution ("coopérer en vue de contrecarrer Z"); thwarting is against what is thwarted. Every snippet
is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows, stances


def _targets(text: str, holder: str) -> list[str]:
    st = stances(text)
    mine = st[st["holder"].str.contains(holder, regex=False)]
    return [f"{t} | {x}" for t, x in zip(mine["target"], mine["target_text"], strict=True)]


# ---- coordinated epithets


def test_a_comma_list_of_epithets_stays_in_the_target():
    text = "Le ministre letton a dénoncé des méthodes brutales, illégales et cyniques."
    assert polarity(text, "ministre letton", "cyniques") == -1


def test_quoted_epithets_coordinated_stay_in_the_target():
    text = "Le gouvernement estonien a salué une coopération « fructueuse » et « exemplaire »."
    assert polarity(text, "Estonie", "exemplaire") == 1


def test_another_pair_of_epithets_after_a_support_verb():
    text = "La Lituanie soutient une solution juste et pérenne pour la région."
    assert polarity(text, "Lituanie", "pérenne") == 1


def test_a_coordinated_verb_is_no_epithet():
    text = "Le ministre letton a salué une coopération fructueuse et a remercié son hôte."
    assert any(t.startswith("coopération fructueuse |") for t in _targets(text, "letton"))
    assert not any("remercié" in t for t in _targets(text, "letton"))


# ---- the "à" complement of a noun of content


def test_a_return_demanded_keeps_what_one_returns_to():
    text = "Le bloc régional réclame un retour progressif à la légalité républicaine."
    assert polarity(text, "bloc régional", "légalité républicaine") == 1


def test_a_resort_denounced_keeps_its_means():
    text = "Le Chili a dénoncé le recours à la force contre les manifestants."
    assert polarity(text, "Chili", "recours à la force") == -1


def test_a_right_and_its_object_are_one_target():
    text = "Le Chili soutient le droit du peuple insulaire à l'autodétermination."
    assert polarity(text, "Chili", "autodétermination") == 1


def test_an_a_phrase_naming_a_state_is_no_content():
    text = "Le Chili a réclamé le retour des soldats au Pérou."
    assert not len(rows(text, "Chili", "retour des soldats au"))
    # not a noun of content: the "à" names who is asked
    text = "Le Chili a réclamé des excuses au Pérou."
    assert not len(rows(text, "Chili", "excuses au"))


# ---- an issue naming an actor, asked for


def test_an_integrity_to_respect_is_asked_for_though_it_names_a_state():
    text = "Le Chili a appelé la Bolivie à respecter l'intégrité territoriale du Paraguay."
    assert polarity(text, "Chili", "intégrité territoriale du Paraguay") == 1


def test_a_sovereignty_to_guarantee_or_resolutions_to_apply_are_asked_for():
    text = "L'Islande a exhorté la Norvège à garantir la souveraineté du Danemark."
    assert polarity(text, "Islande", "souveraineté du Danemark") == 1
    assert polarity(text, "Islande", "Norvège") == -1
    text = "L'Islande a exhorté la Norvège à appliquer les résolutions du Conseil de sécurité."
    assert polarity(text, "Islande", "résolutions du Conseil") == 1


def test_a_named_addressee_is_never_the_thing_asked_for():
    text = "Le Chili a exigé du gouvernement bolivien qu'il respecte les accords."
    assert set(rows(text, "Chili", "bolivien")["polarity"]) == {-1}


# ---- purposes and thwarting


def test_the_act_after_a_purpose_locution_is_what_is_asked():
    text = "Le Chili a invité ses voisins à coopérer en vue de contrecarrer les plans du cartel."
    assert polarity(text, "Chili", "plans du cartel") == -1
    assert not len(rows(text, "Chili", "vue"))


def test_working_together_in_order_to_strengthen():
    text = "Le Chili a appelé les deux pays à travailler ensemble afin de renforcer la sécurité."
    assert polarity(text, "Chili", "sécurité") == 1
    assert not len(rows(text, "Chili", "ensemble"))


def test_a_bare_ensemble_is_no_object_but_a_determined_one_is():
    text = "Le Chili a appelé les deux pays à travailler ensemble."
    assert not len(rows(text, "Chili", "ensemble"))
    text = "Le Chili a appelé le Pérou à combattre l'ensemble des groupes armés."
    assert polarity(text, "Chili", "groupes armés") == -1


def test_thwarting_what_is_asked_is_against_it():
    text = "Le Chili a appelé les deux pays à déjouer les plans des trafiquants."
    assert polarity(text, "Chili", "plans des trafiquants") == -1
    text = "Le Chili a invité ses voisins à contrecarrer les manœuvres des passeurs."
    assert polarity(text, "Chili", "manœuvres des passeurs") == -1


def test_thwarting_the_plans_of_a_state_is_against_that_state():
    text = "Le Chili a appelé les pays voisins à contrecarrer la politique de la Bolivie."
    assert polarity(text, "Chili", "Bolivie") == -1


def test_a_blame_asked_for_is_never_support_for_the_blamed():
    text = "Le Chili a appelé l'organisation à condamner les attaques de la Bolivie."
    assert 1 not in set(rows(text, "Chili", "Bolivie")["polarity"])


# ---- locutions of ending


def test_ending_asked_for_is_against_what_is_to_end():
    text = "Les députés ont pressé l'exécutif de mettre fin au chantier du barrage."
    assert polarity(text, "députés", "chantier du barrage") == -1
    assert not len(rows(text, "députés", "fin"))
    text = "Le Chili a demandé au Pérou de mettre un terme aux essais nucléaires."
    assert polarity(text, "Chili", "essais nucléaires") == -1
    assert not len(rows(text, "Chili", "terme"))


def test_a_term_that_is_no_locution_of_ending():
    text = "Le Chili a appelé le Pérou à respecter le terme du mandat."
    assert 1 in set(rows(text, "Chili", "terme")["polarity"])


# ---- the author of a judged thing: the rest of the class of making, saying, doing


def test_the_author_of_a_thing_made_or_signed_is_judged_with_it():
    text = "Le Chili rejette la fausse accusation faite par le gouvernement bolivien."
    assert polarity(text, "Chili", "Bolivie") == -1
    text = "Le Chili a salué l'accord signé par le président péruvien Luis Vega."
    assert polarity(text, "Chili", "Luis Vega") == 1


def test_pressure_exerted_by_someone_is_held_against_them():
    text = "Le Chili a dénoncé les pressions exercées par la Bolivie sur ses voisins."
    assert polarity(text, "Chili", "Bolivie") == -1


def test_no_author_row_under_a_negated_judge():
    text = "Le Chili n'a pas critiqué la déclaration faite par la Bolivie."
    assert not len(rows(text, "Chili", "Bolivie"))
