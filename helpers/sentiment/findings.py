"""The sentences of notebook 03 that state what the numbers show, computed from its tables.

Each ``finding_*`` takes the table a section of the notebook shows and
returns one paragraph of plain text; a section without data (no quotes, one
outlet, no calibration) gets a sentence that says so.

>>> finding_quotes(quote_counts(quotes), n_outlets=2)
'Axios has 20 quote spans (1 direct, 15 partial, …'
"""

from __future__ import annotations

import pandas as pd

from ..stats import MIN_COUNT
from .agreement import Agreement
from .calibration import ALWAYS_NEUTRAL, project_method

ONE_OUTLET = " With one outlet there is nothing to compare it with."
NO_COMPARISON = " A comparison needs at least two outlets."
READ_THE_QUOTES = ("A tone score says nothing about who is criticised, what was conceded or what was left out: "
                   "read the quotes.")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _s(n: int) -> str:
    """The verb's -s after a count: "1 quote gets", "2 quotes get"."""
    return "s" if n == 1 else ""


def finding_quotes(counts: pd.DataFrame, n_outlets: int) -> str:
    """Quote spans per outlet, by kind, with speakers and the share attributed (from ``quote_counts``)."""
    parts = [
        f"{r.outlet} has {_plural(r.n_spans, 'quote span')} ({r.direct} direct, {r.partial} partial, "
        f"{r.continuation} continuation, {r.indirect} indirect) from {_plural(r.n_speakers, 'speaker')}, "
        f"{r.share_attributed:.0%} of them attributed"
        for r in counts.itertuples()
    ]
    found = "; ".join(parts) or "No quotes were found"
    return f"{found}.{ONE_OUTLET if n_outlets < 2 else ''}"


def _share_lines(shares: pd.DataFrame) -> list[str]:
    """Per outlet, the side with the largest share of its quoted words (from ``quoted_share_panels``)."""
    side_words = shares[shares["panel"] == "side"]
    totals = side_words.groupby("outlet")["n_words"].sum()
    top = side_words.sort_values("share", ascending=False).groupby("outlet").head(1).sort_values("outlet")
    return [f"in {r.outlet}, {r.group} gets {r.share:.0%} of {totals[r.outlet]} quoted words" for r in top.itertuples()]


def finding_quoted_share(shares: pd.DataFrame, counts: pd.DataFrame, n_outlets: int) -> str:
    """Which side gets most of each outlet's quoted words, and the share from anonymous sources."""
    found = "; ".join(_share_lines(shares)) or "no quoted words were found"
    anon = ", ".join(f"{r.outlet} {r.share_anonymous_words:.0%}" for r in counts.itertuples()
                     if pd.notna(r.share_anonymous_words))
    return (f"{found[0].upper()}{found[1:]}."
            + (f" Quoted words from anonymous sources: {anon}." if anon else "")
            + (NO_COMPARISON if n_outlets < 2 else ""))


def finding_side_tone(by_side: pd.DataFrame) -> str:
    """Mean polarity with its interval for each outlet–side group with enough quotes (from ``sentiment_by``)."""
    solid, thin = by_side[~by_side["too_few"]], by_side[by_side["too_few"]]
    side_lines = [f"{r.side or 'unattributed'} in {r.outlet}: mean polarity {r.mean:+.2f} "
                  f"(95% CI {r.ci_low:+.2f} to {r.ci_high:+.2f}, n={r.n})" for r in solid.itertuples()]
    found = "; ".join(side_lines) + "." if side_lines else "No side has enough quotes for an interval worth reading."
    if len(thin):
        found += (f" {len(thin)} of {len(by_side)} outlet–side groups have fewer than {MIN_COUNT} quotes: "
                  "their dots are shown, their means are not findings.")
    return found


def finding_words(words: pd.DataFrame) -> str:
    """The five scored words that weigh most on the quote scores (from ``word_table``)."""
    strongest = (words[words.word_polarity != 0].assign(weight=words.word_polarity.abs() * words.n)
                 .sort_values("weight", ascending=False).head(5))
    listed = ", ".join(f"*{r.words}* ({r.word_polarity:+.2f}, {r.outlet})" for r in strongest.itertuples())
    return f"The words that move the quote scores most are {listed or 'none: no quote holds a scored word'}."


def finding_agreement(agreement: Agreement, split: pd.DataFrame) -> str:
    """How often the lexicons agree, and the widest case of opposite signs (from ``disagreements``)."""
    if not agreement.n:
        return "No quotes to compare."
    found = (f"The lexicons give the same label to {agreement.share_agree:.0%} of {_plural(agreement.n, 'quote')} "
             f"(kappa {agreement.kappa:.2f}; correlation of the scores {agreement.pearson:.2f})")
    if agreement.n < MIN_COUNT:
        found += f"; with fewer than {MIN_COUNT} quotes these figures mean little"
    opposite = split[split["opposite"]]
    if len(opposite):
        widest = opposite.iloc[0]
        n = len(opposite)
        found += (f"; {_plural(n, 'quote')} get{_s(n)} opposite signs, the widest being “{widest.quote}” "
                  f"(TextBlob {widest.polarity:+.2f} on *{widest.assessments or 'no word'}*, "
                  f"VADER {widest.vader_compound:+.2f} on *{widest.vader_words or 'no word'}*)")
    return found + "."


def finding_trust(calibration: pd.DataFrame | None) -> str:
    """How well the project's labels match human readers, from the calibration table (``load_calibration``)."""
    wanted = [project_method("textblob"), project_method("vader"), ALWAYS_NEUTRAL]
    f1 = calibration.set_index("method")["macro_f1"] if calibration is not None else pd.Series(dtype=float)
    if not set(wanted) <= set(f1.index):
        return ("Lexicon labels agree with human readers of news sentences only moderately, well below a trained "
                "model (`benchmarks/sentiment_newsmtsc.py` measures it, for the current cut points, when "
                "`../shared/eval` is present).")
    first = calibration.iloc[0]
    return (f"On {first['n_sentences']:,} news sentences labelled by people ({first['corpus']}), the project's "
            f"TextBlob labels reach macro-F1 {f1[wanted[0]]:.2f} and VADER's {f1[wanted[1]]:.2f}, against "
            f"{f1[wanted[2]]:.2f} for always answering neutral: better than nothing, far from a human reader.")


def finding_summary(shares: pd.DataFrame, by_side: pd.DataFrame, agreement: Agreement) -> str:
    """What the numbers show: the quoted words, the tone of the groups with enough quotes, the agreement."""
    share_lines = _share_lines(shares)
    shown = ("By quoted words: " + "; ".join(share_lines) + ". ") if share_lines else "No quoted words were found. "
    tone = by_side[~by_side["too_few"]].sort_values("mean")
    if len(tone):
        hi, lo = tone.iloc[-1], tone.iloc[0]
        shown += (f"Among groups with enough quotes, TextBlob hears {hi.side or 'unattributed'} in {hi.outlet} "
                  f"as the most positive ({hi['mean']:+.2f})")
        if len(tone) > 1:
            overlap = lo["ci_high"] >= hi["ci_low"]
            shown += (f" and {lo.side or 'unattributed'} in {lo.outlet} as the least ({lo['mean']:+.2f}); their "
                      + ("intervals overlap: no difference to speak of. " if overlap else "intervals do not overlap. "))
        else:
            shown += ". "
    else:
        shown += "No outlet–side group has enough quotes for its tone to count as a finding. "
    if agreement.n:
        shown += f"The two lexicons agree on {agreement.share_agree:.0%} of the quotes (kappa {agreement.kappa:.2f})."
    return shown.rstrip()


def finding_limits(register: pd.DataFrame, split: pd.DataFrame, calibration: pd.DataFrame | None) -> str:
    """What lexicon sentiment cannot tell here: register words scored as warm, opposite signs, the calibration."""
    positive = register[register["score"] > 0]
    n_register = len(positive[["article_id", "start"]].drop_duplicates())
    examples = ", ".join(f"*{r.word}* ({r.lexicon} {r.score:+.2f}: {r.reading})"
                         for r in positive.drop_duplicates("word").head(4).itertuples())
    missed = (f"{_plural(n_register, 'quote')} score{_s(n_register)} positive partly on words of the diplomatic "
              f"register, for example {examples}. " if n_register
              else "No quote here rests on words of the diplomatic register, but other texts will. ")
    n_opposite = int(split["opposite"].sum())
    if n_opposite:
        missed += (f"{_plural(n_opposite, 'quote')} get{_s(n_opposite)} opposite signs from the two lexicons: "
                   "single words and negation decide. ")
    return f"{missed}{finding_trust(calibration)} {READ_THE_QUOTES}"


def finding_portrayal(table: pd.DataFrame, n_outlets: int) -> str:
    """How each outlet portrays the people it mentions most (from ``portrayal_by``), with the intervals."""
    if table.empty:
        return "No person the registry or the quotes know is mentioned, so there is no portrayal to compare."
    totals = table.groupby("person")["n"].sum().sort_values(ascending=False, kind="stable")
    n_mentions = int(totals.sum())
    people = (f"1 known person, {totals.index[0]}" if len(totals) == 1
              else f"{len(totals)} known people, most often {totals.index[0]}")
    found = f"The model scored {_plural(n_mentions, 'mention')} of {people}. "
    solid = table[~table["too_few"]].sort_values(["person", "outlet"])
    lines = [f"{r.person} in {r.outlet}: mean {r.mean:+.2f} (95% CI {r.ci_low:+.2f} to {r.ci_high:+.2f}, "
             f"n={r.n}; {r.n_negative} negative, {r.n_neutral} neutral, {r.n_positive} positive)"
             for r in solid.itertuples()]
    if lines:
        found += "; ".join(lines) + "."
    else:
        found += f"No person has {MIN_COUNT} or more mentions in one outlet: read the sentences, not the means."
    compared = solid.groupby("person").filter(lambda g: len(g) > 1)
    for person, group in compared.groupby("person"):
        lo, hi = group.sort_values("mean").iloc[0], group.sort_values("mean").iloc[-1]
        apart = lo["ci_high"] < hi["ci_low"]
        found += (f" {person} reads more negatively in {lo.outlet} than in {hi.outlet}; the intervals "
                  + ("do not overlap." if apart else "overlap, so the difference may be chance."))
    return found + (ONE_OUTLET if n_outlets < 2 else "")


def finding_model_trust(calibration: pd.DataFrame | None, method: str) -> str:
    """The model's figures on NewsMTSC beside the lexicons', from the calibration table."""
    f1 = calibration.set_index("method")["macro_f1"] if calibration is not None else pd.Series(dtype=float)
    lexicons = [project_method("textblob"), project_method("vader")]
    if method not in f1.index or not set(lexicons) <= set(f1.index):
        return "The model has not been measured here (`benchmarks/sentiment_newsmtsc.py` measures it)."
    first, accuracy = calibration.iloc[0], calibration.set_index("method")["accuracy"]
    return (f"On {first['n_labels']:,} people mentioned in news sentences labelled by readers ({first['corpus']}), "
            f"the model's labels reach macro-F1 {f1[method]:.2f}, against {f1[lexicons[0]]:.2f} for TextBlob and "
            f"{f1[lexicons[1]]:.2f} for VADER on the whole sentence; it still gives another label than the readers "
            f"to {1 - accuracy[method]:.0%} of the mentions.")
