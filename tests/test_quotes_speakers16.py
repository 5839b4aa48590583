"""Quote speakers, session 16: rules about French constructions, each on invented snippets (no
sentence from a real article, no real person's or medium's name), several phrasings and
members of each class, and cases that must not fire."""

from __future__ import annotations

import pytest

from tests.test_quotes_real import quotes, speaker_of
from tests.test_quotes_speakers13 import speaker_of_exact

# ---- verbs whose compound tenses take "être" are active ("X est revenu sur …"): the parser
# reads "est" as a passive auxiliary, which left the subject out


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le président Marc Lenoir est monté au créneau, qualifiant la mesure de « honteuse ».",
            "honteuse",
            "Marc Lenoir",
        ),
        (
            "La ministre Claire Vasseur est revenue mardi sur l'incident, jugeant la réponse "
            "« très insuffisante ».",
            "très insuffisante",
            "Claire Vasseur",
        ),
        (
            "Le sénateur Hugo Ferrand est intervenu jeudi, dénonçant une « dérive autoritaire ».",
            "dérive autoritaire",
            "Hugo Ferrand",
        ),
    ],
)
def test_an_etre_verb_keeps_its_subject(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_true_passive_of_a_speech_verb_is_still_agentless():
    # "a été qualifiée" is a passive: the subject is what is named, never the speaker
    text = "La décision de la commune a été qualifiée de « provocation » lundi."
    assert speaker_of(text, "provocation") != "commune"


# ---- a present participle of saying after a comma speaks for the main subject, even when the
# parser hangs it on the noun before the comma


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Le ministre Marc Lenoir a commenté lundi la rencontre, parlant d'un « simple "
            "malentendu ».",
            "simple malentendu",
            "Marc Lenoir",
        ),
        (
            "La porte-parole Claire Vasseur a évoqué la réunion avec le chargé d'affaires, "
            "parlant de « franchise totale ».",
            "franchise totale",
            "Claire Vasseur",
        ),
        (
            "Le député Hugo Ferrand a critiqué le projet du gouvernement, le qualifiant de "
            "« coûteux ».",
            "coûteux",
            "Hugo Ferrand",
        ),
    ],
)
def test_a_detached_participle_of_saying_speaks_for_the_subject(text, fragment, speaker):
    assert speaker_of(text, fragment) == speaker


def test_a_participle_qualifying_a_text_is_not_detached():
    from analysis.document.nlp import load_model
    from analysis.extract.quotes.detached import detached_on_noun

    nlp = load_model()
    for noun in ("communiqué", "rapport", "déclaration"):
        doc = nlp(f"Le maire a lu le {noun}, dénonçant un « abus ».")
        part = next(t for t in doc if t.text == "dénonçant")
        assert not detached_on_noun(part)  # a text's content, never its reader's words
    doc = nlp("Le maire est revenu sur la rencontre, parlant de « crise ».")
    part = next(t for t in doc if t.text == "parlant")
    assert part.dep_ != "acl" or detached_on_noun(part)


# ---- a detached phrase of manner, state or date between an inverted speech verb and its
# subject ("…, a lâché, furieux, le ministre")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous ne reculerons pas d'un pouce », a lâché, furieux, le ministre Marc Lenoir.",
            "Marc Lenoir",
        ),
        (
            "« Cette décision est injuste », a déclaré, visiblement émue, Claire Vasseur.",
            "Claire Vasseur",
        ),
        (
            "« Il n'y aura pas de sommet », a répété, le 4 juin, le chef du gouvernement Hugo "
            "Ferrand.",
            "Hugo Ferrand",
        ),
        (
            "« Personne ne nous fera taire », a répondu, haussant le ton, la députée Claire "
            "Vasseur.",
            "Claire Vasseur",
        ),
    ],
)
def test_a_detached_phrase_before_the_inverted_subject_is_skipped(text, speaker):
    q = quotes(text)
    assert q.iloc[0]["speaker"] == speaker


def test_a_phrase_with_a_name_is_not_skipped_as_a_state():
    # a phrase naming someone is no detached state: the name inside it never speaks
    for text in (
        "« Nous partirons demain », a dit, furieux de la visite de Marc Lenoir, un témoin.",
        "« Nous partirons demain », a dit, inquiète après l'appel de Claire Vasseur, une élue.",
    ):
        q = quotes(text)
        assert q.iloc[0]["speaker"] not in ("Marc Lenoir", "Claire Vasseur")


# ---- a sentence made only of quoted words (a list of epithets) whose next sentence has its
# subject choose words "pour qualifier / décrire …": that subject's words


@pytest.mark.parametrize(
    ("text", "fragments", "speaker"),
    [
        (
            "« Honteuse », « injuste », « indigne »… Claire Vasseur n'a pas assez de mots "
            "pour qualifier la décision du gouvernement voisin. Elle a convoqué l'ambassadeur.",
            ("Honteuse", "indigne"),
            "Claire Vasseur",
        ),
        (
            "« Absurde » et « dangereuse ». Le ministre Marc Lenoir a multiplié les adjectifs "
            "pour décrire la nouvelle loi.",
            ("Absurde", "dangereuse"),
            "Marc Lenoir",
        ),
    ],
)
def test_a_list_of_epithets_is_named_by_the_next_sentence(text, fragments, speaker):
    for fragment in fragments:
        assert speaker_of(text, fragment) == speaker


def test_a_list_of_epithets_without_a_naming_verb_after_stays_unattributed():
    text = "« Absurde », « dangereuse ». Le ministre Marc Lenoir a quitté la salle sans un mot."
    assert speaker_of(text, "Absurde") is None
    # a single quotation with words around it is no bare list
    from analysis.extract.quotes.lede import bare_quotes

    assert not bare_quotes("Une mesure « absurde », dit-on.")
    assert bare_quotes("« Absurde », « dangereuse » et « inutile ».")


# ---- a time phrase between a speech verb and its "que" ("a fait savoir ce jeudi 9 octobre qu'…",
# "a assuré cette semaine que …"): the claim is found and starts after "que"


def reported(text: str) -> list[tuple[str, str | None]]:
    q = quotes(text)
    q = q[q["kind"] == "reported"]
    return [(str(r["text"]), r["speaker"]) for r in q.to_dict("records")]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Le parti d'opposition a fait savoir ce jeudi 9 octobre qu'il ne voterait pas le "
            "budget de la défense.",
            "il ne voterait pas",
            "parti d'opposition",
        ),
        (
            "La ministre Claire Vasseur a affirmé ce jeudi que les négociations avec le voisin "
            "restaient au point mort.",
            "les négociations",
            "Claire Vasseur",
        ),
        (
            "Le député Hugo Ferrand avait assuré cette semaine que le traité serait ratifié "
            "avant l'été.",
            "le traité serait",
            "Hugo Ferrand",
        ),
        (
            "Le ministre Marc Lenoir a déclaré le 4 juin qu'aucune troupe ne franchirait la "
            "frontière.",
            "aucune troupe",
            "Marc Lenoir",
        ),
    ],
)
def test_a_time_phrase_before_que_is_skipped(text, start, speaker):
    claims = reported(text)
    assert any(t.startswith(start) and s == speaker for t, s in claims), claims


def test_a_time_phrase_then_a_noun_and_a_relative_is_no_claim():
    # "la mesure que …" is a relative after the object: nothing reported
    for text in (
        "Le ministre a annoncé le 3 mai la mesure que le pays attendait.",
        "La ville a réaffirmé ce lundi la position que le conseil avait défendue en mars.",
    ):
        assert reported(text) == []


# ---- locutions of taking the floor are speech acts ("X a pris la parole pour « … »"), also
# inside a completive reported by someone else


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Claire Vasseur est arrivée. Elle précise que le délégué Marc Lenoir a pris la "
            "parole pour « remercier les médiateurs ».",
            "remercier les médiateurs",
            "Marc Lenoir",
        ),
        (
            "Claire Vasseur est arrivée. Elle rappelle que le sénateur Hugo Ferrand est monté "
            "au créneau pour défendre une « loi indispensable ».",
            "loi indispensable",
            "Hugo Ferrand",
        ),
        (
            "La déléguée Claire Vasseur est montée à la tribune pour exiger un « vote immédiat ».",
            "vote immédiat",
            "Claire Vasseur",
        ),
    ],
)
def test_taking_the_floor_is_a_speech_act(text, fragment, speaker):
    assert speaker_of_exact(text, fragment) == speaker


def test_taking_the_floor_later_does_not_take_an_earlier_quote():
    text = (
        "« Nous refusons ce texte », a déclaré Claire Vasseur. Marc Lenoir a pris la parole "
        "ensuite."
    )
    assert speaker_of(text, "Nous refusons") == "Claire Vasseur"
