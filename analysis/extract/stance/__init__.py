"""Stance: who is for or against whom (or what), with the words that show it; camps.

Tables:
  stances    — holder, holder_id, target, target_id, polarity, cue, hedged, confidence,
               sentence_id, start, end, sentence, target_text, kind, evidence
  camps, alignments — see :mod:`analysis.extract.stance.camps` (computed here from the stances)

Why: stance is what an analyst reads the article for, and every claim must be traceable, so
each row carries the cue word, the sentence and an evidence span (``evidence ==
article.text[start:end]``). Rows come from five families of French cues, all listed in
``data/lexicons/stance_*.yaml``:

* support / opposition verbs and nouns ("soutenir", "apporter un soutien appuyé à",
  "dénoncer", "sa lutte armée contre"), with passive agents ("soutenus par l'Algérie") and
  infinitives controlled by their governing verb ("ont appelé à ... pour fustiger") —
  :mod:`~analysis.extract.stance.lexical` (verbs), :mod:`~analysis.extract.stance.noun_cues`
  (nouns), :mod:`~analysis.extract.stance.harmed_objects` (a harm or an attack as their
  object);
* acts: agreements between parties, rapprochement, ruptures ("rompre ses relations avec") —
  :mod:`~analysis.extract.stance.acts`; diplomatic acts ("rappeler son ambassadeur") —
  :mod:`~analysis.extract.stance.diplomatic_acts`; visits and invitations —
  :mod:`~analysis.extract.stance.visits`; frictions ("tension entre X et Y") —
  :mod:`~analysis.extract.stance.relations`; protests, readiness ("prêt à"), pressure ("appeler X
  à", "réclamer des excuses de X"), relation nouns ("principal allié de") —
  :mod:`~analysis.extract.stance.attitudes`;
* evaluative quotations attributed to a speaker ("une « visite de façade »", "« France,
  dégage ! »"), and the evaluative words of direct quotes, clause by clause; in anyone's
  attributed words (reported speech too) a harming subject ("l'accord risque de vider les
  hôpitaux") and a preference ("mieux vaut X plutôt que Y") —
  :mod:`~analysis.extract.stance.quoted`, with the clause reading in
  :mod:`~analysis.extract.stance.quote_clauses`, the word-level verdicts (shared with
  reported speech, :mod:`~analysis.extract.stance.reported_terms`) in
  :mod:`~analysis.extract.stance.quote_epithets`, and what every quote rule starts from (its
  words, their polarity, its speaker) in :mod:`~analysis.extract.stance.quote_words`.

Targets (:mod:`~analysis.extract.stance.targets`): a relation noun stands for its "avec"
partner ("saluer une amitié avec X"); a clitic "y"/"en" ("X s'y oppose") for the issue of the
latest stance; "plaider pour que ..." for the clause; what a demand asks for ("appeler X à
accepter un cessez-le-feu") or asks to end ("exiger le retrait de ...", "appeler à cesser
..."). Holders (:mod:`~analysis.extract.stance.holders`): a nationality adjective ("la demande
kényane de ..."), the "de" complement of a demand in apposition (", une revendication de X"),
the subject of a demand for a passive act ("X réclame que la coopération avec Y soit
suspendue").

Negation ("ne soutient pas", "refuser de", "sans") flips the polarity; hedges (conditional,
"semble", "pourrait", "croit savoir") are flagged and lower the confidence — except the
conditional of reported speech after a past speech verb ("a assuré que la France
soutiendrait"), which is a future in the past (:mod:`~analysis.extract.stance.hedging`).
Camps are connected groups of actors whose stances toward each other, or toward the same
issue, agree.

How it runs (:mod:`~analysis.extract.stance.finder`): each token rule declares its entry test
(parts of speech and words, :mod:`~analysis.extract.stance.detector`); the finder offers each
token to the rules that accept it, in a fixed order, then reads the quotes of the sentence.

Cost: per-sentence work over the tokens, plus bisect lookups (see
:mod:`analysis.extract.quotes.speakers`).
"""

from __future__ import annotations

from analysis.extract.stance.camps import ALIGN_COLUMNS, CAMP_COLUMNS, alignments, camps

# The pipeline step (``step``, over the finder and its ~175 rule modules) is in
# :mod:`analysis.extract.stance.run`, imported by the pipeline's registry, not here. Why:
# importing any module of this package runs this file first, and the report layer reads the
# stance lexicon (:mod:`analysis.extract.stance.lexicon`) for the briefing's headlines: with
# the step imported here, the briefing's kernel imported every stance and quote rule (~0.4 s
# of CPU on the path to the first HTML) for words it reads from one YAML file.

__all__ = ["ALIGN_COLUMNS", "CAMP_COLUMNS", "alignments", "camps"]
