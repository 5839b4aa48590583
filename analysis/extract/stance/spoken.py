"""The rules of session 14 on a speaker's words, called together from
:func:`~analysis.extract.stance.quoted.quote_judgements` (that module is at its size limit):
allegiance ("« nous sommes avec Y »", :mod:`.allegiance`), refusals asked as questions
("« comment accepter que Y … ? »", :mod:`.rhetoric`) and assessments without a polar verb
("« un pas dans la bonne direction »", "« Y ment »", "« persona non grata »",
:mod:`.assessments`), a pronoun as what is judged ("« nous condamnons cela »",
:mod:`.anaphora`); session 16: a quotation as the attribute of a verb of qualifying ("X les
a qualifiées de « honteuses »", :mod:`.qualifications`) and the agent of a harm ("« occupés
par Y »", :mod:`.harm_agents`)."""

from __future__ import annotations

from spacy.tokens import Span

from analysis.extract.quotes.speakers import Party
from analysis.extract.stance.allegiance import allegiance
from analysis.extract.stance.anaphora import anaphora
from analysis.extract.stance.assessments import assessments
from analysis.extract.stance.breaches import breaches
from analysis.extract.stance.credit import credit
from analysis.extract.stance.demonstratives import demonstratives
from analysis.extract.stance.harm_agents import harm_agents
from analysis.extract.stance.loyalty import loyalty
from analysis.extract.stance.merit import merit
from analysis.extract.stance.qualifications import qualifications
from analysis.extract.stance.rebuffs import rebuffs
from analysis.extract.stance.rhetoric import rhetoric
from analysis.extract.stance.sentiments import sentiments
from analysis.extract.stance.state import State
from analysis.extract.stance.transgressions import transgressions


def spoken(st: State, speaker: Party, span: Span, sent: Span) -> None:
    """Every session-14 rule over one quote of ``speaker``."""
    allegiance(st, speaker, span, sent)
    rhetoric(st, speaker, span, sent)
    assessments(st, speaker, span, sent)
    anaphora(st, speaker, span, sent)
    sentiments(st, speaker, span, sent)  # session 15
    merit(st, speaker, span, sent)  # session 15
    credit(st, speaker, span, sent)  # session 15
    loyalty(st, speaker, span, sent)  # session 15
    transgressions(st, speaker, span, sent)  # session 15
    demonstratives(st, speaker, span, sent)  # session 15
    rebuffs(st, speaker, span, sent)  # session 15
    qualifications(st, speaker, span, sent)  # session 16
    harm_agents(st, speaker, span, sent)  # session 16
    breaches(st, speaker, span, sent)  # session 18
