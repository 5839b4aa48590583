"""Quote speakers, fourth round (issue 15): reported speech and speakers by French syntax
(apposed participles, written-out locutions, incises inside a sentence, "pour X," framing,
"par la voix de", a lead quotation and the sentence after it, titles read back to a person).
Each rule on invented snippets, never on sentences from real articles, never with real names."""

from __future__ import annotations

from tests.test_quotes_real import quotes, speaker_of


def _texts(text: str) -> list[str]:
    return list(quotes(text)["text"])


# ---- an apposed present participle speaks with the subject of its clause


def test_a_participle_after_a_comma_reports_the_main_subject():
    text = (
        "Le ministre de la Défense Paul Marnier a souligné l'importance de la coopération "
        "militaire, précisant que des exercices conjoints auraient lieu en mai."
    )
    assert speaker_of(text, "exercices conjoints") == "Paul Marnier"
    text = (
        "La ministre Anna Berg a reçu son homologue mardi, soulignant qu'il s'agissait de "
        "« la première visite depuis dix ans »."
    )
    assert speaker_of(text, "première visite depuis") == "Anna Berg"
    text = "Les médias chiliens ont relayé ces propos, en les qualifiant d'« inacceptables »."
    assert speaker_of(text, "inacceptables") == "médias chiliens"


def test_a_participle_without_speech_is_no_claim():
    text = "Les manifestants ont défilé devant l'ambassade, scandant des slogans hostiles."
    assert _texts(text) == []


# ---- a locution written out, an addressee or "le fait" before the "que"


def test_que_after_a_written_out_locution_or_an_addressee():
    text = "Paul Marnier a fait savoir à son homologue que le Chili devait retirer ses troupes."
    assert speaker_of(text, "retirer ses troupes") == "Paul Marnier"
    text = "Anna Berg a assuré à Karl Vest que le Pérou tiendrait parole."
    assert speaker_of(text, "tiendrait parole") == "Anna Berg"
    text = "Marc Olsen a insisté sur le fait que la paix était la priorité."
    assert speaker_of(text, "paix était la priorité") == "Marc Olsen"


def test_a_relative_que_after_an_ordinary_noun_is_no_claim():
    text = "Anna Berg a réagi aux mesures qu'a prises le gouvernement."
    assert not any("prises le gouvernement" in t for t in _texts(text))


# ---- an incise inside the sentence


def test_an_incise_inside_a_sentence_reports_the_words_after_it():
    text = (
        "Le président Marc Olsen a salué l'accord. L'accord, a-t-il déclaré, ouvre une "
        "nouvelle ère pour le Chili."
    )
    assert speaker_of(text, "nouvelle ère") == "Marc Olsen"
    text = "Les relations, estime le président Marc Olsen, sont excellentes depuis 2019."
    assert speaker_of(text, "excellentes depuis") == "Marc Olsen"
    text = "Anna Berg a salué ce partenariat qui correspond, a-t-elle dit, à des intérêts partagés."
    assert speaker_of(text, "intérêts partagés") == "Anna Berg"


def test_a_subject_with_its_apposition_is_still_a_subject():
    text = "Marc Olsen, président du Chili, a déclaré que la paix était proche."
    assert speaker_of(text, "paix était proche") == "Marc Olsen"


# ---- "pour X," framing with a titled person


def test_pour_a_titled_person_frames_an_opinion():
    text = "Pour le président Marc Olsen, cette rencontre ouvre une nouvelle ère."
    assert speaker_of(text, "nouvelle ère") == "Marc Olsen"
    text = "Pour la Première ministre Anna Berg, le sommet doit relancer les échanges."
    assert speaker_of(text, "relancer les échanges") == "Anna Berg"
    text = "Pour le développement du pays, cette rencontre est décisive."
    assert _texts(text) == []


# ---- "par la voix de": the person speaks, not the state


def test_par_la_voix_de_names_the_person_who_speaks():
    text = (
        "Le Chili, par la voix de son ministre des Affaires étrangères Karl Vest, a affirmé "
        "que la coopération serait renforcée."
    )
    assert speaker_of(text, "coopération serait") == "Karl Vest"
    text = (
        "« Nous ne céderons pas », a averti le Pérou par la voix de son Premier ministre "
        "Paul Marnier."
    )
    assert speaker_of(text, "céderons pas") == "Paul Marnier"


# ---- a quotation standing alone, and the sentence after it


def test_a_lead_quotation_is_said_by_the_speaker_of_the_next_sentence():
    text = (
        "Sommet. « Le partenariat avec le Pérou renforcera la région »\n\nLe président chilien "
        "Marc Olsen a déclaré mardi le soutien de son pays au plan de paix."
    )
    assert speaker_of(text, "renforcera la région") == "Marc Olsen"
    text = "« La paix est à portée de main. » Le président Marc Olsen a tenu ces propos lundi."
    assert speaker_of(text, "portée de main") == "Marc Olsen"


def test_a_lead_quotation_before_a_sentence_without_speech_stays_unattributed():
    text = "« La paix est proche. » Le président Marc Olsen est arrivé lundi à Lima."
    assert speaker_of(text, "paix est proche") is None


# ---- titles read back to a person


def test_a_bare_title_prefers_the_subject_of_the_last_sentence():
    text = (
        "Anna Berg a rencontré Paul Marnier lundi à Lima. La ministre a ensuite déclaré que "
        "les discussions avaient été franches."
    )
    assert speaker_of(text, "discussions avaient") == "Anna Berg"
    text = (
        "Le ministre Paul Marnier a reçu Anna Berg lundi à Lima. Le ministre a ensuite déclaré "
        "que les discussions avaient été franches."
    )
    assert speaker_of(text, "discussions avaient") == "Paul Marnier"


def test_titles_in_other_words_name_the_office_holder():
    text = (
        "Le président chilien Marc Olsen a reçu mardi Anna Berg, la ministre péruvienne des "
        "Affaires étrangères. La cheffe de la diplomatie péruvienne a pour sa part affirmé que "
        "son pays était prêt à signer."
    )
    assert speaker_of(text, "prêt à signer") == "Anna Berg"
    text = (
        "Le président chilien Marc Olsen est arrivé à Lima. « C'est un jour historique », a "
        "ajouté le dirigeant chilien."
    )
    assert speaker_of(text, "jour historique") == "Marc Olsen"


# ---- a verb group split by an adverbial locution


def test_a_participle_parted_from_its_auxiliary_keeps_the_subject():
    text = "Marc Olsen avait par la suite qualifié son homologue d'« incompétente »."
    assert speaker_of(text, "incompétente") == "Marc Olsen"
    text = (
        "Le président chilien Marc Olsen a reçu Anna Berg. Le président chilien avait par la "
        "suite qualifié la décision d'« absurde » et de « danger public »."
    )
    assert speaker_of(text, "absurde") == "Marc Olsen"
    assert speaker_of(text, "danger public") == "Marc Olsen"


# ---- a closing "selon X" reports the words of a named speaker


def test_a_closing_selon_gives_way_to_the_subject_of_a_speech_verb():
    text = (
        "Karl Vest a regretté l'incident et a déclaré qu'il transmettrait la protestation à son "
        "gouvernement, selon l'agence de presse chilienne."
    )
    assert speaker_of(text, "transmettrait la protestation") == "Karl Vest"
    text = "Les deux pays vont signer un accord de défense, selon le ministre Karl Vest."
    assert speaker_of(text, "accord de défense") == "Karl Vest"
    text = "Anna Berg a visité l'usine, selon l'agence officielle."
    assert speaker_of(text, "visité l'usine") == "agence officielle"


# ---- the clitic of an incise goes on with the last speaker


def test_an_incise_clitic_is_the_last_speaker_not_a_person_named_as_a_complement():
    text = (
        "Anna Berg est arrivée lundi. Elle a expliqué qu'il y a eu un appel au calme de la "
        "ministre de l'Intérieur Lina Castro. « Nous n'allons prendre aucune mesure », "
        "a-t-elle déclaré."
    )
    assert speaker_of(text, "aucune mesure") == "Anna Berg"
    text = (
        "Paul Marnier a présenté sa vision au ministre Karl Vest. « Nous avançons », a-t-il assuré."
    )
    assert speaker_of(text, "Nous avançons") == "Paul Marnier"


# ---- a title's portfolio must agree


def test_a_title_with_another_portfolio_is_another_person():
    text = (
        "La ministre des Affaires étrangères Anna Berg est à Lima. Elle a salué le travail de "
        "la ministre de l'Intérieur Lina Castro. De même, la ministre des Affaires étrangères a "
        "déclaré qu'elle enverrait un rapport à l'ONU."
    )
    assert speaker_of(text, "enverrait un rapport") == "Anna Berg"


# ---- more reported-speech forms


def test_a_que_after_a_parenthetical_circumstance():
    text = "Marc Olsen a estimé, dans un entretien à la télévision, que la crise était terminée."
    assert speaker_of(text, "crise était terminée") == "Marc Olsen"
    text = "Anna Berg a ajouté, lundi, qu'aucun accord ne serait signé."
    assert speaker_of(text, "aucun accord") == "Anna Berg"


def test_a_speech_verb_with_de_and_an_infinitive():
    text = "Karl Vest a promis de revenir à Lima avant la fin de l'année."
    assert speaker_of(text, "revenir à Lima") == "Karl Vest"
    text = "Marc Olsen a refusé de commenter."
    assert _texts(text) == []


def test_declarer_with_an_object_reports_it_but_not_in_an_incise():
    text = "Le ministre Paul Marnier a déclaré aux journalistes le soutien de son pays au plan."
    assert speaker_of(text, "soutien de son pays") == "Paul Marnier"
    text = (
        "« Nous avons fermé nos frontières », a déclaré devant des journalistes jeudi le "
        "ministre chilien de l'Intérieur, Karl Vest. « Nous avons suspendu les relations », "
        "a-t-il également affirmé."
    )
    assert _texts(text) == ["Nous avons fermé nos frontières", "Nous avons suspendu les relations"]
    assert speaker_of(text, "suspendu les relations") == "Karl Vest"


def test_verbs_of_suggestion_and_their_locutions_introduce_claims():
    text = "Karl Vest a laissé entendre que d'autres sanctions suivraient."
    assert speaker_of(text, "autres sanctions") == "Karl Vest"
    text = "Anna Berg a fait remarquer que rien n'était signé."
    assert speaker_of(text, "rien n'était signé") == "Anna Berg"
    text = (
        "« Nous n'avons pas confiance », a de son côté fait valoir le ministère chilien des "
        "Affaires étrangères, suggérant que les diplomates avaient été rappelés."
    )
    assert speaker_of(text, "avaient été rappelés") == "ministère chilien des Affaires étrangères"
    text = "Le rapport suggère une hausse des échanges."
    assert _texts(text) == []


def test_a_purpose_infinitive_hung_on_an_object_speaks_for_the_main_subject():
    text = (
        "Le ministère chilien des Affaires étrangères a convoqué lundi l'ambassadeur péruvien "
        "pour protester contre l'« agression » de son consulat."
    )
    assert speaker_of(text, "agression") == "ministère chilien des Affaires étrangères"
    text = "Anna Berg a reçu les élèves pour leur expliquer que « l'école est un droit »."
    assert speaker_of(text, "école est un droit") == "Anna Berg"
