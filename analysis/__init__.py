"""visit-report: evidence-backed analysis of French news articles about diplomatic events.

The library is organised one module per concern: :mod:`article` (loading), :mod:`nlp`
(spaCy), :mod:`pipeline` (the extraction steps), :mod:`bundle` (analyse once, cache),
:mod:`build` (notebooks → reports), :mod:`render` (HTML/PDF), :mod:`cli`.
"""

__version__ = "0.1.0"
