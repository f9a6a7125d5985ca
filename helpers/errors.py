"""Every error and warning the helpers raise, in one hierarchy.

All errors are ``ValueError`` subclasses (bad input, not a bug), under
:class:`HelpersError`, so a caller can catch everything the library says is
wrong with its input in one ``except``.  Each message names the file, the
manifest or data-file row, or the table and column at fault.

- :class:`ArticleLoadError`: an articles folder, manifest or text file;
- :class:`ArticleTableError`: an articles table that cannot be split into
  paragraphs and sentences (a missing column, a missing text);
- :class:`DataFileError`: a data file in ``helpers/data`` (or a user's own)
  that does not follow its format (all read by :mod:`helpers.datafiles`):
  :class:`PeopleRegistryError`, :class:`SpeakerRegistryError`,
  :class:`ActorRegistryError`, :class:`CueLexiconError`,
  :class:`RegisterError`, :class:`LexiconError`, :class:`OverrideError`;
- one error per analysis for tables it cannot use: :class:`QuoteInputError`,
  :class:`SentimentInputError`, :class:`FramingError` (with
  :class:`NeedTwoOutlets`), :class:`TimelineInputError`.
"""

from __future__ import annotations


class HelpersError(ValueError):
    """Input that a helper cannot use as it is."""


class ArticleLoadError(HelpersError):
    """An article folder, manifest or text file that cannot be loaded as it is."""


class ArticleTableError(HelpersError):
    """An articles table that cannot be split into paragraphs and sentences (a missing column or text)."""


class ArticleEncodingWarning(UserWarning):
    """A text file that is not UTF-8 and was decoded as Windows-1252."""


class DataFileError(HelpersError):
    """A data file (registry, lexicon, cue list, overrides) that does not follow its format."""


class QuoteInputError(HelpersError):
    """An articles table (or cue file) that quotes cannot be extracted from."""


class PeopleRegistryError(DataFileError):
    """A row of the people registry (``people.csv``) that does not follow its format."""


class SpeakerRegistryError(DataFileError):
    """A speaker registry file that cannot be used as it is."""


class StudyFileError(DataFileError):
    """A study file (``study.yaml``: sides, rules, role patterns, camps) that does not follow its format."""


class CueLexiconError(QuoteInputError, DataFileError):
    """A cue lexicon (``quote_cues.csv``) that does not follow its format."""


class SentimentInputError(HelpersError):
    """A frame that cannot be scored or aggregated as it is (missing column, wrong type)."""


class RegisterError(SentimentInputError, DataFileError):
    """A diplomatic register (``diplomatic_register.csv``) that does not follow its format."""


class FramingError(HelpersError):
    """Input that the framing analysis cannot use as it is."""


class LexiconError(FramingError, DataFileError):
    """A lexicon or list in ``helpers/data`` that does not follow its format."""


class NeedTwoOutlets(FramingError):
    """A comparison asked of a corpus with fewer than two outlets."""


class TimelineInputError(HelpersError):
    """Input that tag_dates, dates, extract_events or the overrides cannot use as it is."""


class ActorRegistryError(TimelineInputError, DataFileError):
    """An actor list of one's own (``name, side, level, kind, aliases``) that does not follow its format."""


class OverrideError(TimelineInputError, DataFileError):
    """A row of the overrides file that cannot be applied as written."""
