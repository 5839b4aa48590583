"""The corpus report's views: French tables and the corpus brief's headline findings, built
from the cross-article tables of :mod:`analysis.corpus.crossref` (presentation only)."""

from __future__ import annotations

import re

import pandas as pd

from analysis.corpus.crossref import (
    CorpusResult,
    actors_across,
    find_actor,
    identities,
    merged_timeline,
    quotes_by_speaker,
    stance_pairs,
    stances_over_time,
    with_ids,
)
from analysis.report.filters import escape_markdown as esc_md
from analysis.report.french import date as french_date
from analysis.report.french import plural, quoted, signed
from analysis.report.labels import ACTOR_TYPE, CORPUS_COLUMN, label


def _str(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def articles_table(res: CorpusResult, mark: list[str] | tuple[str, ...] = ()) -> pd.DataFrame:
    """The articles as shown in the report: date, outlet, title, words, id ("cet article" marks
    ``mark``)."""
    arts = res.articles
    return pd.DataFrame(
        {
            "date": arts["publication"].fillna("inconnue"),
            "média": arts["outlet"],
            "titre": arts["title"],
            "mots": arts["words"],
            "article": [
                str(a) + (" (cet article)" if a in mark else "") for a in arts["article_id"]
            ],
        }
    )


def for_display(df: pd.DataFrame) -> pd.DataFrame:
    """Dates as YYYY-MM-DD text, for tables."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    return out


def focus(res: CorpusResult, query: str) -> dict[str, object] | None:
    """One corpus identity followed through the corpus: its articles, quotes and stances."""
    row = find_actor(res, query)
    if row is None:
        return None
    cid, name = row["corpus_actor_id"], row["name"]
    ids = identities(res)
    mine = ids[ids["corpus_actor_id"] == cid]
    actors = res.table("actors").merge(mine, on=["article_id", "actor_id"])
    actors = actors.merge(res.articles[["article_id", "publication", "outlet", "date"]])
    actors = actors.sort_values(["date", "article_id"])
    cols = [
        c
        for c in (
            "publication",
            "outlet",
            "article_id",
            "name",
            "roles",
            "mentions",
            "first_sentence",
        )
        if c in actors.columns
    ]
    appearances = actors[cols]
    quotes = res.table("quotes")
    if "speaker_id" in quotes.columns and len(quotes):
        quotes = quotes.merge(
            mine.rename(columns={"actor_id": "speaker_id"}), on=["article_id", "speaker_id"]
        )
        quotes = quotes[
            [c for c in ("article_id", "sentence_id", "kind", "text") if c in quotes.columns]
        ]
    else:
        quotes = pd.DataFrame(columns=["article_id", "sentence_id", "kind", "text"])
    st = stances_over_time(res)
    cols_st = ["date", "article_id", "holder", "target", "polarity", "cue", "sentence_id"]
    as_holder = st[st["holder"] == name][cols_st]
    as_target = st[st["target"] == name][cols_st]
    return {
        "corpus_actor_id": cid,
        "name": name,
        "tables": {
            "Articles où il apparaît": appearances,
            "Ses citations": quotes,
            "Ses positions": as_holder,
            "Positions à son égard": as_target,
        },
    }


def french(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` for a report: dates as text, actor types and column names in French."""
    out = for_display(df)
    if "type" in out.columns:
        out["type"] = out["type"].map(lambda t: ACTOR_TYPE.get(t, t))
    if "precision" in out.columns:
        out["precision"] = out["precision"].map(lambda p: label("date_precision", p))
    if "kind" in out.columns:
        out["kind"] = out["kind"].map(lambda k: label("quote_kind", k))
    for col in ("sentence_id", "first_sentence"):  # readers count sentences from 1
        if col in out.columns:
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else int(v) + 1)
    if "evidence" in out.columns:  # "article: sentence; ..." -> 1-based sentences
        out["evidence"] = out["evidence"].map(
            lambda e: re.sub(r": (\d+)", lambda m: f" : {int(m.group(1)) + 1}", _str(e))
        )
    return out.rename(columns=CORPUS_COLUMN)


# --------------------------------------------------------------------------------------------
# The corpus brief


def fr_date(iso: object) -> str:
    """'2021-11-24' -> '24 novembre 2021', '2021-11' -> 'novembre 2021', at its precision."""
    text = french_date(_str(iso).strip())
    return text if re.fullmatch(r"(?:1er|\d{1,2} )?.*\d{4}", text) else "date inconnue"


def from_to(first: object, last: object) -> str:
    """'du 3 mai 2021 au 4 juin 2022', 'd'avril 2021 à mai 2024', 'en mai 2024'."""
    a, b = fr_date(first), fr_date(last)
    if a == b:
        return f"le {a}" if a[:1].isdigit() and " " in a else f"en {a}"
    start = (
        f"du {a}"
        if a[:1].isdigit() and " " in a
        else (f"d'{a}" if a[:1] in "aeiouéèh" else f"de {a}")
    )
    end = f"au {b}" if b[:1].isdigit() and " " in b else f"à {b}"
    return f"{start} {end}"


def _cite(article_id: object, sentence_id: object) -> str:
    if sentence_id is None or pd.isna(sentence_id):
        return f"(article {esc_md(article_id)})"
    return f"(article {esc_md(article_id)}, phrase {int(sentence_id) + 1})"


def headlines(res: CorpusResult) -> list[str]:
    """Short French Markdown findings of the corpus, each citing an article and a sentence."""
    out: list[str] = []
    arts = res.articles
    if arts.empty:
        return ["Le corpus ne contient aucun article analysé."]
    dated = arts.dropna(subset=["date"]).sort_values("date")
    span = (
        ", " + from_to(dated["publication"].iloc[0], dated["publication"].iloc[-1])
        if len(dated)
        else ""
    )
    out.append(
        f"Le corpus compte **{plural(len(arts), 'article')}** de "
        f"{plural(arts['outlet'].nunique(), 'média')}{span}, soit "
        f"{plural(int(arts['words'].sum()), 'mot')}."
    )
    if not res.errors.empty:
        out.append(
            f"{plural(len(res.errors), 'fichier écarté', 'fichiers écartés')} "
            "(illisible ou non français)."
        )
    across = actors_across(res)
    if not across.empty:
        top = across.iloc[0]
        actors = res.table("actors").merge(identities(res), on=["article_id", "actor_id"])
        first = (
            actors[actors["corpus_actor_id"] == top["corpus_actor_id"]]
            .merge(arts[["article_id", "date"]], on="article_id")
            .sort_values(["date", "article_id"])
            .iloc[0]
        )
        out.append(
            f"L'acteur le plus présent est **{esc_md(top['name'])}** : "
            f"{plural(int(top['articles']), 'article')} sur {len(arts)}, "
            f"{plural(int(top['mentions']), 'mention')} "
            f"{_cite(first['article_id'], first.get('first_sentence'))}."
        )
        merged = across[across["variants"].notna()]
        if len(merged):
            row = merged.iloc[0]
            out.append(
                f"{plural(len(merged), 'identité regroupe', 'identités regroupent')} des noms "
                "différents selon les articles, "
                f"par exemple **{esc_md(row['name'])}** (aussi : {esc_md(row['variants'])})."
            )
    st = stances_over_time(res)
    if not st.empty:
        pairs = stance_pairs(res)
        p = pairs.iloc[0]
        g = st[(st["holder"] == p["holder"]) & (st["target"] == p["target"])].iloc[-1]
        sign = "favorable" if p["polarity"] > 0 else "hostile" if p["polarity"] < 0 else "partagée"
        out.append(
            f"La position la plus suivie : **{esc_md(p['holder'])}** envers "
            f"**{esc_md(p['target'])}**, {sign} en moyenne ({signed(p['polarity'])}) sur "
            f"{plural(int(p['articles']), 'article')} {_cite(g['article_id'], g['sentence_id'])}."
        )
        shifted = pairs[(pairs["articles"] > 1) & (pairs["trend"].abs() >= 1)]
        if len(shifted):
            s = shifted.iloc[0]
            last = st[(st["holder"] == s["holder"]) & (st["target"] == s["target"])].iloc[-1]
            way = "se réchauffe" if s["trend"] > 0 else "se durcit"
            out.append(
                f"La position de **{esc_md(s['holder'])}** envers **{esc_md(s['target'])}** "
                f"{way} ({from_to(s['first'], s['last'])}) "
                f"{_cite(last['article_id'], last['sentence_id'])}."
            )
    qs = quotes_by_speaker(res)
    if not qs.empty:
        who = qs.index[0]
        q = res.table("quotes")
        q = with_ids(res, q, "speaker_id", "speaker")
        q = q[(q["speaker_corpus"].fillna(q["speaker"])) == who].iloc[0]
        outlets = int((qs.drop(columns=["total", "articles"]).loc[who] > 0).sum())
        out.append(
            f"Le locuteur le plus cité est **{esc_md(who)}** : "
            f"{plural(int(qs.loc[who, 'total']), 'citation')} dans "
            f"{plural(int(qs.loc[who, 'articles']), 'article')} et {plural(outlets, 'média')} "
            f"{_cite(q['article_id'], q['sentence_id'])}."
        )
    tl = merged_timeline(res)
    if not tl.empty and tl["articles"].max() > 1:  # a date only one article gives is no news
        t = tl.sort_values(["articles", "date"], ascending=[False, True]).iloc[0]
        first = str(t["evidence"] or "").split("; ")[0].rpartition(": ")
        cite = _cite(first[0], int(first[2])) if first[2].isdigit() else ""
        when = from_to(t["date"], t["date"]) if fr_date(t["date"]) != "date inconnue" else None
        tail = f" {cite}" if cite else ""
        out.append(
            f"La date la plus reprise, **{esc_md(when or t['date'])}** "
            f"({esc_md(quoted(t['event']))}), revient dans "
            f"{plural(int(t['articles']), 'article')}{tail}."
        )
    return out
