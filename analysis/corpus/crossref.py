"""Cross-article views of a corpus: merged actor identities, stances over time, quotes per
speaker and outlet, merged timeline (data only: their French presentation, tables and headline
findings, is :mod:`analysis.report.views.corpus`).

Actor ids are per article (``A01`` in one article is not ``A01`` in the next). The corpus gives
each identity a ``corpus_actor_id`` by merging actors whose normalised names are equal (accents,
case and punctuation ignored, types compatible), whose alias in one article is another actor's
name with the same type, or — for states — whose country code is the same. Two groups that each
carry a different full person name are never merged, so a shared surname cannot chain two
people together. :class:`IdentityIndex` does this over the distinct names only (its size grows
with the vocabulary of actors, not with the number of articles), so it also runs while a large
corpus streams through :func:`analysis.corpus.analyze_corpus`.
"""

from __future__ import annotations

import collections
import functools
import re
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from analysis.resources.ids import numbered_ids

Node = tuple[str, str]  # (name key, actor type)


def name_key(name: object) -> str:
    """Accent-, case- and punctuation-insensitive form of a name ("Israël" == "israel")."""
    if name is None or (isinstance(name, float) and pd.isna(name)):
        return ""
    return _str_key(str(name))


@functools.lru_cache(maxsize=1 << 16)
def _str_key(name: str) -> str:
    # memoised: a corpus repeats the same few thousand names and aliases in every batch
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text))


def _aliases(value: object) -> list[str]:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value]
    return [a for a in str(value).split(";") if a.strip()]


def _str(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


@dataclass
class _NodeStats:
    names: collections.Counter = field(default_factory=collections.Counter)
    countries: collections.Counter = field(default_factory=collections.Counter)
    mentions: int = 0


class IdentityIndex:
    """Merge actor identities across articles (see the module docstring).

    Feed it actors tables with :meth:`add` (streamed, batch by batch), then :meth:`resolve`
    gives the corpus actors and :meth:`lookup` maps any actors rows to their corpus id. The
    result does not depend on the order of :meth:`add` calls.
    """

    def __init__(self) -> None:
        self.nodes: dict[Node, _NodeStats] = {}
        self.alias_edges: set[tuple[Node, str]] = set()
        self.node_id: dict[Node, str] = {}

    def add(self, actors: pd.DataFrame) -> None:
        """Record the names, types, countries, aliases and mentions of ``actors`` rows."""
        if actors is None or actors.empty or "name" not in actors.columns:
            return
        n = len(actors)
        fields = ("name", "type", "mentions", "country", "aliases")
        columns = [actors[c].tolist() if c in actors.columns else [None] * n for c in fields]
        for name, kind, count, country, aliases in zip(*columns, strict=True):
            key = name_key(name)
            if not key:
                continue
            node = (key, _str(kind))
            stats = self.nodes.setdefault(node, _NodeStats())
            mentions = int(count or 1) if not pd.isna(count) else 1
            stats.mentions += mentions
            stats.names[_str(name).strip()] += mentions
            if _str(country):
                stats.countries[_str(country)] += mentions
            for alias in _aliases(aliases):
                akey = name_key(alias)
                if akey and akey != key:
                    self.alias_edges.add((node, akey))

    # ---- resolution

    def resolve(self) -> pd.DataFrame:
        """Group the names; return corpus_actor_id, name, type, country, mentions, variants."""
        parent: dict[Node, Node] = {n: n for n in self.nodes}
        full: dict[Node, set[str]] = {
            n: ({n[0]} if n[1] == "person" and " " in n[0] else set()) for n in self.nodes
        }

        def find(n: Node) -> Node:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        def union(a: Node, b: Node) -> None:
            ra, rb = find(a), find(b)
            if ra == rb or (full[ra] and full[rb] and full[ra] != full[rb]):
                return
            keep, drop = sorted((ra, rb))
            parent[drop] = keep
            full[keep] |= full.pop(drop)

        by_key: dict[str, list[Node]] = collections.defaultdict(list)
        for node in sorted(self.nodes):
            by_key[node[0]].append(node)
        # Same name, no type on one side: join the most mentioned typed node of that name.
        for _key, nodes in sorted(by_key.items()):
            typed = [n for n in nodes if n[1]]
            if typed:
                best = max(typed, key=lambda n: (self.nodes[n].mentions, n))
                for n in nodes:
                    if not n[1]:
                        union(n, best)
        # An alias in one article is another actor's name, same type.
        for node, akey in sorted(self.alias_edges):
            other = (akey, node[1])
            if other in self.nodes:
                union(node, other)
        # States: one country code, one identity.
        states: dict[str, list[Node]] = collections.defaultdict(list)
        for node, stats in sorted(self.nodes.items()):
            if node[1] == "state" and stats.countries:
                states[stats.countries.most_common(1)[0][0]].append(node)
        for nodes in states.values():
            for n in nodes[1:]:
                union(nodes[0], n)

        groups: dict[Node, list[Node]] = collections.defaultdict(list)
        for node in sorted(self.nodes):
            groups[find(node)].append(node)
        rows = [self._group_row(members) for members in groups.values()]
        rows.sort(key=lambda r: (-r["mentions"], r["name"]))
        self.node_id = {}
        for row, cid in zip(rows, numbered_ids("C", len(rows), width=4), strict=True):
            row["corpus_actor_id"] = cid
            for member in row.pop("_members"):
                self.node_id[member] = row["corpus_actor_id"]
        columns = ["corpus_actor_id", "name", "type", "country", "mentions", "variants"]
        return pd.DataFrame(rows, columns=columns)

    def _group_row(self, members: list[Node]) -> dict[str, object]:
        names: collections.Counter = collections.Counter()
        countries: collections.Counter = collections.Counter()
        types: collections.Counter = collections.Counter()
        for node in members:
            stats = self.nodes[node]
            names.update(stats.names)
            countries.update(stats.countries)
            types[node[1]] += stats.mentions
        gtype = max(types, key=lambda t: (bool(t), types[t], t))

        def score(name: str) -> tuple:
            multi = gtype == "person" and len(name.split()) > 1
            return (multi, names[name], len(name), name)

        best = max(names, key=score)
        variants = sorted(
            {n for n in names if name_key(n) != name_key(best)}, key=lambda n: (-names[n], n)
        )
        return {
            "name": best,
            "type": gtype or None,
            "country": countries.most_common(1)[0][0] if countries else None,
            "mentions": sum(self.nodes[n].mentions for n in members),
            "variants": "; ".join(variants[:12]) or None,
            "_members": members,
        }

    def lookup(self, actors: pd.DataFrame) -> pd.DataFrame:
        """(article_id, actor_id, corpus_actor_id) for ``actors`` rows (after :meth:`resolve`)."""
        types = actors["type"] if "type" in actors.columns else [""] * len(actors)
        ids = [
            self.node_id.get((name_key(n), _str(t)))
            for n, t in zip(actors["name"], types, strict=True)
        ]
        return pd.DataFrame(
            {
                "article_id": actors["article_id"].to_numpy(),
                "actor_id": actors["actor_id"].to_numpy(),
                "corpus_actor_id": ids,
            }
        )


def merge_actors(actors: pd.DataFrame) -> pd.DataFrame:
    """``actors`` (with article_id) plus a ``corpus_actor_id`` column, in memory."""
    index = IdentityIndex()
    index.add(actors)
    index.resolve()
    link = index.lookup(actors)
    return actors.assign(corpus_actor_id=link["corpus_actor_id"].to_numpy())


# --------------------------------------------------------------------------------------------
# The corpus as loaded by notebooks


def _date(value: object) -> pd.Timestamp | None:
    text = _str(value)
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if not m:
        return None
    return pd.Timestamp(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


@dataclass
class CorpusResult:
    """The tables of an analysed corpus (every row has an ``article_id``)."""

    tables: dict[str, pd.DataFrame]
    model: str = ""

    @classmethod
    def from_tables(cls, tables: dict[str, pd.DataFrame], model: str = "") -> CorpusResult:
        tables = dict(tables)
        arts = tables.get("articles", pd.DataFrame(columns=["article_id"])).copy()
        arts["date"] = [_date(v) for v in arts.get("publication", [None] * len(arts))]
        arts["outlet"] = [outlet(r) for r in arts.to_dict("records")]
        tables["articles"] = arts.sort_values(["date", "article_id"], na_position="last")
        return cls(tables, model)

    def table(self, name: str) -> pd.DataFrame:
        """The table ``name`` (an empty frame when that step has not run)."""
        return self.tables.get(name, pd.DataFrame(columns=["article_id"]))

    def has(self, name: str) -> bool:
        return name in self.tables and not self.tables[name].empty

    @property
    def articles(self) -> pd.DataFrame:
        return self.table("articles")

    @property
    def errors(self) -> pd.DataFrame:
        return self.table("errors")

    def between(self, date_from: str = "", date_to: str = "") -> CorpusResult:
        """The articles published in [date_from, date_to] (YYYY[-MM[-DD]], either may be '')."""
        if not date_from and not date_to:
            return self
        arts = self.articles
        keep = arts["date"].notna()
        if date_from:
            keep &= arts["date"] >= _date(date_from)
        if date_to:
            end = _date(date_to)
            width = len(date_to.strip())
            end = end + (
                pd.DateOffset(years=1)
                if width == 4
                else pd.DateOffset(months=1)
                if width == 7
                else pd.DateOffset(days=1)
            )
            keep &= arts["date"] < end
        ids = set(arts.loc[keep, "article_id"])
        tables = {
            name: (
                df[df["article_id"].isin(ids)]
                if "article_id" in df.columns and name not in ("corpus_actors", "errors")
                else df
            )
            for name, df in self.tables.items()
        }
        return CorpusResult(tables, self.model)


def outlet(article: dict[str, object]) -> str:
    """The outlet of an article: its ``source``, else the domain of its ``url``."""
    source = _str(article.get("source")).strip()
    if source:
        return source
    m = re.match(r"https?://(?:www\.)?([^/]+)", _str(article.get("url")))
    return m.group(1) if m else "non précisé"


# --------------------------------------------------------------------------------------------
# Cross-article tables


def identities(res: CorpusResult) -> pd.DataFrame:
    """(article_id, actor_id) -> corpus_actor_id, corpus name and type."""
    link = res.table("actor_identity")
    if link.empty or "corpus_actor_id" not in link.columns:
        actors = res.table("actors")
        if actors.empty:
            return pd.DataFrame(
                columns=["article_id", "actor_id", "corpus_actor_id", "corpus_name"]
            )
        link = merge_actors(actors)[["article_id", "actor_id", "corpus_actor_id"]]
        names = IdentityIndex()
        names.add(actors)
        canon = names.resolve()
    else:
        canon = res.table("corpus_actors")
    canon = canon[["corpus_actor_id", "name", "type"]].rename(
        columns={"name": "corpus_name", "type": "corpus_type"}
    )
    return link.merge(canon, on="corpus_actor_id", how="left")


ACROSS_COLUMNS = (
    "corpus_actor_id",
    "name",
    "type",
    "country",
    "articles",
    "mentions",
    "first",
    "last",
    "variants",
)


def actors_across(res: CorpusResult) -> pd.DataFrame:
    """One row per corpus identity: articles, mentions, first and last appearance, variants."""
    actors = res.table("actors")
    if actors.empty:
        return pd.DataFrame(columns=list(ACROSS_COLUMNS))
    ids = identities(res)
    df = actors.merge(ids, on=["article_id", "actor_id"], how="left").merge(
        res.articles[["article_id", "date", "publication"]], on="article_id", how="left"
    )
    df = df.sort_values(["date", "article_id"], na_position="last")
    agg = df.groupby("corpus_actor_id").agg(
        articles=("article_id", "nunique"),
        mentions=("mentions", "sum"),
        first=("publication", "first"),
        last=("publication", "last"),
    )
    canon = res.table("corpus_actors")
    if canon.empty or "variants" not in canon.columns:
        index = IdentityIndex()
        index.add(actors)
        canon = index.resolve()
    out = canon[["corpus_actor_id", "name", "type", "country", "variants"]].merge(
        agg.reset_index(), on="corpus_actor_id", how="inner"
    )
    out = out.sort_values(["articles", "mentions", "name"], ascending=[False, False, True])
    return out[list(ACROSS_COLUMNS)].reset_index(drop=True)


def presence(res: CorpusResult, top: int = 15) -> pd.DataFrame:
    """Mentions of the ``top`` corpus actors (rows) in each article (columns, by date)."""
    across = actors_across(res).head(top)
    actors = res.table("actors")
    if across.empty:
        return pd.DataFrame()
    df = actors.merge(identities(res), on=["article_id", "actor_id"], how="inner")
    df = df[df["corpus_actor_id"].isin(across["corpus_actor_id"])]
    table = df.pivot_table(
        index="corpus_actor_id",
        columns="article_id",
        values="mentions",
        aggfunc="sum",
        fill_value=0,
    )
    order = [a for a in res.articles["article_id"] if a in table.columns]
    table = table.reindex(index=across["corpus_actor_id"], columns=order, fill_value=0)
    table.index = across["name"].to_list()
    return table


def with_ids(res: CorpusResult, df: pd.DataFrame, id_col: str, prefix: str) -> pd.DataFrame:
    ids = identities(res)[["article_id", "actor_id", "corpus_actor_id", "corpus_name"]]
    ids = ids.rename(
        columns={
            "actor_id": id_col,
            "corpus_actor_id": f"{prefix}_cid",
            "corpus_name": f"{prefix}_corpus",
        }
    )
    if id_col not in df.columns:
        return df.assign(**{f"{prefix}_cid": None, f"{prefix}_corpus": None})
    return df.merge(ids, on=["article_id", id_col], how="left")


def stances_over_time(res: CorpusResult) -> pd.DataFrame:
    """Every stance with its holder and target as corpus identities and the article date."""
    st = res.table("stances")
    cols = [
        "date",
        "publication",
        "article_id",
        "holder",
        "target",
        "polarity",
        "hedged",
        "cue",
        "sentence_id",
    ]
    if st.empty or "polarity" not in st.columns:
        return pd.DataFrame(columns=cols)
    st = with_ids(res, st, "holder_id", "holder")
    st = with_ids(res, st, "target_id", "target")
    st["holder"] = st["holder_corpus"].fillna(st.get("holder"))
    st["target"] = st["target_corpus"].fillna(st.get("target"))
    st["polarity"] = pd.to_numeric(st["polarity"], errors="coerce")
    st = st.merge(res.articles[["article_id", "date", "publication"]], on="article_id", how="left")
    for c in cols:
        if c not in st.columns:
            st[c] = None
    # neutral rows (polarity 0) take no side: a mean polarity or a trend weighs sides only
    st = st.dropna(subset=["holder", "target", "polarity"])
    st = st[st["polarity"] != 0]
    return st[cols].sort_values(["date", "article_id", "sentence_id"]).reset_index(drop=True)


def stance_pairs(res: CorpusResult, min_articles: int = 1) -> pd.DataFrame:
    """Per (holder, target): stances, articles, mean polarity, first/last date and the trend
    (mean polarity of the later half of the dated stances minus the earlier half)."""
    st = stances_over_time(res)
    cols = ["holder", "target", "stances", "articles", "polarity", "first", "last", "trend"]
    if st.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (holder, target), g in st.groupby(["holder", "target"], sort=True):
        g = g.sort_values(["date", "article_id"], na_position="last")
        half = len(g) // 2
        trend = (
            g["polarity"].iloc[half:].mean() - g["polarity"].iloc[:half].mean()
            if g["article_id"].nunique() > 1 and half
            else 0.0
        )
        rows.append(
            {
                "holder": holder,
                "target": target,
                "stances": len(g),
                "articles": g["article_id"].nunique(),
                "polarity": round(float(g["polarity"].mean()), 2),
                "first": g["publication"].iloc[0],
                "last": g["publication"].iloc[-1],
                "trend": round(float(trend), 2),
            }
        )
    out = pd.DataFrame(rows, columns=cols)
    out = out[out["articles"] >= min_articles]
    return out.sort_values(["articles", "stances", "holder"], ascending=[False, False, True])


def quotes_by_speaker(res: CorpusResult) -> pd.DataFrame:
    """Quotes per speaker (corpus identity when known) and per outlet, with a total column."""
    q = res.table("quotes")
    if q.empty or "speaker" not in q.columns:
        return pd.DataFrame()
    q = with_ids(res, q, "speaker_id", "speaker")
    q["who"] = q["speaker_corpus"].fillna(q["speaker"])
    q = q.dropna(subset=["who"])
    if q.empty:
        return pd.DataFrame()
    q = q.merge(res.articles[["article_id", "outlet"]], on="article_id", how="left")
    table = q.pivot_table(
        index="who", columns="outlet", values="article_id", aggfunc="size", fill_value=0
    )
    table["total"] = table.sum(axis=1)
    table["articles"] = q.groupby("who")["article_id"].nunique()
    table = table.sort_values(["total", "articles"], ascending=False)
    table.index.name = "locuteur"
    return table


def merged_timeline(res: CorpusResult) -> pd.DataFrame:
    """Dated facts merged across articles: the same date and event (or wording) is one row,
    with how many articles and outlets report it and where (article: phrase)."""
    tl = res.table("timeline")
    cols = ["date", "date_end", "precision", "event", "articles", "outlets", "evidence"]
    if tl.empty or "date" not in tl.columns:
        return pd.DataFrame(columns=cols)
    tl = tl.merge(
        res.articles[["article_id", "outlet", "date"]].rename(columns={"date": "published"}),
        on="article_id",
        how="left",
    )
    tl = tl[tl["date"].notna() & (tl["date"].astype(str) != "")].copy()
    label = tl["event"] if "event" in tl.columns else tl["text"]
    tl["label"] = label.where(label.notna() & (label.astype(str) != ""), tl["text"])
    tl["key"] = [name_key(v) for v in tl["label"]]
    rows = []
    for (date, _key), g in tl.groupby(["date", "key"], sort=True):
        evidence = "; ".join(
            f"{a}: {int(s)}"
            for a, s in zip(g["article_id"], g["sentence_id"], strict=True)
            if pd.notna(s)
        )
        rows.append(
            {
                "date": date,
                "date_end": g["date_end"].dropna().iloc[0] if g["date_end"].notna().any() else None,
                "precision": g["precision"].iloc[0] if "precision" in g.columns else None,
                "event": g["label"].value_counts().index[0],
                "articles": g["article_id"].nunique(),
                "outlets": g["outlet"].nunique(),
                "evidence": evidence,
            }
        )
    return pd.DataFrame(rows, columns=cols).sort_values(
        ["date", "articles"], ascending=[True, False]
    )


def find_actor(res: CorpusResult, query: str) -> pd.Series | None:
    """The corpus identity named ``query`` (name or variant, accents and case ignored)."""
    query = name_key(query)
    across = actors_across(res)
    if not query or across.empty:
        return None
    for field_name in ("name", "variants"):
        for _, row in across.iterrows():
            keys = {name_key(v) for v in _aliases(row[field_name])} | {name_key(row[field_name])}
            if query in keys:
                return row
    hits = across[[query in name_key(n) for n in across["name"]]]
    return hits.iloc[0] if len(hits) else None


def article_ids_for(res: CorpusResult, article: str) -> list[str]:
    """The ids of the corpus articles that are the file ``article`` (by name or slug)."""
    from analysis.document.article import slugify

    stem = re.sub(r"\.(txt|md|markdown)$", "", str(article).replace("\\", "/").split("/")[-1])
    arts = res.articles
    hits = arts[
        (arts["article_id"] == slugify(stem))
        | arts["path"].astype(str).str.endswith("/" + str(article).split("/")[-1])
    ]
    return hits["article_id"].tolist()
