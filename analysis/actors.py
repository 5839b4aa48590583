"""Actors: who is in the story (first version: spaCy PER/ORG entities grouped by text).

Tables:
  actors   — actor_id, name, type, country, roles, aliases, mentions, first_sentence
  mentions — actor_id, sentence_id, start, end, text
"""

from __future__ import annotations

import pandas as pd

from .pipeline import Context

ACTOR_COLUMNS = [
    "actor_id",
    "name",
    "type",
    "country",
    "roles",
    "aliases",
    "mentions",
    "first_sentence",
]
MENTION_COLUMNS = ["actor_id", "sentence_id", "start", "end", "text"]


def step(ctx: Context) -> dict[str, pd.DataFrame]:
    article, doc = ctx.article, ctx.doc
    ids: dict[str, str] = {}
    actors: list[dict] = []
    mentions: list[dict] = []
    for ent in doc.ents:
        if ent.label_ not in ("PER", "ORG"):
            continue
        key = ent.text
        if key not in ids:
            ids[key] = f"A{len(ids) + 1:02d}"
            actors.append(
                {
                    "actor_id": ids[key],
                    "name": key,
                    "type": "person" if ent.label_ == "PER" else "organisation",
                    "country": None,
                    "roles": "",
                    "aliases": key,
                    "mentions": 0,
                    "first_sentence": article.sentence_at(ent.start_char).id,
                }
            )
        sent = article.sentence_at(ent.start_char)
        mentions.append(
            {
                "actor_id": ids[key],
                "sentence_id": sent.id if sent else None,
                "start": ent.start_char,
                "end": ent.end_char,
                "text": article.text[ent.start_char : ent.end_char],
            }
        )
    m = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    a = pd.DataFrame(actors, columns=ACTOR_COLUMNS)
    a["mentions"] = a["actor_id"].map(m["actor_id"].value_counts()).fillna(0).astype(int)
    return {"actors": a, "mentions": m}
