"""Quotes and reported speech, with who said them.

:func:`extract_quotes` returns one row per quote span, following
``../shared/ANNOTATION.md``:

- ``article_id, outlet, start, end, quote``: ``text[start:end] == quote``, the
  words between a pair of quotation marks (marks excluded), or, for kind
  ``indirect``, the reported clause;
- ``kind``: ``direct`` (a clause or sentence in the speaker's words),
  ``partial`` (a fragment inside the writer's sentence), ``continuation`` (a
  quoted sentence after an attributed one, with no new attribution) or
  ``indirect`` (reported speech without quotation marks) or ``turn`` (a
  transcript's words after a speaker label such as ``MS. PSAKI:`` or ``Q``);
- ``speaker`` (canonical), ``speaker_mention`` (as written at the attribution),
  ``speaker_start, speaker_end`` (its offsets; -1 when none), ``speaker_kind``
  (named / anonymous / institution / ""), ``side``, ``role``;
- ``cue`` (said, added, told, according to, quoted … as saying, described …
  as), ``via`` (who relayed the words, e.g. "China's foreign ministry"),
  ``paragraph, sentence`` (as numbered by :mod:`helpers.corpus`), ``n_words``.

No parser model: quotation marks are paired by rules, and attributions are
found with a cue lexicon (``helpers/data/quote_cues.csv``) and patterns over
the writer's sentence with the quoted words masked out.

The modules, in the order the work is done:

- ``marks``: quotation marks paired into spans;
- ``units``: the writer's sentences, and a quotation's kind (direct, partial);
- ``tokens``: the writer's sentence as tokens, quotations masked;
- ``cues``: the cue lexicon, and when a word is a cue; ``paradigms``: a verb's
  forms from its lemma (``*`` in the cue file);
- ``strategies``: ``find_attributions``, the phrase strategies ("according
  to", "as X put it", ...); ``verb_cues``: the strategies of a verb of speech;
  ``subjects``: the speaker's noun phrase around a cue;
- ``attribution``: an attribution, what it covers, which one a quotation takes;
- ``continuation``: quotations without a cue of their own;
- ``turns``: a transcript's speaker turns and the speaker each label names;
- ``article``: one article read in order, as rows; ``extract``: the public table;
- speakers: ``registry`` (the file of known speakers), ``people`` (names in
  the text), ``resolution`` (``ArticleSpeakers``: mentions to speakers),
  ``sides`` (``infer_side``), ``speaker`` (``Speaker``), ``nouns``;
- ``lexicon`` and ``patterns``: every word list and regex the rules use.

>>> from helpers.corpus import load_articles
>>> quotes = extract_quotes(load_articles())
>>> quotes[["speaker", "quote"]].head(2)                     # doctest: +SKIP
"""

from ..errors import QuoteInputError
from .article import looks_like_title
from .attribution import Attribution
from .cues import CUES_PATH, Cue, load_cues
from .extract import COLUMNS, QUOTE_KINDS, QUOTED_KINDS, extract_quotes
from .lexicon import DETERMINERS_OR_NUMBERS
from .marks import QuoteSpan, find_quote_spans, spans_in
from .paradigms import paradigm
from .strategies import find_attributions
from .tokens import MASK, Tok
from .turns import Turn, find_turns, label_speaker

__all__ = [
    "COLUMNS",
    "CUES_PATH",
    "DETERMINERS_OR_NUMBERS",
    "MASK",
    "QUOTED_KINDS",
    "QUOTE_KINDS",
    "Attribution",
    "Cue",
    "QuoteInputError",
    "QuoteSpan",
    "Tok",
    "Turn",
    "extract_quotes",
    "find_attributions",
    "find_quote_spans",
    "find_turns",
    "label_speaker",
    "load_cues",
    "looks_like_title",
    "paradigm",
    "spans_in",
]
