"""The quotes-and-stances report's views: French tables, evidence per cell and headlines
(presentation only; the rules are in :mod:`analysis.extract.quotes` and
:mod:`analysis.extract.stance`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from analysis.report.evidence import cite, refs
from analysis.report.french import balanced, number, percent, plural, quoted
from analysis.report.labels import POLARITY, QUOTE_KIND

if TYPE_CHECKING:
    from analysis.pipeline import Analysis


def attributed_share(an: Analysis) -> float:
    """Share of the article's words that are attributed speech (quotes with a speaker)."""
    q = an.tables.get("quotes")
    if q is None or q.empty:
        return 0.0
    spans = sorted(
        (int(a), int(b))
        for a, b, s in zip(q["start"], q["end"], q["speaker"], strict=True)
        if isinstance(s, str)
    )
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    text = an.article.text
    words = sum(len(re.findall(r"\w+", text[a:b])) for a, b in merged)
    return words / max(1, an.article.n_words)


def quotes_view(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes table as the report shows it (French headers, speaker or "non attribué")."""
    if quotes is None or quotes.empty:
        return pd.DataFrame(columns=["Phrase", "Locuteur", "Forme", "Indice", "Citation"])
    return pd.DataFrame(
        {
            "Phrase": refs(quotes["sentence_id"]),
            "Locuteur": quotes["speaker"].fillna("(non attribué)"),
            "Forme": quotes["kind"].map(QUOTE_KIND).fillna(quotes["kind"]),
            "Indice": quotes["cue"].fillna(""),
            "Citation": quotes["text"].map(balanced),
        }
    )


def camps_view(camps: pd.DataFrame) -> pd.DataFrame:
    """The camps table for readers (French headers)."""
    cols = {
        "camp": "Camp",
        "actor": "Acteur",
        "allies": "Alliés",
        "opponents": "Adversaires",
        "support": "Soutiens",
        "opposition": "Oppositions",
    }
    return camps[list(cols)].rename(columns=cols)


def evidence_by_cell(stances: pd.DataFrame, cells: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per piece of evidence, grouped by (holder, target) cell of the matrix."""
    if stances is None or stances.empty:
        return pd.DataFrame(columns=["Tenant", "Cible", "Position", "Indice", "Phrase", "Extrait"])
    s = stances
    if cells is not None and not cells.empty:
        keep = {(h, t) for h in cells.index for t in cells.columns if pd.notna(cells.at[h, t])}
        s = s[[(h, t) in keep for h, t in zip(s["holder"], s["target"], strict=True)]]
    s = s.sort_values(["holder", "target", "sentence_id"])
    pos = s["polarity"].map(POLARITY) + s["hedged"].map({True: " (réserve)", False: ""})
    if "confidence" in s:
        # a finding below the brief's threshold is flagged, never shown as a sure one
        pos = pos + (s["confidence"] < HEADLINE_CONFIDENCE).map(
            {True: " (confiance faible)", False: ""}
        )
    return pd.DataFrame(
        {
            "Tenant": s["holder"],
            "Cible": s["target"],
            "Position": pos,
            "Indice": s["cue"],
            "Phrase": refs(s["sentence_id"]),
            "Extrait": s["evidence"].map(balanced),
        }
    ).reset_index(drop=True)


def headlines(an: Analysis) -> list[str]:
    """Short French findings for the briefing, each citing its sentence (values escaped:
    names and extracts come from the article)."""
    from analysis.report.display import esc_md

    out: list[str] = []
    q = an.tables.get("quotes")
    st = an.tables.get("stances")
    if q is not None and len(q):
        share = attributed_share(an)
        attributed = q[q["speaker"].notna()]
        top = attributed.groupby("speaker")["words"].sum().sort_values(ascending=False)
        if len(top):
            name = top.index[0]
            first = attributed[attributed["speaker"] == name].iloc[0]
            # "voix la plus citée : X" needs no article before X ("présidence algérienne")
            out.append(
                f"{plural(len(q), 'citation ou propos rapporté', 'citations ou propos rapportés')}"
                f", {percent(share)} des mots de l'article ; voix la plus citée : "
                f"**{esc_md(name)}** ({plural(int(top.iloc[0]), 'mot')}, "
                f"{cite(first['sentence_id'])})."
            )
        distanced = q[(q["evaluative"]) & (q["kind"].isin(["scare", "partial"]))]
        if len(distanced):
            out.append(_quoted_terms_line(distanced.head(4), esc_md))
    if st is not None and len(st):
        out.extend(_stance_headlines(an, st, esc_md))
        line = _camp_line(an, st, esc_md)
        if line:
            out.append(line)
    return out


def _quoted_terms_line(terms: pd.DataFrame, esc_md) -> str:
    """Evaluative words between quotation marks, each with whose they are: a partial quote's
    speaker ("« stratégique » (Armand Téluire, phrase 5)"), or "sans locuteur" for a word the
    journalist holds at a distance. "Termes tenus à distance" said of a word the text gives
    to a named speaker put the journalist's doubt where the text has none."""
    items = []
    for r in terms.itertuples(index=False):
        who = r.speaker if isinstance(r.speaker, str) and r.speaker else "sans locuteur"
        items.append(f"{esc_md(quoted(r.text))} ({esc_md(who)}, {cite(r.sentence_id)})")
    return f"Termes évaluatifs entre guillemets : {', '.join(items)}."


def sure_actors(an: Analysis, stances: pd.DataFrame) -> set[str]:
    """Names of the actors that hold, or are the actor target of, a headline-worthy stance:
    the only ones the brief may put in a camp (a camp built on a hedged, low-confidence row
    would name an adviser as his adversary's ally)."""
    worthy = stances[headline_worthy(an, stances)]
    return set(worthy["holder"]) | set(worthy.loc[worthy["target_id"].notna(), "target"])


def _camp_line(an: Analysis, st: pd.DataFrame, esc_md) -> str | None:
    """The "Camp principal" line: the first camp with at least two members backed by sure
    findings (:func:`sure_actors`); its opponents likewise; None when no camp holds."""
    cp = an.tables.get("camps")
    if cp is None or cp.empty:
        return None
    sure = sure_actors(an, st)
    for c in cp[cp["allies"] != ""].drop_duplicates("camp").itertuples(index=False):
        members = [m for m in str(c.members).split(", ") if m in sure]
        if len(members) < 2:
            continue
        opponents = [o for o in str(c.opponents).split(", ") if o and o in sure]
        opp = f", face à {esc_md(', '.join(opponents))}" if opponents else ""
        sids = st[st["holder"].isin(members)]["sentence_id"]
        where = f" ({cite(sids.min())})" if len(sids) else ""
        return f"Camp principal : {esc_md(', '.join(members))}{opp}{where}."
    return None


# A stance reaches the brief's "le plus net" lines only when both ends are real: a holder that
# is an actor of the article, a target that is an actor or an issue (not a place where
# something happens), and a confidence at least this high without hedging.
HEADLINE_CONFIDENCE = 0.75


def real_ends(an: Analysis, stances: pd.DataFrame) -> pd.Series:
    """Rows whose holder is an actor of the article and whose target is an actor or an issue:
    not a place where something happens, nor an interrogative, a pronoun or a fragment
    (:func:`analysis.extract.stance.lexicon.names_an_issue`)."""
    from analysis.extract.stance.lexicon import names_an_issue

    places = an.tables.get("places")
    place_names = set(places["name"]) if places is not None and len(places) else set()
    holder_ok = stances["holder_id"].notna()
    issue = (
        ~stances["target"].isin(place_names)
        & stances["target"].map(names_an_issue)
        & stances["target"].map(specific_target)
    )
    return holder_ok & (stances["target_id"].notna() | issue)


def specific_target(target: object) -> bool:
    """A target a reader understands without its sentence: two content words at least ("plan
    d'autonomie", "accord de pêche"), or a name ("Brexit"). A lone common noun ("l'initiative",
    "appui", "position") stands for something the text names elsewhere: the brief would read
    "Israël → initiative". Determiners and other ``not_targets`` words do not count."""
    from analysis.extract.cues import norm
    from analysis.extract.stance.lexicon import stance_words

    skip = stance_words().not_targets
    words = [
        w for w in re.findall(r"[^\W\d_]+", str(target or "")) if len(w) > 1 and norm(w) not in skip
    ]
    if len(words) >= 2:
        return True
    return bool(words) and words[0][:1].isupper()


def charted(an: Analysis, stances: pd.DataFrame) -> pd.DataFrame:
    """The stances the matrix draws: a holder that is an actor of the article and a target
    that is an actor or a named issue (:func:`real_ends`). A column "pays" or "position" (a
    lone common noun the text names elsewhere) in a "who is for or against what" grid reads
    as a finding about nothing; those rows go to :func:`unclear_view` instead."""
    if stances is None or stances.empty:
        return stances
    return stances[real_ends(an, stances)]


def unclear_view(an: Analysis, stances: pd.DataFrame) -> pd.DataFrame:
    """The stances left out of the matrix, each with why (no identified holder, a place, a
    vague target), so that nothing the extraction found is hidden from the analyst."""
    cols = ["Tenant", "Cible", "Position", "Pourquoi hors matrice", "Phrase", "Extrait"]
    if stances is None or stances.empty:
        return pd.DataFrame(columns=cols)
    s = stances[~real_ends(an, stances)]
    places = an.tables.get("places")
    place_names = set(places["name"]) if places is not None and len(places) else set()

    def why(r) -> str:
        if pd.isna(r["holder_id"]):
            return "tenant non identifié comme acteur"
        if r["target"] in place_names:
            return "cible : un lieu"
        return "cible imprécise"

    return pd.DataFrame(
        {
            "Tenant": s["holder"].fillna("—"),
            "Cible": s["target"].fillna("—"),
            "Position": s["polarity"].map(POLARITY),
            "Pourquoi hors matrice": [why(r) for _, r in s.iterrows()],
            "Phrase": refs(s["sentence_id"]),
            "Extrait": s["evidence"].map(balanced),
        },
        columns=cols,
    ).reset_index(drop=True)


def headline_worthy(an: Analysis, stances: pd.DataFrame) -> pd.Series:
    """Rows whose holder and target are real actors or issues, confident and unhedged."""
    sure = (stances["confidence"] >= HEADLINE_CONFIDENCE) & ~stances["hedged"].astype(bool)
    return real_ends(an, stances) & sure


def _stance_headlines(an: Analysis, st: pd.DataFrame, esc_md) -> list[str]:
    """The clearest opposition and support; weaker findings are labelled as such."""
    out = []
    worthy = headline_worthy(an, st)
    for pol, label in ((-1, "Opposition la plus nette"), (1, "Soutien le plus net")):
        sub = st[(st["polarity"] == pol) & worthy].sort_values("confidence", ascending=False)
        if len(sub):
            out.append(f"{label} : {_stance_line(sub.iloc[0], esc_md)}")
    if not out:
        # a weak finding is shown as such, and only between real actors or issues
        weak = st[(st["polarity"] != 0) & real_ends(an, st)]
        weak = weak.sort_values("confidence", ascending=False)
        if len(weak):
            r = weak.iloc[0]
            confidence = number(r["confidence"], fixed=True)
            out.append(
                f"Position relevée avec une confiance faible ({confidence}), à vérifier : "
                f"{_stance_line(r, esc_md)}"
            )
    neutral = st[(st["polarity"] == 0) & worthy].sort_values("confidence", ascending=False)
    if len(neutral):
        # a call for restraint or dialogue, an abstention: a stance that takes no side
        # (polarity 0), under its own label, never as support or opposition
        out.append(f"Appel à la retenue ou neutralité : {_stance_line(neutral.iloc[0], esc_md)}")
    return out


def _stance_line(r, esc_md) -> str:
    hedge = " (avec réserve)" if r["hedged"] else ""
    return (
        f"**{esc_md(r['holder'])}** → *{esc_md(r['target'])}*{hedge}, "
        f"{esc_md(quoted(r['evidence']))} ({cite(r['sentence_id'])})."
    )
