"""Quotes (session 28, qspk): constructions of French press style that gave a quotation to
another actor or to no one. Invented snippets, invented names."""

from __future__ import annotations

from tests.helpers import run_steps


def speaker(text: str, fragment: str):
    q = run_steps(text, publication="2024-03-01").tables["quotes"]
    hits = q[q["text"] == fragment]
    if not len(hits):
        hits = q[q["text"].str.contains(fragment, regex=False)]
    assert len(hits), f"no quote with {fragment!r}: {q[['text', 'speaker']].to_dict('records')}"
    return hits.iloc[0]["speaker"]


def test_a_detached_gerund_speaks_for_the_main_subject_not_the_controlled_object():
    # "exhorter Y à négocier afin de …, tout en rappelant que …": the gerund's subject is
    # the main verb's, not the object that controls the infinitive it was hung on
    text = (
        "La présidente Ana Lopes a exhorté le Bénin et le Togo à négocier afin de réduire "
        "les tensions, tout en rappelant que son pays jugeait la médiation « indispensable »."
    )
    assert speaker(text, "indispensable") == "Ana Lopes"


def test_a_detached_gerund_after_a_pronoun_subject():
    text = (
        "Le ministre Paul Ndong a dénoncé des violences. Il a appelé l'Union africaine, l'ONU "
        "et les bailleurs internationaux à intervenir pour calmer la situation, tout en "
        "assurant que le recours aux armes resterait « un dernier recours »."
    )
    assert speaker(text, "dernier recours") == "Paul Ndong"


def test_a_gerund_without_comma_is_left_to_the_infinitive():
    # no comma: the gerund may modify the infinitive ("inviter Y à agir en respectant …");
    # the rule leaves such a clause to the parse (here the main subject either way)
    text = (
        "Le ministre Oskar Brandt a rencontré son homologue. Il a salué « une avancée », "
        "en soulignant que le dialogue était « sincère »."
    )
    assert speaker(text, "sincère") == "Oskar Brandt"


def test_the_author_of_words_heading_the_subject_is_the_pronouns_antecedent():
    # "Le discours de X devant Y a surpris. « … », a-t-il lancé": X, whose words the
    # sentence before was about, not Y, the person named last
    text = (
        "Le chancelier Otto Weber a accueilli le Premier ministre grec, Nikos Petridis. Le "
        "discours du chancelier devant le Premier ministre grec a surpris les diplomates. "
        "« Nous devons rester unis », a-t-il lancé."
    )
    assert speaker(text, "Nous devons rester unis") == "Otto Weber"


def test_the_author_of_remarks_with_a_feminine_pronoun():
    text = (
        "La ministre Clara Vidal a reçu son homologue, Marta Ruiz. Les propos de la ministre "
        "à son homologue espagnole ont été remarqués. « Nous avançons ensemble », "
        "a-t-elle souligné."
    )
    assert speaker(text, "Nous avançons ensemble") == "Clara Vidal"


def test_an_author_of_the_other_gender_leaves_the_pronoun_to_the_other_rules():
    text = (
        "Le président Marco Ferri a reçu la chancelière Helga Brandt. Le discours du président "
        "devant la chancelière a été salué. Elle a ensuite affirmé que l'Europe devait "
        "« rester unie »."
    )
    assert speaker(text, "rester unie") == "Helga Brandt"


def test_a_foreign_body_telling_a_diplomats_admission_has_the_quoted_words():
    # "Selon (un communiqué de) X, Y a « reconnu que … »": the verb of saying is quoted
    # inside X's account of Y, in the third person: X's words, as the reported clause is
    text = (
        "La Croatie a convoqué l'ambassadeur serbe, Goran Ilic. Selon le ministère croate, "
        "le diplomate a « admis une erreur » et présenté ses excuses."
    )
    assert speaker(text, "admis une erreur") == "ministère croate"


def test_a_medium_or_the_speakers_own_presidency_leaves_the_verb_to_its_subject():
    agency = (
        "Selon l'agence Reuters, le ministre Paul Ndong a « dénoncé une provocation » lors de "
        "la réunion."
    )
    assert speaker(agency, "dénoncé une provocation") == "Paul Ndong"
    own = (
        "Selon la présidence nigérienne, le chef de l'État nigérien Moussa Diallo a « salué "
        "l'engagement » de ses partenaires."
    )
    assert speaker(own, "salué l'engagement") == "Moussa Diallo"


def test_a_pronoun_carries_on_the_one_ce_dernier_named():
    # "Ce dernier lui a remis un rapport. Il a déclaré …": il goes on with the subject
    # "ce dernier" (the last one named), which the parser often leaves without a relation
    text = (
        "Le ministre Omar Diallo a rencontré le président de la Commission, Ahmed Sow. Ce "
        "dernier lui a remis un rapport. Il a ensuite déclaré que le document était « une "
        "base solide »."
    )
    assert speaker(text, "une base solide") == "Ahmed Sow"


def test_an_incise_pronoun_carries_on_cette_derniere():
    text = (
        "La ministre Awa Ndiaye a reçu la commissaire européenne Ines Vogt. Cette dernière a "
        "présenté un plan. « Nous voulons aller vite », a-t-elle expliqué."
    )
    assert speaker(text, "Nous voulons aller vite") == "Ines Vogt"
