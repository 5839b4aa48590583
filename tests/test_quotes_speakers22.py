"""Quote speakers and reported claims (round 18, session 22): a state voicing a position inside
a person's "que" clause, an object claim followed by a coordinated verb, an incise pronoun going
on from the incise of the sentence before. Invented snippets and names only."""

from __future__ import annotations

from tests.helpers import quotes_of, speaker_of


def test_state_voicing_inside_a_persons_completive_is_the_reporters_word():
    text = (
        "Le président letton Aivar Kalnes a affirmé que la Lettonie et le Chili ont affiché "
        "leur volonté de bâtir un partenariat « sans équivalent » dans la région."
    )
    assert speaker_of(text, "sans équivalent") == "Aivar Kalnes"


def test_state_voicing_on_its_own_keeps_its_words():
    text = "La Lettonie a fait part de sa « vive inquiétude » face aux manœuvres navales."
    assert speaker_of(text, "vive inquiétude") == "Lettonie"


def test_object_claim_ends_before_a_coordinated_participle():
    text = (
        "Au cours de l'audience, le ministre letton Aivar Kalnes a réaffirmé la neutralité de "
        "la Lettonie et rejeté fermement les reproches de ses voisins du sud."
    )
    q = quotes_of(text)
    claims = q[q["cue"] == "réaffirmer"]
    assert list(claims["text"]) == ["la neutralité de la Lettonie"]


def test_object_claim_ends_before_a_coordinated_finite_verb():
    text = (
        "Le ministre letton Aivar Kalnes a exprimé sa reconnaissance envers les médiateurs et a "
        "insisté sur le calendrier du retrait des troupes."
    )
    q = quotes_of(text)
    claims = q[q["cue"] == "exprimer"]
    assert list(claims["text"]) == ["sa reconnaissance envers les médiateurs"]


def test_incise_pronoun_goes_on_from_the_communique_of_the_sentence_before():
    text = (
        "Le ministre letton Aivar Kalnes partira jeudi pour Vilnius, a dit une source proche "
        "du gouvernement. « Ce voyage doit apaiser les esprits », dit le communiqué du "
        "ministère letton des Affaires étrangères. « Il suit de peu un sommet régional », "
        "ajoute-t-il."
    )
    assert speaker_of(text, "sommet régional") == "ministère letton des Affaires étrangères"


def test_incise_pronoun_of_the_other_gender_does_not_go_on():
    # "la note" is feminine: "il" is not the note's issuer but the minister named before
    text = (
        "Le ministre letton Aivar Kalnes partira jeudi pour Vilnius. « Ce voyage doit apaiser "
        "les esprits », indique la note du ministère letton des Affaires étrangères. « Il suit "
        "de peu un sommet régional », ajoute-t-il."
    )
    assert speaker_of(text, "sommet régional") == "Aivar Kalnes"


def test_enumerer_is_a_verb_of_saying_in_an_incise():
    text = "« Le pont, la route, le port », a énuméré le ministre Aivar Kalnes."
    assert speaker_of(text, "la route") == "Aivar Kalnes"


def test_document_read_by_on_speaks_for_the_clause_above_a_participle():
    # "suivant" is a participle with no subject of its own: the clause's subject is above it
    text = (
        "Le Chili accorde « trois semaines » suivant la remise de cette lettre pour « le départ "
        "des conseillers militaires lettons basés à Santiago », peut-on lire dans le document "
        "transmis à Riga."
    )
    assert speaker_of(text, "conseillers militaires") == "Chili"


def test_inverted_subject_ends_before_a_gerund():
    # the colleague named in the gerund's phrase is not the one speaking
    text = (
        "La ministre lettonne des Affaires étrangères, Ilze Varna, a défendu sa politique. "
        "« Nous avons refusé des visas et convoqué l'ambassadeur », a déclaré la ministre en "
        "posant près de son collègue Aivar Kalnes, aux Finances."
    )
    assert speaker_of(text, "refusé des visas") == "Ilze Varna"
