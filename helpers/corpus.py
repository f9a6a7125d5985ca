"""Articles into DataFrames: one row per article, paragraph and sentence.

A folder of articles is a manifest, ``articles.csv``, plus one ``.txt`` file
per article.  The manifest has the columns ``file, outlet, title, published``
and, optionally, ``article_id, url, byline``.  The text of each file is kept
verbatim; every paragraph and sentence row carries ``start, end`` character
offsets such that ``text[start:end]`` is the row's text.

>>> arts = load_articles()                       # the seeds
>>> paras = paragraphs(arts)                     # headline, body, bullets ...
>>> sents = sentences(arts)                      # joins back by article_id
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import ArticleEncodingWarning, ArticleLoadError  # noqa: F401 (re-exported)
from .paths import SEEDS_DIR
from .text import count_words
from .validation import read_rows, require_articles

MANIFEST = "articles.csv"
REQUIRED_COLUMNS = ("file", "outlet", "title", "published")
OPTIONAL_COLUMNS = ("article_id", "url", "byline")

PARAGRAPH_KINDS = (
    "headline",
    "standfirst",
    "dateline",
    "body",
    "bullet",
    "section_heading",
    "boilerplate",
)
#: Paragraph kinds that analyses use by default (boilerplate and the like are kept but left out).
ANALYSED_KINDS = ("headline", "standfirst", "body", "bullet", "section_heading")
#: The running text: body paragraphs and bullets, without headline, standfirst or headings.
BODY_KINDS = ("body", "bullet")


# --------------------------------------------------------------------------- articles


def load_articles(folder: str | Path | None = None) -> pd.DataFrame:
    """Load every article listed in ``folder/articles.csv`` (default: ``seeds/``).

    Returns one row per article with ``article_id, file, path, outlet, title,
    published, url, byline, text, n_chars``; ``published`` is a pandas
    Timestamp and ``text`` the raw file content.  Raises
    :class:`ArticleLoadError`, naming the file or manifest row, on bad input.
    """
    folder = Path(folder) if folder is not None else SEEDS_DIR
    if not folder.exists():
        raise ArticleLoadError(f"{folder}: articles folder does not exist")
    if not folder.is_dir():
        raise ArticleLoadError(f"{folder}: not a folder (expected a folder with {MANIFEST} and .txt files)")
    manifest = folder / MANIFEST
    texts_on_disk = sorted(p.name for p in folder.glob("*.txt"))
    if not manifest.exists():
        if not texts_on_disk:
            raise ArticleLoadError(f"{folder}: empty articles folder (no {MANIFEST} and no .txt files)")
        raise ArticleLoadError(
            f"{manifest}: manifest missing; add one row per .txt file with columns "
            f"{', '.join(REQUIRED_COLUMNS)}"
        )
    rows = _read_manifest(manifest)
    listed = {row["file"] for _, row in rows}
    unlisted = [name for name in texts_on_disk if name not in listed]
    if unlisted:
        raise ArticleLoadError(
            f"{folder / unlisted[0]}: text file not in the manifest {manifest.name} "
            f"(add a row for it{'' if len(unlisted) == 1 else f'; {len(unlisted) - 1} more unlisted'})"
        )

    records = []
    seen_ids: dict[str, int] = {}
    for line_no, row in rows:
        where = f"{manifest}, row {line_no}"
        path = folder / row["file"]
        if not path.is_file():
            raise ArticleLoadError(f"{where}: file {row['file']!r} does not exist in {folder}")
        article_id = row.get("article_id") or path.stem
        if article_id in seen_ids:
            raise ArticleLoadError(
                f"{where}: duplicate article id {article_id!r} (also on row {seen_ids[article_id]})"
            )
        seen_ids[article_id] = line_no
        published = _parse_date(row["published"], where)
        text = read_text(path)
        records.append(
            {
                "article_id": article_id,
                "file": row["file"],
                "path": str(path),
                "outlet": row["outlet"],
                "title": row["title"],
                "published": published,
                "url": row.get("url", ""),
                "byline": row.get("byline", ""),
                "text": text,
                "n_chars": len(text),
            }
        )
    if not records:
        raise ArticleLoadError(f"{manifest}: manifest lists no articles")
    frame = pd.DataFrame.from_records(records)
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def _read_manifest(manifest: Path) -> list[tuple[int, dict[str, str]]]:
    rows = read_rows(manifest, REQUIRED_COLUMNS, "manifest", ArticleLoadError)
    for line_no, row in rows:
        empty = [c for c in REQUIRED_COLUMNS if not row.get(c)]
        if empty:
            raise ArticleLoadError(f"{manifest}, row {line_no}: empty {', '.join(empty)}")
    return rows


def _parse_date(value: str, where: str) -> pd.Timestamp:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?", value):
        raise ArticleLoadError(f"{where}: published date {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return pd.Timestamp(value)
    except ValueError:
        raise ArticleLoadError(f"{where}: published date {value!r} is not a valid date") from None


def read_text(path: Path) -> str:
    """The file's text, verbatim (no newline translation).

    UTF-8 is expected; a file that is not UTF-8 is decoded as Windows-1252
    with an :class:`ArticleEncodingWarning`.  Empty and binary files raise.
    """
    data = path.read_bytes()
    if not data.strip():
        raise ArticleLoadError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise ArticleLoadError(f"{path}: binary file (contains NUL bytes), expected plain text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleLoadError(
                f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}) and not Windows-1252 either"
            ) from None
        warnings.warn(
            f"{path}: not UTF-8 ({exc.reason} at byte {exc.start}); decoded as Windows-1252",
            ArticleEncodingWarning,
            stacklevel=3,
        )
        return text


# --------------------------------------------------------------------------- paragraphs

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_BULLET = re.compile(r"[ \t]*(?:[•●▪◦‣·*]|-(?=\s)|\d{1,2}[.)](?=\s))\s*")
_BULLET_LINE = re.compile(r"\n(?=[ \t]*(?:[•●▪◦‣·*]|-\s|\d{1,2}[.)]\s))")
_DATELINE = re.compile(
    r"(?P<dateline>[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?(?:\s*\([^)\n]{1,40}\))?\s*(?::|—|–|--|-)\s+)(?=\S)"
)
_LABEL = re.compile(r"(?P<label>[A-Z][A-Za-z’']*(?: [A-Za-z’'-]+){0,5}):\s+(?=\S)")
_BOILERPLATE = re.compile(
    r"(?:[–—-]\s*)?(?:Copyright\b|©|\(c\)\s*\d{4}|All rights reserved|Leave a [Cc]omment|"
    r"Sign up\b|Subscribe\b|Read more\b|Click here\b|Follow us\b|Share this\b|Comments?$)",
)
_TRAILING_COPYRIGHT = re.compile(r"\s+(?=[–—-]\s*Copyright\b|©\s*\d{4}|Copyright\s+(?:©\s*)?\d{4}|Copyright The\b)")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def split_paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans of ``text``: blank-line blocks, one per bullet, trailing copyright split off.

    Spans exclude surrounding whitespace; together they cover every
    non-whitespace character.  A text with no blank line at all takes each
    line as a paragraph.
    """
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in list(separator.finditer(text)) + [None]:
        block_end = match.start() if match else len(text)
        _append_block(text, pos, block_end, spans)
        if match:
            pos = match.end()
    return spans


def _append_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    cuts = [start] + [m.start() + 1 for m in _BULLET_LINE.finditer(text, start, end)] + [end]
    for a, b in zip(cuts, cuts[1:]):
        sub = [a]
        copyright_match = _TRAILING_COPYRIGHT.search(text, a, b)
        if copyright_match and copyright_match.start() > a:
            sub.append(copyright_match.start())
        sub.append(b)
        for s, e in zip(sub, sub[1:]):
            span = _strip(text, s, e)
            if span:
                spans.append(span)


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


_SPEECH_WORDS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|concluded|concludes|explained|explains|"
    r"noted|notes|declared|declares|stated|states|warned|warns|replied|replies|tweeted|tweets|continued)\b"
    r"|^(?:he|she|they|we|i|it)\b",
    re.IGNORECASE,
)


def _is_attribution(label: str) -> bool:
    """'He concluded:' or 'The minister said:' opens a quotation; it is no lead-in label."""
    return bool(_SPEECH_WORDS.search(label))


def _normalise(s: str) -> str:
    s = s.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", s).strip().casefold()


def _classify(text: str, spans: list[tuple[int, int]], title: str) -> list[dict]:
    rows = []
    body_seen = False
    for i, (start, end) in enumerate(spans):
        para = text[start:end]
        n_words = count_words(para)
        content_start = start
        dateline = label = ""
        bullet = _BULLET.match(para)
        if _BOILERPLATE.match(para) and n_words <= 25:
            kind = "boilerplate"
        elif i == 0 and (_normalise(para) == _normalise(title) or (n_words <= 25 and not _TERMINAL.search(para))):
            kind = "headline"
        elif (
            i == 1
            and rows
            and rows[0]["kind"] == "headline"
            and n_words <= 45
            and not _TERMINAL.search(para)
        ):
            kind = "standfirst"
        elif bullet and bullet.end() < len(para):
            kind = "bullet"
            content_start = start + bullet.end()
        elif body_seen and n_words <= 8 and not _TERMINAL.search(para) and not para.startswith(("“", '"')):
            kind = "section_heading"
        else:
            kind = "body"
            found = _DATELINE.match(para)
            if found and not body_seen:
                head = found.group("dateline")
                place = head.split("(", 1)[0]  # "KESSEL (Northern Wire) -": the place is in capitals, the outlet need not be
                if sum(c.isupper() for c in place) >= 0.6 * sum(c.isalpha() for c in place):
                    dateline = head.rstrip(" :—–-")
                    content_start = start + found.end()
                    if found.end() >= len(para):
                        kind = "dateline"
        if kind in ("body", "bullet"):
            body_seen = True
            lab = _LABEL.match(text, content_start, end)
            if lab and not dateline and not _is_attribution(lab.group("label")):
                label = lab.group("label")
                content_start = lab.end()
        rows.append(
            {
                "paragraph": i,
                "start": start,
                "end": end,
                "kind": kind,
                "content_start": content_start,
                "dateline": dateline,
                "label": label,
                "text": para,
                "n_words": n_words,
            }
        )
    return rows


def paragraphs(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per paragraph: ``article_id, outlet, paragraph, start, end, kind, text ...``.

    ``kind`` is one of :data:`PARAGRAPH_KINDS`.  ``content_start`` is where the
    paragraph's own words begin, after a bullet marker, a dateline
    ("WASHINGTON (Axios):") or an Axios-style label ("Driving the news:"),
    which are given in ``dateline`` and ``label``.  Pass ``kinds`` (e.g.
    :data:`ANALYSED_KINDS`) to keep only those kinds.
    """
    _check_articles(articles)
    frames = []
    for art in articles.itertuples(index=False):
        rows = _paragraph_rows(art.text, art.title)
        frame = pd.DataFrame(rows, columns=_PARAGRAPH_COLUMNS)
        frame.insert(0, "article_id", art.article_id)
        frame.insert(1, "outlet", art.outlet)
        frames.append(frame)
    result = pd.concat(frames, ignore_index=True) if frames else _empty(_PARAGRAPH_COLUMNS)
    if kinds is not None:
        result = result[result["kind"].isin(kinds)].reset_index(drop=True)
    return result


_PARAGRAPH_COLUMNS = ["paragraph", "start", "end", "kind", "content_start", "dateline", "label", "text", "n_words"]


@lru_cache(maxsize=4096)
def _paragraph_rows(text: str, title: str) -> tuple[dict, ...]:
    return tuple(_classify(text, split_paragraph_spans(text), title))


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "corp", "co", "ltd", "jr", "sr", "no", "vs", "etc", "approx", "dept", "est", "fig",
    "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "i.e", "e.g",
}
_QUOTED_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[“\"‘']?[A-Z])")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# a possible sentence end inside a chunk: terminal punctuation, or a line break, followed by more text
_INNER_BREAK = re.compile(r"[.!?…;:][\"'”’)\]]*\s+\S|\n\s*\S")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, as offsets into ``text``.

    pysbd segments, re-anchored on the raw text (so offsets are exact), with
    two corrections: sentences inside a quotation are split where a reader
    splits them ("… for US-China. It's time …"), and a break after an
    abbreviation (Mr., Feb., U.S.) followed by a lower-case word or digit is
    undone.  Spans cover every non-whitespace character of the range.
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    if not chunk.strip():
        return []
    if not _INNER_BREAK.search(chunk.strip()):  # one sentence: pysbd would not split it
        span = _strip(text, start, end)
        return [span] if span else []
    starts = []
    cursor = 0
    # pysbd's processor directly: its segment() re-finds every sentence with a fresh regex,
    # which is slow and drops a sentence it cannot find; we anchor on the raw text ourselves
    for seg in _segmenter().processor(chunk).process():
        piece = seg.strip()
        if not piece:
            continue
        found = chunk.find(piece, cursor)
        if found < 0:  # pysbd altered the text: fall back to its own length
            found = cursor
        starts.append(found)
        cursor = found + max(len(piece), 1)
    bounds = _bounded(chunk, sorted(set(starts)))
    refined: list[tuple[int, int]] = []
    for a, b in bounds:
        refined.extend(_split_inside_quotes(chunk, a, b))
    merged: list[tuple[int, int]] = []
    for a, b in refined:
        if merged and _should_merge(chunk, merged[-1], (a, b)):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [(start + a, start + b) for a, b in merged]


def _bounded(chunk: str, starts: list[int]) -> list[tuple[int, int]]:
    if not starts or chunk[: starts[0]].strip():
        starts = [0] + starts
    spans = []
    for a, b in zip(starts, starts[1:] + [len(chunk)]):
        span = _strip(chunk, a, b)
        if span:
            spans.append(span)
    return spans


def _split_inside_quotes(chunk: str, a: int, b: int) -> list[tuple[int, int]]:
    piece = chunk[a:b]
    cuts = [0]
    for match in _QUOTED_SPLIT.finditer(piece):
        before = piece[: match.start()]
        if not _inside_quote(before):
            continue
        word = _LAST_WORD.search(before)
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        cuts.append(match.end())
    cuts.append(len(piece))
    out = []
    for s, e in zip(cuts, cuts[1:]):
        span = _strip(chunk, a + s, a + e)
        if span:
            out.append(span)
    return out


def _inside_quote(before: str) -> bool:
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def _should_merge(chunk: str, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    head = chunk[cur[0] : cur[1]]
    tail = chunk[prev[0] : prev[1]]
    if not any(c.isalnum() for c in head):  # a stray closing mark ('' or ”) belongs to what it closes
        return True
    first = head.lstrip("“\"‘'([")[:1]
    if first and (first.islower() or first.isdigit()):
        word = _LAST_WORD.search(tail)
        if word and word.group(1).lower() in _ABBREVIATIONS:
            return True
        if first.islower() and not tail.endswith(("?", "!")) and not _BULLET.match(head):
            return True
    if tail.endswith((". .", "…")) and first.islower():
        return True
    return False


@lru_cache(maxsize=4096)
def _sentence_rows(text: str, title: str) -> tuple[tuple[str | int, ...], ...]:
    """``(paragraph, kind, start, end, n_words)`` of every sentence; cached, as every stage asks for them."""
    rows = []
    for para in _paragraph_rows(text, title):
        split_from = para["start"] if para["kind"] != "bullet" else para["content_start"]
        for s, e in split_sentence_spans(text, split_from, para["end"]):
            rows.append((para["paragraph"], para["kind"], s, e, count_words(text[s:e])))
    return tuple(rows)


def sentences(articles: pd.DataFrame, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per sentence: ``article_id, outlet, sentence, paragraph, kind, start, end, text, n_words``.

    ``sentence`` counts from 0 within the article; ``paragraph`` and ``kind``
    come from :func:`paragraphs`.  A bullet's first sentence starts after the
    marker; datelines and labels stay in their paragraph's first sentence.
    """
    _check_articles(articles)
    rows = []
    for art in articles.itertuples(index=False):
        for number, (paragraph, kind, s, e, n_words) in enumerate(_sentence_rows(art.text, art.title)):
            rows.append((art.article_id, art.outlet, number, paragraph, kind, s, e, art.text[s:e], n_words))
    columns = ["article_id", "outlet", "sentence", "paragraph", "kind", "start", "end", "text", "n_words"]
    frame = pd.DataFrame(rows, columns=columns).astype({"sentence": "int64", "paragraph": "int64", "start": "int64",
                                                        "end": "int64", "n_words": "int64"})
    if kinds is not None:
        frame = frame[frame["kind"].isin(kinds)].reset_index(drop=True)
    return frame


# --------------------------------------------------------------------------- summaries


def structure(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: counts of paragraphs by kind, sentences and words (analysed kinds only)."""
    paras = paragraphs(articles)
    sents = sentences(articles, kinds=ANALYSED_KINDS)
    kinds = paras.pivot_table(index="article_id", columns="kind", values="paragraph", aggfunc="count", fill_value=0)
    kinds = kinds.reindex(columns=list(PARAGRAPH_KINDS), fill_value=0).add_prefix("n_")
    analysed = paras[paras["kind"].isin(ANALYSED_KINDS)]
    table = articles[["article_id", "outlet", "title", "published"]].set_index("article_id")
    table = table.join(kinds)
    table["n_paragraphs"] = analysed.groupby("article_id").size()
    table["n_sentences"] = sents.groupby("article_id").size()
    table["n_words"] = analysed.groupby("article_id")["n_words"].sum()
    table["words_per_sentence"] = (table["n_words"] / table["n_sentences"]).round(1)
    count_cols = [c for c in table.columns if c.startswith("n_")]
    table[count_cols] = table[count_cols].fillna(0).astype(int)
    return table.reset_index()


def _check_articles(articles: pd.DataFrame) -> None:
    require_articles(articles, ("article_id", "outlet", "title", "text"))


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
