"""The rules that find actor mentions, one module per concept, run in order by
:mod:`analysis.extract.actors.mentions`:

* :mod:`.known` (phases 0, A): gazetteer phrases (countries, capitals, demonyms,
  periphrases, nationality adjectives) and knowledge-base institutions;
* :mod:`.acronyms` (phase B): "Long Form (LF)" definitions;
* :mod:`.organisations` (phase C): ministries and "cue de Name" bodies;
* :mod:`.entities` (phase D): spaCy entities and capitalised names after cue nouns, cut to
  the name, then typed by :mod:`.classify`;
* :mod:`.states` (phase E): states named by a country, a capital (only when it acts, see
  :mod:`.positions`), a periphrase, "le royaume", "les autorités japonaises";
* :mod:`.collectives` (phase F): groups and collective organisations that act;
* :mod:`.names` (phase G): short names and parts of persons' names.

Each rule reads and writes the shared :class:`~analysis.extract.actors.finder.Finder`.
"""
