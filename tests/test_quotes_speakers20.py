"""Quote speakers, round 16 (session 20): each rule on invented snippets, never on sentences
from real articles, and never with real names."""

from __future__ import annotations

from tests.helpers import quotes_of as quotes
from tests.helpers import run_steps, speaker_of

# ---- a quotation over several paragraphs with no mark re-opened


_RUN = (
    "La ministre valdorienne Clara Fenwick a reçu mardi son homologue ostrien.\n\n"
    "À l'issue de l'entretien, Clara Fenwick a plaidé pour « un dialogue franc entre nos deux "
    "capitales. Les malentendus du passé doivent être dissipés.\n\n"
    "Les échanges commerciaux ont doublé en cinq ans, ce qui montre la vitalité du lien.\n\n"
    "Nous voulons désormais bâtir un partenariat durable ».\n\n"
    "Le ministre ostrien repart jeudi."
)


def test_a_quotation_closed_paragraphs_below_covers_each_paragraph_with_its_speaker():
    from analysis.document.article import parse_article
    from analysis.extract.quotes import find_marks

    art = parse_article(_RUN, check_language=False)
    got = [art.text[m.start : m.end] for m in find_marks(art.text, art.paragraphs)]
    assert got[0].startswith("un dialogue franc") and got[0].endswith("dissipés.")
    assert got[1].startswith("Les échanges commerciaux") and got[1].endswith("lien.")
    assert got[2] == "Nous voulons désormais bâtir un partenariat durable"
    assert len(got) == 3
    assert speaker_of(_RUN, "Les échanges commerciaux") == "Clara Fenwick"
    assert speaker_of(_RUN, "partenariat durable") == "Clara Fenwick"


def test_a_quotation_never_closed_stays_in_its_paragraph_one_reopened_runs_from_there():
    from analysis.document.article import parse_article
    from analysis.extract.quotes import find_marks

    never = _RUN.replace(" ».", ".")
    reopened = _RUN.replace("Les échanges", "« Les échanges")
    for text, n in ((never, 1), (reopened, 3)):
        art = parse_article(text, check_language=False)
        got = [art.text[m.start : m.end] for m in find_marks(art.text, art.paragraphs)]
        assert len(got) == n, got
        assert not any("ministre ostrien repart" in g for g in got)


# ---- "…, a souligné le communiqué": a document named inside the quotation is no issuer


def test_a_document_inside_the_quotation_does_not_name_the_communiques_issuer():
    text = (
        "D'après un communiqué du ministère valdorien des Affaires étrangères, diffusé mardi "
        "soir, le diplomate ostrien a admis une erreur.\n\n"
        "« Une note de protestation destinée au ministre ostrien de l'Intérieur Paul Garnier a "
        "été transmise à l'ambassadeur Lemoine », a souligné le communiqué."
    )
    assert speaker_of(text, "note de protestation") == (
        "ministère valdorien des Affaires étrangères"
    )


# ---- "le sénateur X le qualifiant de « … »": a present participle right after its subject


def test_a_present_participle_right_after_a_named_phrase_has_it_for_speaker():
    text = (
        "L'entretien a provoqué une vive réaction à Valdoria, le sénateur valdorien Paul Arnaud "
        "le qualifiant de « félon ». Les déclarations du président ostrien Marc Delorme "
        "accusant les élus valdoriens d'être « totalement incompétents » ont choqué le pays."
    )
    assert speaker_of(text, "félon") == "Paul Arnaud"
    assert speaker_of(text, "totalement incompétents") == "Marc Delorme"


def test_a_past_participle_or_a_document_before_the_participle_is_no_speaker():
    text = (
        "Le ministre valdorien Paul Arnaud a quitté la salle. Une note accusant les élus "
        "d'être « irresponsables » a circulé. Le sommet a réuni une délégation qualifiée de "
        "« solide »."
    )
    assert speaker_of(text, "irresponsables") is None


# ---- "…, a souligné le ministère": the ministry the text just named, even renamed


def test_a_bare_ministry_is_the_one_just_named_even_when_the_actor_is_filed_under_another_name():
    text = (
        "Le ministère russe de l'Intérieur s'est tu lundi. Paris a convoqué jeudi un attaché "
        "russe. La mesure a été rendue publique par le ministère français des Affaires "
        "étrangères, dans un bref message. « La sécurité de nos compatriotes passe avant tout », "
        "a précisé le ministère."
    )
    q = quotes(text)
    row = q[q["text"].str.contains("nos compatriotes")].iloc[0]
    actors = run_steps(text, publication="2024-03-01").tables["actors"]
    country = actors.set_index("actor_id").loc[row["speaker_id"], "country"]
    assert country == "FR", (row["speaker"], country)
