"""How outlets frame the same story: words, frames, sources, facts, ledes, leaders and tone.

One module per section of notebook 02 (``terms``, ``frames``, ``sources``,
``alignment``, ``ledes``, ``naming``, ``tone``, ``exclusive`` (what one
outlet tells that the others do not), ``limits``) and its ``findings``, the
same-event check ``coherence`` and ``loaded`` (loaded language from research
lexicons), over shared pieces: ``tfidf``, ``tokens``, ``patterns`` (the lexicons'
term patterns), ``lexicons`` (the data files, as read and validated by
:mod:`helpers.datafiles`), ``inputs`` (checked articles, content sentences),
``wordlists`` and ``regexes``.  The charts are in :mod:`helpers.charts.framing`.

Every function takes the articles table of :func:`helpers.corpus.load_articles`
(or a table derived from it) and returns a new tidy DataFrame whose rows keep
``article_id, start, end`` offsets into the raw text.  Comparisons work for any
number of outlets; those that need two (distinctive words, aligned sentences)
say so with :class:`NeedTwoOutlets`.

>>> arts = load_articles()
>>> distinctive_terms(arts)                  # Fightin' Words z-scores, each outlet vs the rest
>>> sents = content_sentences(arts)
>>> tags = tag_frames(sents)                 # one row per (sentence, frame, matched words)
>>> frame_shares(sents, tags)                # share of sentences per frame, bootstrap CI
>>> source_mix(extract_quotes(arts))         # quoted and reported words by side
>>> align_sentences(arts)                    # the same fact told by two outlets
>>> leader_naming(arts)                      # "Mr Xi", "President Xi", "Chinese leader Xi Jinping"
>>> narrator_tone(narrator_sentences(arts))  # the writer's own tone, quotes removed
>>> loaded_language(arts)                    # loaded terms, one row per term and lexicon
>>> outlet_only_sentences(arts)              # sentences no other outlet of the event tells
>>> coherence_note(arts)                     # a warning when an event's articles may not tell one story

Data files, all in ``helpers/data`` and editable: ``frames.yaml`` (the frame
lexicon), ``loaded_*.csv`` (the loaded-language lexicons: MPQA, words to watch,
hedges) and ``loaded_terms.csv`` (the user's own list),
``people.csv`` (whose naming to count, through :mod:`helpers.people`) and ``stopwords.txt``.
"""

from ..errors import FramingError, LexiconError, NeedTwoOutlets
from ..stats import MIN_COUNT
from .alignment import (
    ALIGN_THRESHOLD,
    align_sentences,
    alignable_sentences,
    evaluative_words,
    pairs_chart_table,
    side_by_side,
)
from .findings import (
    finding_distinctive,
    finding_frames,
    finding_lede,
    finding_outlet_only,
    finding_pairs,
    finding_sources,
    finding_tone,
    limits_note,
)
from .coherence import MAX_DAYS_APART, MIN_OVERLAP, coherence_note, event_coherence
from .exclusive import (
    events_of,
    outlet_only_counts,
    outlet_only_events,
    outlet_only_sentences,
    outlet_only_shares,
    outlet_only_speakers,
)
from .frames import frame_differences, frame_evidence, frame_shares, frame_shares_by_event, tag_frames
from .inputs import comparison_note, content_sentences, framing_title, outlets_of
from .ledes import first_actor, headline_lede, main_verb
from .lexicons import (
    DEFAULT_LOADED,
    FRAMES_FILE,
    LOADED_TERMS_FILE,
    STOPWORDS_FILE,
    leaders_to_count,
    load_frames,
    load_leaders,
    load_loaded_lexicons,
    load_loaded_terms,
    load_stopwords,
)
from .loaded import loaded_language
from .limits import sample_sizes, smallest_detectable_gap
from .naming import leader_mentions, leader_mentions_in, leader_naming
from .patterns import compile_pattern, find_terms
from .sources import NO_SPEAKER, QUOTE_COLUMNS, UNKNOWN, source_mix, source_mix_chart_table, voices
from .terms import DEFAULT_ALPHA0, distinctive_terms, log_odds_dirichlet, term_counts, term_evidence, top_terms
from .tokens import is_stopword, normalise_word, tokens
from .tone import MIN_NARRATOR_WORDS, narrator_sentences, narrator_tone, quote_spans
from .wordlists import ATTRIBUTION_WORDS

__all__ = [
    "ALIGN_THRESHOLD",
    "ATTRIBUTION_WORDS",
    "DEFAULT_LOADED",
    "MAX_DAYS_APART",
    "MIN_OVERLAP",
    "DEFAULT_ALPHA0",
    "FRAMES_FILE",
    "LOADED_TERMS_FILE",
    "MIN_COUNT",
    "MIN_NARRATOR_WORDS",
    "NO_SPEAKER",
    "QUOTE_COLUMNS",
    "STOPWORDS_FILE",
    "UNKNOWN",
    "FramingError",
    "LexiconError",
    "NeedTwoOutlets",
    "align_sentences",
    "alignable_sentences",
    "event_coherence",
    "events_of",
    "outlet_only_counts",
    "outlet_only_events",
    "outlet_only_sentences",
    "outlet_only_shares",
    "outlet_only_speakers",
    "coherence_note",
    "comparison_note",
    "compile_pattern",
    "content_sentences",
    "distinctive_terms",
    "evaluative_words",
    "find_terms",
    "finding_distinctive",
    "finding_frames",
    "finding_lede",
    "finding_outlet_only",
    "finding_pairs",
    "finding_sources",
    "finding_tone",
    "first_actor",
    "frame_differences",
    "frame_evidence",
    "frame_shares",
    "frame_shares_by_event",
    "framing_title",
    "headline_lede",
    "is_stopword",
    "leader_mentions",
    "leader_mentions_in",
    "leader_naming",
    "leaders_to_count",
    "limits_note",
    "load_frames",
    "load_leaders",
    "load_loaded_lexicons",
    "load_loaded_terms",
    "load_stopwords",
    "loaded_language",
    "log_odds_dirichlet",
    "main_verb",
    "narrator_sentences",
    "narrator_tone",
    "normalise_word",
    "outlets_of",
    "pairs_chart_table",
    "quote_spans",
    "sample_sizes",
    "side_by_side",
    "smallest_detectable_gap",
    "source_mix",
    "source_mix_chart_table",
    "tag_frames",
    "term_counts",
    "term_evidence",
    "tokens",
    "top_terms",
    "voices",
]

#: The charts of notebook 02, now in helpers.charts.framing (each draws only the table it is given).
MOVED_TO_CHARTS = (
    "plot_aligned_pairs",
    "plot_distinctive_terms",
    "plot_frame_shares",
    "plot_narrator_tone",
    "plot_source_mix",
)


def __getattr__(name: str):
    # loaded on first use, so that importing the analysis (e.g. by the pipeline) does not load matplotlib
    if name in MOVED_TO_CHARTS:
        from ..charts import framing as charts

        return getattr(charts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
