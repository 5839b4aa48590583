"""Coverage of the stance vocabulary (issue 15, round 4): quarrels, reprimands, disregarded
calls, counter-moves, concern, threats and ultimatums; trust, standing by someone, offering a
hand, converging on something. Every snippet is invented."""

from __future__ import annotations

from tests.test_stance_press import polarity, rows


def test_quarrels_reprimands_and_counter_moves_oppose_their_target():
    assert (
        polarity("Le Pérou s'est querellé avec la Bolivie sur la frontière.", "Pérou", "Bolivie")
        == -1
    )
    assert polarity("Le Japon a réprimandé la Corée du Sud.", "Japon", "Corée") == -1
    text = "Le Chili a riposté aux sanctions imposées par l'Argentine."
    assert polarity(text, "Chili", "sanctions") == -1


def test_disregarding_a_call_opposes_it_but_not_knowing_is_no_stance():
    text = "Le gouvernement colombien a ignoré l'appel du Venezuela au dialogue."
    assert polarity(text, "Colombie", "appel") == -1
    # the author of the call is no co-holder of the disregard ("à l'appel de" only)
    assert rows(text, "Venezuela", "appel").empty
    text = "L'appel du Ghana, ignoré par le Togo, reste sans suite."
    assert polarity(text, "Togo", "appel") == -1
    # a negated opposition verb withholds a judgement: no stance (session 11; it was +1)
    assert rows("Le Togo n'a pas ignoré l'appel du Ghana.", "Togo", "appel").empty
    # "ignorer" as "not to know" takes no stance
    assert rows("Le Malawi ignore encore le bilan des inondations.", "Malawi", "bilan").empty


def test_concern_threats_and_ultimatums_oppose_their_target():
    text = "Le Ghana a exprimé sa préoccupation face à la militarisation de la frontière."
    assert polarity(text, "Ghana", "militarisation") == -1
    assert polarity("Le Chili a proféré des menaces contre le Pérou.", "Chili", "Pérou") == -1
    assert polarity("L'Uruguay a lancé un ultimatum au Paraguay.", "Uruguay", "Paraguay") == -1
    text = "Le Kenya a imposé des sanctions contre la Somalie."
    assert polarity(text, "Kenya", "Somalie") == -1


def test_trust_a_hand_offered_and_standing_by_someone_support_them():
    text = "Le président Karl Mott a exprimé sa confiance envers le Premier ministre Ivo Brun."
    assert polarity(text, "Karl Mott", "Ivo Brun") == 1
    assert polarity("Le Chili a tendu la main au Pérou.", "Chili", "Pérou") == 1
    text = "Le Japon restera toujours aux côtés de la Corée du Sud."
    assert polarity(text, "Japon", "Corée") == 1
    assert polarity("Le Chili ne se tient pas aux côtés du Pérou.", "Chili", "Pérou") == -1
    # being beside someone at a ceremony is no stance
    text = "Le Pérou était aux côtés du président Ivo Brun lors de la cérémonie."
    assert rows(text, "Pérou", "Ivo Brun").empty


def test_converging_on_something_supports_it():
    text = "Le Pérou et la Bolivie ont convergé sur la nécessité d'un cessez-le-feu."
    assert polarity(text, "Pérou", "cessez-le-feu") == 1
    assert polarity(text, "Bolivie", "cessez-le-feu") == 1
    text = "La ministre Ama Owusu s'est dite impressionnée par les réformes du Togo."
    assert polarity(text, "Ama Owusu", "réformes") == 1


def test_a_locution_preposition_is_matched_whole():
    # "aux côtés de" is not any "aux": staying in a country is no stance toward it
    assert rows("Le Japon est resté aux États-Unis pendant trois jours.", "Japon", "États").empty
    assert polarity("Le Chili s'est engagé aux côtés du Pérou.", "Chili", "Pérou") == 1
    assert polarity("Le Chili est du côté du Pérou dans ce litige.", "Chili", "Pérou") == 1


def test_closing_a_border_with_someone_is_a_rupture():
    text = "Le Burundi a fermé sa frontière avec le Rwanda."
    assert polarity(text, "Burundi", "Rwanda") == -1
    text = "« Nous avons fermé nos frontières avec le Rwanda », a déclaré le ministre Paul Ndayi."
    assert polarity(text, "Paul Ndayi", "Rwanda") == -1


def test_you_in_a_quote_is_the_one_the_words_are_addressed_to():
    text = (
        "« Ensemble, nous vous soutiendrons », a déclaré la reine Ana Lopes au président Ivo Brun."
    )
    assert polarity(text, "Ana Lopes", "Ivo Brun") == 1
    text = (
        "Le président chilien Karl Mott est arrivé à Lima. « Je sais pouvoir compter sur vous », "
        "a indiqué le chef de l'État chilien à son homologue Ivo Brun."
    )
    assert polarity(text, "Karl Mott", "Ivo Brun") == 1
    # no addressee named: no target for "vous" (the visit itself is Karl Mott's, toward Lima)
    text = "« Nous vous aiderons », a dit Karl Mott lors de sa visite à Lima."
    spoken = rows(text, "Karl Mott", "")
    assert set(spoken["kind"]) <= {"visit"}
    assert set(spoken["cue"]) <= {"visite"}


def test_se_feliciter_de_supports_the_issue_or_the_clitic_s_issue():
    text = "Le Pérou se félicite de la reprise du dialogue."
    assert polarity(text, "Pérou", "reprise") == 1
    text = "La Bolivie a proposé un accord de paix au Chili. Le Pérou s'en est félicité."
    assert polarity(text, "Pérou", "accord") == 1
    assert polarity("Le Pérou a félicité le Chili pour sa victoire.", "Pérou", "Chili") == 1


def test_regarded_as_a_partner_is_a_relation_and_a_denied_relation_is_none():
    text = "Le Chili est considéré comme un partenaire historique du Pérou."
    assert polarity(text, "Chili", "Pérou") == 1
    text = "Le Kenya est considéré comme un rival de l'Éthiopie."
    assert polarity(text, "Kenya", "Éthiopie") == -1
    # not an ally is not against: no row rather than a doubtful sign
    assert rows("Le Chili n'est pas l'allié du Pérou.", "Chili", "Pérou").empty
    assert rows("Le Chili ne restera pas un partenaire du Pérou.", "Chili", "Pérou").empty
    text = "Le Chili n'est pas considéré comme un allié du Pérou."
    assert rows(text, "Chili", "Pérou").empty


def test_solidarity_commitment_and_friendship_toward_someone_support_them():
    text = "Le Chili a exprimé sa solidarité avec le Pérou."
    assert polarity(text, "Chili", "Pérou") == 1
    text = "Le Chili a réaffirmé son engagement envers le Pérou."
    assert polarity(text, "Chili", "Pérou") == 1
    text = "Le Chili a exprimé son amitié au peuple péruvien."
    assert polarity(text, "Chili", "peuple") == 1
