"""The actors report's views: French tables, cards and headlines built from the actors
tables (presentation only; the rules are in :mod:`analysis.extract.actors`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from analysis.document.frames import frame
from analysis.resources.gazetteer import countries, norm_key

if TYPE_CHECKING:
    from analysis.pipeline import Analysis
from analysis.extract.actors import ROLE_COLUMNS, name_of
from analysis.report.evidence import cite, refs
from analysis.report.filters import escape_markdown as esc_md
from analysis.report.french import plural, quoted
from analysis.report.labels import ACTOR_TYPE, RELATIVE_ROLES


def main_actors(actors: pd.DataFrame, n: int = 6, min_mentions: int = 1) -> pd.DataFrame:
    """The n most present actors (sentences covered, then mentions, then first mention)."""
    a = actors[actors["mentions"] >= min_mentions]
    return a.sort_values(
        ["salience", "mentions", "first_start"], ascending=[False, False, True]
    ).head(n)


def country_name(iso: str | None) -> str:
    """French short name of an ISO2 code ("MA" -> "Maroc"), "—" if None."""
    if not iso or (isinstance(iso, float)):
        return "—"
    c = countries().get(iso)
    return c.name if c else iso


def resolve_actor(actors: pd.DataFrame, ref: str | None) -> str | None:
    """An actor id from an id ("A03"), a name or an alias ("Ferrand"); None if not found."""
    if not ref or actors.empty:
        return None
    if ref in set(actors["actor_id"]):
        return ref
    key = norm_key(ref)
    for row in actors.itertuples(index=False):
        if key == norm_key(row.name) or key in {norm_key(a) for a in row.aliases.split("; ")}:
            return row.actor_id
    return None


def actors_view(actors: pd.DataFrame, min_mentions: int = 1) -> pd.DataFrame:
    """The actors table for readers: French headers, country names, one row per actor."""
    a = actors[actors["mentions"] >= min_mentions]
    return pd.DataFrame(
        {
            "Id": a["actor_id"],
            "Acteur": a["name"],
            "Type": a["type"].map(ACTOR_TYPE),
            "Pays": a["country"].map(country_name),
            "Rôles": a["roles"].str.replace("; ", " ; "),
            "Désignations": a["aliases"].str.replace("; ", " ; "),
            "Mentions": a["mentions"],
            "1re phrase": refs(a["first_sentence"]),
        }
    )


def relations_view(actors: pd.DataFrame, relations: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The strongest co-occurrence links for readers: both names, shared sentences, verbs,
    and links to the sentences."""
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    top = relations.head(n)
    return pd.DataFrame(
        {
            "Acteur": top["source_id"].map(names),
            "Acteur lié": top["target_id"].map(names),
            "Phrases": top["weight"],
            "Verbes": top["verbs"].fillna("").str.replace("; ", ", "),
            "Phrases n°": refs(top["sentence_ids"]),
        }
    )


def systems_view(actors: pd.DataFrame, systems: pd.DataFrame) -> pd.DataFrame:
    """Named systems and products, with their maker and country, linked to their sentence."""
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    view = systems.drop_duplicates("system_id")
    return pd.DataFrame(
        {
            "Système": view["name"],
            "Pays": view["country"].map(country_name),
            "Fabricant": view["maker_id"].map(names).fillna(""),
            "Phrase": refs(view["sentence_id"]),
        }
    )


# where a card's extract may start: after a closing guillemet or a sentence's end
_CLAUSE_END = re.compile(r"[».;?!]\s+")


def _excerpt(text: str, start: int, end: int, width: int = 240) -> str:
    """The sentence around [start, end), shortened to about ``width`` characters."""
    if len(text) <= width:
        return text
    lo = max(0, start - width // 2)
    if lo:
        # start on a clause (after a closing guillemet or a full stop found before the
        # mention), else on the next whole word: never mid-word, never inside a quotation
        # whose opening mark was cut off
        head = text[lo:start]
        breaks = [m.end() for m in _CLAUSE_END.finditer(head)]
        if breaks:
            lo += breaks[-1]
        elif not text[lo - 1].isspace() and " " in head:
            lo += head.index(" ") + 1
    hi = min(len(text), max(end, lo + width))
    if hi < len(text) and not text[hi].isspace() and " " in text[max(end, lo) : hi]:
        hi = text.rindex(" ", max(end, lo), hi)
    body = text[lo:hi].strip()
    if hi < len(text):  # never end on an opening mark: "à « …»" reads as an empty quote
        body = body.rstrip(" «(\u00a0")
    return ("…" if lo else "") + body + ("…" if hi < len(text) else "")


def cards(an: Analysis, n: int = 6, min_mentions: int = 1, focus_actor: str | None = None):
    """One Markdown card per main actor: type, country, designations, and each role with the
    sentence that states it (or the first sentence that names the actor)."""
    from analysis.report.display import Markdown, md

    a = an.tables["actors"]
    roles = an.tables.get("actor_roles", frame([], ROLE_COLUMNS))
    chosen = main_actors(a, n, min_mentions)
    focus = resolve_actor(a, focus_actor)
    if focus is not None:
        chosen = pd.concat([a[a["actor_id"] == focus], chosen[chosen["actor_id"] != focus]])
    sentences = an.article.sentences
    out = []
    for r in chosen.itertuples(index=False):
        lines = [
            md(
                "**{name}** — {typ}, {country} ; {n} ; désignations : {aliases}",
                name=r.name,
                typ=ACTOR_TYPE.get(r.type, r.type),
                country=country_name(r.country),
                n=plural(int(r.mentions), "mention"),
                aliases=r.aliases.replace("; ", ", "),
            ).source
        ]
        own = roles[roles["actor_id"] == r.actor_id]
        for role in own.itertuples(index=False):
            sent = sentences[int(role.sentence_id)]
            quote = _excerpt(sent.text, role.start - sent.start, role.end - sent.start)
            lines.append(
                md("- *{role}* — {q}", role=role.role, q=quoted(quote)).source
                + f" ({cite(role.sentence_id)})"
            )
        if own.empty:
            sent = sentences[int(r.first_sentence)]
            s0 = int(r.first_start) - sent.start
            lines.append(
                md(
                    "- aucun rôle énoncé ; première mention : {q}",
                    q=quoted(_excerpt(sent.text, s0, s0 + 1)),
                ).source
                + f" ({cite(r.first_sentence)})"
            )
        # a blank line before the list: pandoc (the PDF) reads a list only after one, and
        # would otherwise run the card's roles into its first line as " - … - …"
        out.append(Markdown(lines[0] + "\n\n" + "\n".join(lines[1:])))
    return out


def brief_persons(actors: pd.DataFrame) -> pd.DataFrame:
    """The persons the brief may name, most mentioned first: a person named once with no
    role is left out (on real text it is as often a place or a name read as a person,
    "Karabakh", as a minor figure; the actors table still lists it)."""
    p = actors[actors["type"] == "person"]
    p = p[(p["roles"].fillna("") != "") | (p["mentions"] >= 2)]
    return p.sort_values(["mentions", "first_start"], ascending=[False, True])


def headline_role(roles: object) -> str:
    """The role the brief shows: the first that says what the person is, not a relation to
    someone else ("président chinois" rather than "homologue chinois"; the words are
    ``relative_roles`` in ``data/labels_fr.yaml``); "" without any role."""
    listed = [r for r in str(roles or "").split("; ") if r.strip()]
    relative = tuple(RELATIVE_ROLES)
    own = [r for r in listed if not r.lower().startswith(relative)]
    return (own or listed or [""])[0]


def _plural_of(label: str) -> str:
    """The plural of a one-word French label ("État" -> "États", "pays" -> "pays")."""
    return label if label.endswith(("s", "x", "z")) else label + "s"


def headlines(an: Analysis) -> list[str]:
    """Short French Markdown findings for the briefing, each citing (and linking to) its
    sentence."""
    a, rel = an.tables["actors"], an.tables["relations"]
    if a.empty:
        return ["Aucun acteur identifié dans l'article."]
    out = []
    by_type = a["type"].value_counts()
    parts = ", ".join(
        plural(n, ACTOR_TYPE[t], _plural_of(ACTOR_TYPE[t])) for t, n in by_type.items()
    )
    top = main_actors(a, 3)
    names = ", ".join(f"**{esc_md(r.name)}**" for r in top.itertuples())
    out.append(
        f"{plural(len(a), 'acteur identifié', 'acteurs identifiés')} ({parts}) ; "
        f"les plus présents : {names} ({cite(top.iloc[0]['first_sentence'])})."
    )
    for r in brief_persons(a).head(2).itertuples():
        # what is known only: no "rôle non précisé" nor "—" in a sentence of the brief
        known = [headline_role(r.roles), country_name(r.country)]
        about = ", ".join(esc_md(k) for k in known if k and k != "—")
        out.append(
            f"**{esc_md(r.name)}**{f' ({about})' if about else ''} : "
            f"{plural(int(r.mentions), 'mention')} ({cite(r.first_sentence)})."
        )
    if not rel.empty:
        out.append(_relation_line(an, rel))
    return out


def _relation_line(an: Analysis, rel: pd.DataFrame) -> str:
    """The densest pair of actors. Among pairs that share a single sentence none is "la plus
    dense" (the brief named whichever came first); pairs tied at the top are named together."""
    top = int(rel["weight"].max())
    if top < 2:
        return "Aucun couple d'acteurs n'est nommé ensemble dans plus d'une phrase."
    tied = rel[rel["weight"] == top]
    pairs = []
    for e in tied.head(3).itertuples():
        na, nb = name_of(an.tables, e.source_id), name_of(an.tables, e.target_id)
        first_sid = str(e.sentence_ids).split("; ")[0]
        pairs.append((f"**{esc_md(na)}** et **{esc_md(nb)}**", first_sid, e.verbs))
    if len(tied) == 1:
        names, first_sid, verbs = pairs[0]
        # one parenthesis, the sentence's: "(…, verbes : …) (phrase 1)" read as two asides
        verbs = f" ; verbes : {esc_md(verbs.replace('; ', ', '))}" if verbs else ""
        return (
            f"Relation la plus dense : {names}, "
            f"{plural(top, 'phrase')} en commun ({cite(first_sid)}){verbs}."
        )
    listed = ", ".join(f"{names} ({cite(sid)})" for names, sid, _ in pairs)
    more = f" et {plural(len(tied) - 3, 'autre')}" if len(tied) > 3 else ""
    return f"Relations les plus denses, {plural(top, 'phrase')} en commun chacune : {listed}{more}."
