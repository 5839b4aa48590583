"""Subjects of verbs: the verb group, the subject token(s) the parse gives (or the one it
shares with a coordinated / controlling verb, or the antecedent of "qui"), the "par" agent of a
passive, and the parties they name."""

from __future__ import annotations

from spacy.tokens import Token

from analysis.extract.quotes.speakers.base import Party, ResolverBase
from analysis.extract.quotes.words import (
    DE,
    ETRE_VERBS,
    IMPERSONAL_SUBJECTS,
    PRONOUNS,
    QUANTITY_HEADS,
    STOP_WORDS,
    VERB_GROUP_WORDS,
)

# quotation marks: words between two verbs that hold one are reported speech
QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”"})

# words between the comma and a detached gerund: "en", "tout en" and object clitics
# (", tout en lui rappelant", ", en les qualifiant")
GERUND_LEAD_WORDS = frozenset(
    {"en", "tout", "le", "la", "les", "l'", "l’", "lui", "leur", "se", "s'", "s’", "y"}
)

# third-person reflexive clitics: a verb carrying one is pronominal, never passive
REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})
# the head words of the subordinating locutions before an infinitive ("afin de", "avant de",
# "plutôt que de"), which the parser may make the infinitive's governor
_LOCUTION_HEADS = frozenset({"afin", "avant", "plutôt"})


class Subjects(ResolverBase):
    """Who does the verb: its subject (or passive agent), through coordination, control and
    relative clauses."""

    def verb_group_start(self, verb: Token) -> int:
        """Index of the first token of the verb group (auxiliaries, clitics, negation).
        Memoised per Doc (a function of the parse alone, asked again by the quote and stance
        rules)."""
        found = self._verb_groups.get(verb.i)
        if found is None:
            found = self._verb_groups[verb.i] = self._verb_group_start(verb.i)
        return found

    def _verb_group_start(self, v: int) -> int:
        tv = self._tv
        heads, deps, lows, pos, text = tv.head, tv.dep, tv.low, tv.pos, tv.text
        i = v
        lo = self.sent_start(v)
        # "X a, de son côté, plaidé" / "X ont par ailleurs ouvert": an incise or adverbial
        # between the auxiliary and the participle still belongs to the verb group.
        # (The first auxiliary child in the window: the children of the verb are the tokens
        # whose head it is, read from the head list rather than from ``verb.children``.)
        for k in range(max(lo, v - 12), v):
            if heads[k] == v and deps[k].startswith("aux"):
                i = k
                break
        while i - 1 >= lo:
            k = i - 1
            if (
                deps[k].startswith("aux")
                or lows[k] in VERB_GROUP_WORDS
                or (text[k].startswith("-") and pos[k] == "PRON")
                or (pos[k] == "ADV" and heads[k] == v)
                or (pos[k] == "AUX")
                or (lows[k] in ("a", "ont") and k == i - 1)  # "a" tagged X before "tweeté"
                or (text[k] in ("«", "“", '"') and k == i - 1 and k > lo and pos[k - 1] == "AUX")
                # 'X a « condamné avec force »': the quotation opens on the participle
            ):
                i -= 1
                continue
            n = self._locution_before(k, lo)
            if not n and text[k] == "," and k - 1 >= lo:
                # "X a, de son côté, assuré que": a locution between commas
                m = self._locution_before(k - 1, lo) or (pos[k - 1] == "ADV")
                if m and k - 1 - m >= lo and text[k - 1 - m] == ",":
                    n = m + 2
            if (
                n
                and k - n >= lo
                and (
                    deps[k - n].startswith("aux")
                    or lows[k - n] in ("a", "ont")
                    or pos[k - n] == "AUX"
                )
            ):
                i = k - n + 1  # "a de son côté fait valoir", "ont pour leur part estimé"
                continue
            break
        return i

    def _locution_before(self, k: int, lo: int) -> int:
        """Length of an adverbial locution of ``skip_after_verb`` ending at token k ("de son
        côté", "pour sa part"), 0 if none."""
        lows = self._tv.low
        for n in (4, 3, 2):
            if k - n + 1 >= lo and " ".join(lows[k - n + 1 : k + 1]) in self.c.skip_after_verb:
                return n
        return 0

    def subject_tokens(self, verb: Token, depth: int = 0) -> list[Token]:
        """Heads of the subject(s) of ``verb``: its nsubj, or the subject it shares with the
        verb it is coordinated with / controlled by, or the antecedent of a relative "qui".
        Memoised per verb (a function of the parse and the quote spans alone)."""
        if depth:
            return self._subject_tokens(verb, depth)
        memo = self._subject_memo
        found = memo.get(verb.i)
        if found is None:
            found = memo[verb.i] = self._subject_tokens(verb, 0)
        return list(found)  # the callers' own list

    def _subject_tokens(self, verb: Token, depth: int) -> list[Token]:
        if depth > 4:
            return []
        tv = self._tv
        v = verb.i
        verb_head = tv.head[v]
        subj = self._own_subjects(v)
        if subj and self._misparsed_object(v, subj[0]):
            subj = []
        if subj and self._same_population(v, subj[0]):
            inherited = self.subject_tokens(tv.tokens[verb_head], depth + 1)
            if inherited:
                return inherited
        if subj:
            return self._subject_heads(v, subj[0])
        main = self._after_relative_incise(v)
        if main is None:
            main = self._detached_gerund_clause(v)
        if main is not None:
            return self.subject_tokens(tv.tokens[main], depth + 1)
        if self._shares_subject(verb) and verb_head != v:
            found = self.subject_tokens(tv.tokens[self._purpose_controller(v)], depth + 1)
            return found or self._patient_shared(v)
        return []

    def _patient_shared(self, v: int) -> list[Token]:
        """ "X est arrivé à N et a condamné Y", "X a été reçu par Z et a salué Y": a verb
        coordinated after a verb whose subject the parser marked passive shares that subject
        (French coordinates verb phrases under one subject, whatever the first one's voice)
        when it is active itself: its own auxiliary "avoir", a reflexive clitic or a finite
        form. A bare participle shares the first verb's passive auxiliary ("X a été reçu par
        Z et décoré par W"): its subject is no agent, so nothing is inherited."""
        tv = self._tv
        h = tv.head[v]
        if tv.dep[v] != "conj" or h == v or h > v:
            return []
        kids = tv.children[v]
        if any(tv.dep[c] == "aux:pass" for c in kids):
            return []
        active = (
            any(tv.dep[c].startswith("aux") and tv.lemma_low[c] == "avoir" for c in kids)
            or any(tv.low[c] in REFLEXIVE_CLITICS for c in kids)
            or "Fin" in tv.morph(v, "VerbForm")
        )
        if not active:
            return []
        subj = [c for c in tv.children[h] if tv.dep[c] == "nsubj:pass" and c < h]
        return [tv.tokens[subj[0]]] if subj else []

    def _after_relative_incise(self, v: int) -> int | None:
        """ "X félicite Y, qui a signé le traité, et critique Z": a verb coordinated after the
        comma that closes a relative incise (", qui …, et V") goes on with the main clause,
        not with the relative (the parser hangs it on the relative's verb): the verb that
        governs the relative's antecedent (None when the construction is not this one).
        Without the closing comma ("Y, qui a signé le traité et critique Z") the relative
        goes on."""
        tv = self._tv
        r = tv.head[v]
        if tv.dep[v] != "conj" or r == v or tv.dep[r] != "acl:relcl":
            return None
        cc = [c for c in tv.children[v] if tv.dep[c] == "cc" and c < v]
        if not cc or cc[0] < 1 or tv.text[cc[0] - 1] != ",":
            return None
        qui = [c for c in tv.children[r] if tv.low[c] == "qui" and c < r]
        if not qui or qui[0] < 1 or tv.text[qui[0] - 1] != ",":
            return None
        noun = tv.head[r]
        main = tv.head[noun]
        if main == noun or not (main < noun) or tv.pos[main] not in ("VERB", "AUX"):
            return None
        return main

    def _detached_gerund_clause(self, v: int) -> int | None:
        """ "Il a invité la Ligue et les bailleurs à agir pour apaiser la crise, tout en
        rappelant que …": a gerund set off by a comma (", en V-ant", ", tout en V-ant") has
        the subject of the finite verb of its clause (French grammar: the gerund's implicit
        subject is the main verb's), not that of the infinitive the parser hung it on, whose
        subject may be the object of a verb of control ("inviter Y à agir": Y). The first
        finite verb up the tree (a relative's or a completive's, when the gerund is inside
        one), or None when the gerund is not detached or no finite verb is above it."""
        tv = self._tv
        if not self._is_gerund(tv.tokens[v]):
            return None
        k = v - 1
        while k > 0 and tv.low[k] in GERUND_LEAD_WORDS:
            k -= 1
        if tv.text[k] != ",":
            return None
        h, seen = tv.head[v], 0
        while seen < 8:
            if tv.pos[h] in ("VERB", "AUX") and self._finite(h):
                return h
            if tv.head[h] == h:
                return None
            h, seen = tv.head[h], seen + 1
        return None

    def _purpose_controller(self, v: int) -> int:
        """The verb whose subject an infinitive shares: its head, or, for a purpose clause
        ("pour"/"afin de" + infinitive) the parser hung on a noun ("a convoqué l'ambassadeur
        pour protester"), the verb above that noun (French: the implicit subject of a purpose
        infinitive is the main clause's). Likewise through the head word of a subordinating
        locution the parser made the infinitive's governor ("X a pris la parole afin de
        condamner Y": "afin" an adverb of the main verb)."""
        tv = self._tv
        h = tv.head[v]
        if (
            tv.low[h] in _LOCUTION_HEADS
            and tv.pos[h] in ("ADV", "ADP")
            and tv.pos[tv.head[h]] in ("VERB", "AUX")
            and "Inf" in tv.morph(v, "VerbForm")
        ):
            return tv.head[h]
        if tv.pos[h] not in ("NOUN", "PROPN") or "Inf" not in tv.morph(v, "VerbForm"):
            return h
        if not any(tv.low[c] in ("pour", "afin") for c in tv.children[v] if c < v):
            return h
        hh = tv.head[h]
        return hh if hh != h and tv.pos[hh] in ("VERB", "AUX") else h

    def _own_subjects(self, v: int) -> list[int]:
        """The subject children of verb v (read from the token view: ``token.children`` builds
        a Token per child), or those hanging on its auxiliary (misparse: "X a, de son côté,
        plaidé"); an impersonal "ce"/"cela" or a noun of "selon X" is no subject, nor, for
        a verb outside quotation marks, a word inside them (a misparse: "Faisant part de sa
        « … quoi que ce soit … », il a noté" has "il" as its subject, not the quoted "ce").
        A subject the parser marked passive on a verb whose only auxiliary is "avoir" is the
        active subject ("X a complètement rejeté et condamné Y": an adverb between the
        auxiliary and the participle makes the parser read a passive; :meth:`is_passive`)."""
        tv = self._tv
        dep, kids = tv.dep, tv.children
        subj = [c for c in kids[v] if dep[c] in ("nsubj", "expl:subj")]
        if not subj and self._avoir_passive(v):
            subj = [c for c in kids[v] if dep[c] == "nsubj:pass" and c < v]
        if not subj and (self._root_name_before(v) or self.split_by_incise(v)):
            subj = [tv.head[v]]
        if len(subj) > 1 and not self.in_quote(tv.idx[v]):  # type: ignore[attr-defined]
            subj = [c for c in subj if not self.in_quote(tv.idx[c])] or subj  # type: ignore[attr-defined]
        if not subj:
            subj = [
                c
                for a in kids[v]
                if dep[a].startswith("aux") and a < v
                for c in kids[a]
                if dep[c] == "nsubj" and c < a
            ]
        subj = [self._after_fronted_adverbial(s, v) for s in subj]
        return [
            s
            for s in subj
            if s is not None
            and tv.low[s] not in IMPERSONAL_SUBJECTS
            and not self._in_attribution(tv.tokens[s])
        ]

    def _root_name_before(self, v: int) -> bool:
        """ "Riga avertit ses voisins et accuse Y": the parser makes the name opening the
        sentence its root and hangs the verb right after it (and a verb coordinated with it)
        on the name; that name is their subject (a name, only determiners before it in the
        sentence). The tagger may read such a verb as a participle ("avertit"): then it must
        have a direct object and no auxiliary nor "par" agent (a true participle, "Riga,
        bombardée par Y", has a comma or an agent)."""
        tv = self._tv
        h = tv.head[v]
        if tv.dep[h] != "ROOT" or tv.pos[h] not in ("PROPN", "NOUN") or tv.pos[v] != "VERB":
            return False
        if h + 1 >= len(tv.pos) or tv.head[h + 1] != h or tv.pos[h + 1] != "VERB":
            return False
        if not self._finite_or_active(h + 1):
            return False
        if v != h + 1 and not (tv.dep[v] == "conj" and "Fin" in tv.morph(v, "VerbForm")):
            return False  # "Riga avertit … et accuse Y": the second verb hangs on the name too
        return all(tv.pos[k] == "DET" for k in range(self.sent_start(h), h))

    def split_by_incise(self, v: int) -> bool:
        """ "La ministre a, de surcroît, demandé …": an incise between the auxiliary
        and the participle can make the parser hang the participle on the subject noun as
        a modifier (and the auxiliary as punctuation); the noun is the subject. The form is
        recognised on the words: the noun, its own words, a finite "avoir" right before a
        comma, the incise, a comma, the past participle (no verb in between)."""
        tv = self._tv
        h = tv.head[v]
        if tv.dep[v] != "acl" or not (h < v) or tv.pos[h] not in ("NOUN", "PROPN"):
            return False
        if v - 1 <= h or tv.text[v - 1] != "," or "Part" not in tv.morph(v, "VerbForm"):
            return False
        aux = next((k for k in range(h + 1, v - 1) if tv.text[k + 1] == ","), None)
        if aux is None or tv.lemma_low[aux] != "avoir" or tv.low[aux] == "avoir":
            return False
        return all(
            tv.head[k] == h or tv.head[k] > h and tv.head[k] < aux for k in range(h + 1, aux)
        ) and (not any(tv.pos[k] in ("VERB", "AUX") for k in range(aux + 1, v)))

    def _finite_or_active(self, v: int) -> bool:
        tv = self._tv
        if "Fin" in tv.morph(v, "VerbForm"):
            return True
        kids = tv.children[v]
        return (
            any(tv.dep[c] == "obj" for c in kids)
            and not any(tv.dep[c].startswith("aux") or tv.dep[c] == "obl:agent" for c in kids)
            and not tv.low[v].endswith(("é", "ée", "és", "ées"))
        )

    def _avoir_passive(self, v: int) -> bool:
        """Verb v has a subject marked passive, an "avoir" auxiliary and no passive
        auxiliary: a misparse of an active compound tense."""
        tv = self._tv
        kids = tv.children[v]
        return (
            any(tv.dep[c] == "nsubj:pass" for c in kids)
            and any(tv.dep[c].startswith("aux") and tv.lemma_low[c] == "avoir" for c in kids)
            and not any(tv.dep[c] == "aux:pass" for c in kids)
            and not any(tv.low[c] in REFLEXIVE_CLITICS for c in kids)
        )

    def _after_fronted_adverbial(self, s: int, v: int) -> int | None:
        """ "Quelques heures après une visite de X, le pays a annoncé …", "Sur le plan
        politique, X a salué …": a noun introduced by a preposition (other than a "de" that
        may be a partitive article) is a fronted circumstance the parser took for the
        subject (a subject never has one); the subject is the phrase after its last comma
        before the verb (None when there is none)."""
        tv = self._tv
        if s > v or not any(
            tv.dep[c] == "case" and tv.pos[c] == "ADP" and tv.low[c] not in DE and c < s
            for c in tv.children[s]
        ):
            return s
        commas = [k for k in range(s + 1, v) if tv.text[k] == ","]
        if not commas:
            return None
        k = commas[-1] + 1
        while k < v and tv.pos[k] in ("DET", "ADJ", "PUNCT"):
            k += 1
        return k if k < v and tv.pos[k] in ("NOUN", "PROPN", "PRON") else None

    def _misparsed_object(self, v: int, s: int) -> bool:
        """ "X a rejeté ces accusations et dénoncé ...": the "subject" of a coordinated
        participle, between the two verbs, is the object of the first."""
        tv = self._tv
        dep = tv.dep
        return (
            dep[v] == "conj"
            and tv.head[v] < s < v
            and "Fin" not in tv.morph(v, "VerbForm")
            and not any(dep[ch].startswith("aux") or dep[ch] == "mark" for ch in tv.children[v])
        )

    def _same_population(self, v: int, s: int) -> bool:
        """ "61 % des Brésiliens jugent ..., mais 57 % s'opposent": a bare quantity subject
        of a coordinated verb stands for the first verb's subject."""
        tv = self._tv
        low = tv.low
        return (
            tv.dep[v] == "conj"
            and tv.head[v] < s
            and (low[s] in QUANTITY_HEADS or tv.text[s] == "%")
            and not any(low[x] in DE for x in tv.subtree(s))
        )

    def _subject_heads(self, v: int, s: int) -> list[Token]:
        """Subject s of verb v as heads: the antecedent of a relative "qui", else s and the
        nouns coordinated with it ("X et Y ont ...")."""
        tv = self._tv
        dep, kids, toks = tv.dep, tv.children, tv.tokens
        relative = tv.low[s] in ("qui",) and dep[v] in ("acl:relcl", "acl")
        if relative:
            ante = self._antecedent(toks[s])
            if ante is not None:
                return [ante]
            if tv.head[v] < s:
                return [toks[tv.head[v]]]
        elif tv.low[s] == "qui" and "Rel" in tv.morph(s, "PronType"):
            # "X a critiqué la Belgique, qui a affirmé que …": the parser hung the relative
            # on the main verb (a ccomp); its "qui" still stands for the phrase before it
            ante = self._antecedent(toks[s])
            if ante is not None:
                return [ante]
        pos = tv.pos
        return [toks[s]] + [
            toks[c]
            for c in kids[s]
            if dep[c] == "conj"
            and pos[c] in ("NOUN", "PROPN")
            and not any(dep[x] == "case" for x in kids[c])
            and any(dep[x] == "cc" for x in kids[c])
        ]

    def _shares_subject(self, verb: Token) -> bool:
        """A coordinated verb, or an infinitive / gerund controlled by another verb, has that
        verb's subject."""
        tv, v = self._tv, verb.i
        verb_dep = tv.dep[v]
        return (
            verb_dep == "conj" or self._asyndetic_verb(v) or self._controlled_form(verb, verb_dep)
        )

    def _controlled_form(self, verb: Token, verb_dep: str) -> bool:
        """An infinitive, a gerund or a detached participle under another verb."""
        tv, v = self._tv, verb.i
        return verb_dep in ("xcomp", "advcl", "obl:mod", "acl", "ccomp", "obl:arg") and (
            "Inf" in tv.morph(v, "VerbForm")
            or "Ger" in tv.morph(v, "VerbForm")
            or self._is_gerund(verb)
            or self._is_detached_participle(v)
        )

    def _asyndetic_verb(self, v: int) -> bool:
        """ "X salue Y, appelle Z au calme et exhorte W à …", "X a reçu Y, a signé Z":
        a finite verb set off by a comma after another verb, with no subject, no
        subordinating word and no relative pronoun of its own, is a member of a list of
        verbs sharing the first one's subject (the parser labels it a subordinate clause).
        A French finite verb without a subject is either such a member or an imperative
        (never in narration)."""
        tv = self._tv
        h = tv.head[v]
        if tv.dep[v] != "advcl" or not (h < v) or tv.pos[h] not in ("VERB", "AUX"):
            return False
        kids = tv.children[v]
        if any(tv.dep[c] in ("mark", "nsubj", "nsubj:pass", "expl:subj") for c in kids):
            return False
        if not (self._finite(v) and self._finite(h)) or "Imp" in tv.morph(v, "Mood"):
            return False
        if any(tv.dep[c].startswith("nsubj") and c > h for c in tv.children[h]):
            return False  # the first verb is an incise ("X, poursuit-il, demande …")
        if any(tv.text[k] in QUOTE_MARKS for k in range(h + 1, v)):
            return False  # "X a tenu « … », a accusé Y": the second verb is an incise
        g = self.verb_group_start(tv.tokens[v])
        if g - 1 <= h or tv.text[g - 1] != ",":
            return False
        if self.in_quote(tv.idx[v]) != self.in_quote(tv.idx[h]):  # type: ignore[attr-defined]
            return False
        # the words between the two verbs hold no verb of their own clause (a subordinate
        # "quand …, " or a relative ", qui …," ends on a comma as well)
        return not any(
            tv.low[k] in ("qui", "que", "qu'", "qu’", "quand", "lorsque", "si", "dont")
            for k in range(h + 1, g)
        )

    def _finite(self, v: int) -> bool:
        """Verb v is conjugated, or its auxiliary is ("a signé")."""
        tv = self._tv
        return "Fin" in tv.morph(v, "VerbForm") or any(
            tv.dep[c].startswith("aux") and "Fin" in tv.morph(c, "VerbForm") for c in tv.children[v]
        )

    def _is_detached_participle(self, v: int) -> bool:
        """A present participle set off by a comma after a verb ("X a rappelé …, précisant
        que …") is predicated of that clause's subject (French apposed participle)."""
        tv = self._tv
        return (
            v > 0
            and tv.text[v - 1] == ","
            and "Part" in tv.morph(v, "VerbForm")
            and "Pres" in tv.morph(v, "Tense")
            and tv.pos[tv.head[v]] in ("VERB", "AUX")
            and tv.head[v] < v
        )

    def _antecedent(self, qui: Token) -> Token | None:
        """The noun a relative "qui" refers to: the parser's head when it is a noun just
        before, else the phrase ending right before "qui" (", qui" after a name)."""
        tv, heads = self._tv, self._tv.head
        pos = tv.pos
        q = qui.i
        head = heads[heads[q]]
        if pos[head] in ("NOUN", "PROPN") and q - 8 <= head < q:
            return tv.tokens[head]
        j = q - 1
        lo = self.sent_start(q)
        if j >= lo and tv.text[j] == ",":
            j -= 1
        if j - 1 >= lo and pos[j] == "ADJ" and pos[j - 1] in ("NOUN", "PROPN"):
            j -= 1  # "les syndicats belges, qui …": the noun before its adjective
        if j < lo or pos[j] not in ("NOUN", "PROPN"):
            return None
        i = j
        while i - 1 >= lo and pos[i - 1] in ("NOUN", "PROPN", "ADJ", "DET"):
            i -= 1
        return next((tv.tokens[k] for k in range(i, j + 1) if pos[k] in ("NOUN", "PROPN")), None)

    def _in_attribution(self, t: Token) -> bool:
        """A noun inside "selon X" / "d'après X" is never a subject (misparse)."""
        lows, text = self._tv.low, self._tv.text
        for k in range(max(self.sent_start(t.i), t.i - 4), t.i):
            w = lows[k]
            if w == "selon" or (w == "après" and k > 0 and lows[k - 1] == "d'"):
                return not any(text[x] == "," for x in range(k, t.i))
        return False

    def _is_gerund(self, verb: Token) -> bool:
        v, tv = verb.i, self._tv
        return (
            v > 0
            and tv.low[v - 1] in ("en", "tout")  # the cheap test first
            and "Part" in tv.morph(v, "VerbForm")
            and "Pres" in tv.morph(v, "Tense")
        )

    def is_passive(self, verb: Token) -> bool:
        """A passive has "être" ("a été condamné"); a subject the parser marked passive on a
        verb whose only auxiliary is "avoir" is active ("X a « condamné » Y": a quote mark
        between the auxiliary and the participle makes the parser read a passive)."""
        tv = self._tv
        dep = tv.dep
        kids = tv.children[verb.i]
        if any(tv.low[c] in REFLEXIVE_CLITICS for c in kids):
            # a pronominal verb's compound tenses take "être" and are active ("X s'en est
            # pris à Y", "X s'est dit prêt", "Y se sont félicités"): the parser reads a passive
            return False
        if tv.lemma_low[verb.i] in ETRE_VERBS and self.agent_token(verb) is None:
            # "X est revenu sur …", "X est intervenu pour …": a verb whose compound tenses
            # take "être" is active when no "par" agent follows (the parser reads a passive)
            return False
        if any(dep[c] == "aux:pass" for c in kids):
            return True
        if not any(dep[c] == "nsubj:pass" for c in kids):
            return False
        return not any(dep[c].startswith("aux") and tv.lemma_low[c] == "avoir" for c in kids)

    def agent_token(self, verb: Token) -> Token | None:
        """The "par X" agent of a passive verb or participle."""
        tv = self._tv
        dep = self._tv.dep
        for c in tv.children[verb.i]:
            if dep[c] == "obl:agent":
                return tv.tokens[c]
        pos, lows = tv.pos, self._tv.low
        for c in tv.children[verb.i]:
            # "ont été jugés « inacceptables » par X": the parser often labels the agent a
            # plain oblique once quoted words stand between the participle and "par"
            if c > verb.i and dep[c] in ("obl:mod", "obl", "obl:arg") and pos[c] == "PROPN":
                if any(lows[k] == "par" and dep[k] == "case" for k in tv.children[c]):
                    return tv.tokens[c]
        hi = self.sent_end(verb.i)
        k, budget = verb.i + 1, 3
        while k < hi and budget > 0:
            if tv.text[k] in ('"', "«", "»", "“", "”") or self.in_quote(tv.idx[k]):  # type: ignore[attr-defined]
                # quoted words ("jugés « … » par X", "dénoncée comme « … » par X") are the
                # verb's complement: they do not part the participle from its agent
                k += 1
                continue
            budget -= 1
            if lows[k] == "par" and k + 1 < hi:
                m = k + 1
                while m < hi and pos[m] in ("DET", "ADJ"):
                    m += 1
                if m < hi and pos[m] in ("NOUN", "PROPN", "PRON"):
                    return tv.tokens[m]
            if pos[k] in ("VERB", "PUNCT") and tv.text[k] not in ('"', "«", "»"):
                break
            k += 1
        return None

    def subjects(self, verb: Token) -> list[Party]:
        """Parties that are the subject of ``verb`` (agent if passive), coordination split."""
        if self.is_passive(verb):
            ag = self.agent_token(verb)
            return [self.np_party(ag)] if ag is not None else []
        heads = self.subject_tokens(verb)
        tv = self._tv
        if heads:
            parties = []
            for h in heads:
                h_pos, h_low = tv.pos[h.i], tv.low[h.i]
                if h_pos == "PRON" and h_low in PRONOUNS:
                    parties.append(self.pronoun(h) or Party(None, None, h.idx, h.idx, "unknown"))
                elif h_pos == "PRON" and h_low == "qui":
                    continue
                elif h.i < verb.i and len(heads) == 1:
                    fronted = self._name_before_title(h)
                    parties.extend(fronted or self.subject_span_parties(h, verb))
                else:
                    parties.extend(self.np_parties(h))
            return parties
        # linear fallback: the phrase right before the verb group (of the governing verb for
        # an infinitive: "X espère attirer ...", "X ont ouvert une ligne pour financer ...")
        for _ in range(4):
            v = verb.i
            if (
                tv.dep[v] in ("xcomp", "advcl", "ccomp", "obl:arg", "obl:mod", "acl")
                and tv.head[v] != v
                and ("Inf" in tv.morph(v, "VerbForm") or self._infinitive_aux(v))
            ):
                verb = tv.tokens[tv.head[v]]
            else:
                break
        g = self.verb_group_start(verb)
        head = self.np_before(g)
        if head is None:
            # "Il a en outre précisé que …" (the parser hung the participle on the locution):
            # a clitic subject right before the verb group
            k = g - 1
            if k >= self.sent_start(g) and tv.pos[k] == "PRON" and tv.low[k] in PRONOUNS:
                pron = tv.tokens[k]
                return [self.pronoun(pron) or Party(None, None, pron.idx, pron.idx, "unknown")]
            return []
        i, j = self.chunk(head)
        start = self.coordinated_start(i)
        if start < i:
            return [self.party(a, b) for a, b in self.split_coordination(start, j)]
        return self.np_parties(head)

    def _name_before_title(self, h: Token) -> list[Party]:
        """ "X, la conseillère du président Y, a annoncé", "X, la sœur cadette du dirigeant Y
        a dit": a sentence that opens with a person's name set off by a comma before a noun
        phrase with a complement (in apposition to the name) has that name as its subject,
        not the person named in the complement (the parser takes the noun's phrase)."""
        tv = self._tv
        if tv.pos[h.i] != "NOUN" or not tv.text[h.i].islower():
            return []  # (a title or any person noun: "la sœur du dirigeant Y")
        if not any(tv.low[k] in DE for k in range(h.i + 1, min(h.i + 3, len(tv.low)))):
            return []  # no complement: "X, la ministre, a dit" names X either way
        i = self._phrase_start(h.i, self.sent_start(h.i))  # type: ignore[attr-defined]
        if i < 2 or tv.text[i - 1] != "," or tv.pos[i - 2] != "PROPN":
            return []
        m = i - 2
        lo = self.sent_start(h.i)
        while m > lo and tv.pos[m - 1] == "PROPN":
            m -= 1
        if any(not tv.punct[k] for k in range(lo, m)):
            return []  # the name must open the sentence
        p = self.party(m, i - 1)  # type: ignore[attr-defined]
        if p.actor_id is None or self.actor_type(p.actor_id) != "person":
            return []
        return [p]

    def _infinitive_aux(self, v: int) -> bool:
        """A past infinitive ("X a confirmé avoir demandé ..."): the participle's auxiliary
        is an infinitive, so the participle has the governing verb's subject."""
        tv = self._tv
        return any(
            tv.dep[c].startswith("aux") and "Inf" in tv.morph(c, "VerbForm") for c in tv.children[v]
        )

    def subject_span_parties(self, head: Token, verb: Token) -> list[Party]:
        """The whole stretch from the subject to its verb ("Le principal parti d'opposition,
        les Patriotes … (Pastef), a dénoncé"), relative clauses cut, coordination split."""
        tv = self._tv
        pos, text, lows = tv.pos, tv.text, tv.low
        i, j = self.chunk(head)
        end = self.verb_group_start(verb)
        if not (head.i < end <= head.i + 40) or end < j:
            return self.np_parties(head)
        k = j
        while k < end:
            if (
                text[k] == ","
                and k + 1 < end
                and (
                    lows[k + 1] in STOP_WORDS
                    or (pos[k + 1] == "VERB" and "Part" in tv.morph(k + 1, "VerbForm"))
                )
            ):
                break
            if pos[k] in ("VERB", "AUX") and "Fin" in tv.morph(k, "VerbForm"):
                break
            if lows[k] == "qui" and pos[k] == "PRON":
                break  # "des diplomates belges qui ont affirmé": the relative is no name
            k += 1
        i = self.coordinated_start(i)
        pieces = self.split_coordination(i, k)
        return [self.party(a, b, head if a <= head.i < b else None) for a, b in pieces]
