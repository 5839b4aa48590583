"""Quote speakers, round 17 (session 21): each rule on invented snippets, never on sentences
from real articles, and never with real names."""

from __future__ import annotations

from tests.helpers import speaker_of

# ---- "selon ses termes": the possessive names the speaker, not the last body named

_TERMS = (
    "Le ministre des Affaires étrangères, Karim Selloumi, répondait à une question sur le "
    "report d'une visite du Parlement européen et sur l'accord entre la Numidie et l'Union "
    "européenne (UE).\n\n"
    "« Personne ne nous a consultés sur ce calendrier », a-t-il répondu, précisant que « la "
    "délégation comptait des élus hostiles » et que « ces méthodes sont inadmissibles », selon "
    "ses termes.\n\n"
    "« La Numidie a rappelé l'importance d'un dialogue franc entre les deux rives », a-t-il "
    "souligné."
)


def test_selon_ses_termes_after_an_incise_is_the_incise_speaker():
    assert speaker_of(_TERMS, "ces méthodes sont inadmissibles") == "Karim Selloumi"
    assert speaker_of(_TERMS, "dialogue franc") == "Karim Selloumi"


def test_selon_ses_propos_without_incise_is_the_owner_resolved_like_a_pronoun():
    text = (
        "La porte-parole Irène Vasquez a reçu la presse mardi à Dorvane. Selon ses propos, "
        "« le dossier des frontières reste ouvert et sera rediscuté en mai »."
    )
    assert speaker_of(text, "le dossier des frontières") == "Irène Vasquez"


# ---- a pronoun of an incise goes on with the subject pronoun of the sentence before, even
# when a fronted phrase naming another person opens that sentence

_FRONTED = (
    "La présidente Amina Kovalu est arrivée à Dorvane vers 9 heures. Elle a été saluée à sa "
    "descente d'avion par le Premier ministre Paul Ressam.\n\n"
    "À l'issue d'un long entretien avec Marcel Tondabiye, elle s'est adressée aux journalistes. "
    "« Les échanges "
    "entre nos deux pays doivent grandir. Nous avons parlé du commerce et des routes », "
    "a-t-elle indiqué."
)


def test_incise_pronoun_skips_the_person_of_a_fronted_phrase():
    assert speaker_of(_FRONTED, "Les échanges entre nos deux pays") == "Amina Kovalu"


def test_a_passive_subject_pronoun_carries_its_referent_to_the_next_sentence():
    text = (
        "Le ministre Jonas Ferreira est arrivé lundi à Dorvane. Il a été reçu par la "
        "présidente Lina Otrova. « Nos deux pays veulent avancer ensemble », a-t-il affirmé."
    )
    assert speaker_of(text, "Nos deux pays veulent") == "Jonas Ferreira"


# ---- "le diplomate" refers back to a foreign minister whose recorded role carries a
# nationality adjective ("ministre portugais des Affaires étrangères")


def test_class_title_matches_a_role_with_a_nationality_adjective():
    text = (
        "La dernière sortie de Paul Verdane, ministre portugais des Affaires étrangères, devant "
        "l'assemblée régionale a surpris les observateurs.\n\n"
        "Au lieu de répondre aux critiques de ses voisins, le diplomate a qualifié leur plan de "
        "« chimère dangereuse »."
    )
    assert speaker_of(text, "chimère dangereuse") == "Paul Verdane"


# ---- a detached present participle of saying the tagger read as a noun ("…, avertissant
# qu'…") reports the subject of the verb before its comma


def test_detached_participle_read_as_a_noun_reports_the_main_subject():
    from tests.helpers import quotes_of

    text = (
        "Le ministre ostrien Paul Verdane a reçu la presse à Dorvane.\n\n"
        "Il a dénoncé les incursions répétées dans la vallée, avertissant qu'elles "
        "pourraient déclencher un embrasement régional."
    )
    q = quotes_of(text)
    hit = q[q["text"].str.contains("pourraient déclencher", regex=False)]
    assert len(hit) == 1 and hit.iloc[0]["speaker"] == "Paul Verdane"
