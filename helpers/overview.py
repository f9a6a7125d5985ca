"""The corpus overview (notebook 01): labels for the articles, and the sentences that state what the counts show.

The charts of the overview are in :mod:`helpers.charts.overview`.

>>> finding_structure(structure(articles))
"The longest article is Financial Times's, at 715 words in 31 sentences; …"
"""

from __future__ import annotations

import pandas as pd


def article_labels(table: pd.DataFrame) -> list[str]:
    """The outlet's name, or 'outlet: title…' where an outlet has several articles."""
    several = table["outlet"].duplicated(keep=False)
    return [
        f"{row.outlet}: {row.title[:28]}…" if many else str(row.outlet)
        for row, many in zip(table.itertuples(index=False), several)
    ]


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'s' if n != 1 else ''}"


def finding_structure(table: pd.DataFrame) -> str:
    """The longest article, and which articles use bullet paragraphs (from :func:`helpers.corpus.structure`)."""
    if table.empty:
        return "No articles to describe."
    if len(table) == 1:
        only = table.iloc[0]
        n_bullet = int(only["n_bullet"])
        bullets = (f"{n_bullet} of its {only['n_paragraphs']} paragraphs are bullets" if n_bullet
                   else "it has no bullet paragraphs")
        return (f"There is one article, {only['outlet']}'s: {_count(only['n_words'], 'word')} in "
                f"{_count(only['n_sentences'], 'sentence')}; {bullets}.")
    bulleted = table[table["n_bullet"] > 0]
    bullets = (f"{len(bulleted)} of {len(table)} articles use bullet paragraphs "
               f"({', '.join(f'{o}: {n}' for o, n in zip(bulleted['outlet'], bulleted['n_bullet']))})"
               if len(bulleted) else "no article uses bullet paragraphs")
    longest = table.loc[table["n_words"].idxmax()]
    return (f"The longest article is {longest['outlet']}'s, at {_count(longest['n_words'], 'word')} in "
            f"{_count(longest['n_sentences'], 'sentence')}; {bullets}.")


def finding_sentence_lengths(sents: pd.DataFrame) -> str:
    """The spread of median sentence lengths across outlets (from :func:`helpers.corpus.sentences`)."""
    if sents.empty:
        return "No sentences of running text were found, so there are no lengths to compare."
    medians = sents.groupby("outlet")["n_words"].median().sort_values()
    if len(medians) == 1:
        spread = (f"The median sentence of {medians.index[0]} runs {medians.iloc[0]:.0f} words; "
                  "there is no other outlet to compare")
    elif medians.iloc[0] == medians.iloc[-1]:
        spread = f"All {len(medians)} outlets have the same median sentence length, {medians.iloc[0]:.0f} words"
    else:
        spread = (f"Median sentence length runs from {medians.iloc[0]:.0f} words ({medians.index[0]}) "
                  f"to {medians.iloc[-1]:.0f} words ({medians.index[-1]})")
    return (f"{spread}. With {_count(len(sents), 'sentence')} in all, differences of a few words "
            "are within what one article's style explains.")
