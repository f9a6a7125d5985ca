"""The sentence splitter behind :mod:`helpers.corpus.sentences`: nupunkt's Punkt model, one line at a time.

nupunkt (MIT licence) ships its trained English model inside its wheel, so
it runs offline; its tokenizer is loaded once, on first use.  A line break is
always a boundary (a transcript's turns, a list, a poem keep their lines), so
each line is split on its own.  The project's corrections
(:func:`helpers.corpus.sentences.split_view`) are applied to its segments.

Why nupunkt rather than pysbd (kept in :mod:`helpers.corpus.splitter` for the
comparison): on BASIL's human boundaries (``benchmarks/sentence_splitters.py``)
the project's corrections on nupunkt's segments score boundary F1 0.952 inside
paragraphs against 0.946 on pysbd's, at about 7× the speed, and every
accuracy benchmark that depends on sentences scores at least as well.

>>> segments("Mr. Xi spoke. He said no.\\nQ Next?")
['Mr. Xi spoke.', 'He said no.', 'Q Next?']
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _tokenizer():
    import nupunkt  # imported on first use, like the sentiment lexicons

    return nupunkt.load("default")  # the model inside the package: no download


def segments(text: str) -> list[str]:
    """nupunkt's sentences of ``text``, each line split on its own; not re-anchored (whitespace stripped)."""
    tokenize = _tokenizer().tokenize
    return [segment for line in text.split("\n") if line.strip() for segment in tokenize(line)]
