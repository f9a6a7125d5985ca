"""Tables to read, not to decode: percentages, two decimals, headers in words, text that wraps.

:func:`readable_table` formats a DataFrame for a reader: shares as
percentages (``81%``, not ``0.810256``), other fractional numbers (scores,
means, z-scores) to two decimals, headers in plain words (``n_words`` ->
"Words", a small mapping for the project's known columns), dates without a
time of day, lists joined by commas, text left-aligned and wrapped, never cut.

Shown in JupyterLab, the table sorts, filters and searches (itables, its
DataTables bundle embedded offline by :func:`interactive_tables`, run once per
notebook).  In the HTML report the same table is plain, sanitised HTML, which
the report page's own small script makes sortable and searchable
(:mod:`helpers.report.table_script`): no script from a cell output ever runs
there.

>>> interactive_tables()                      # once, in the notebook's first code cell
>>> readable_table(shares, percent=["ci_low", "ci_high"])

The object returned holds the formatted table (``.frame``, all text) and
shows itself in JupyterLab; ``.html()`` is the static table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

import pandas as pd
from itables import javascript as itables_js

#: The mime type of what a shared report page shows instead of an output's ``text/html`` ("" = nothing).
#: JupyterLab ignores it (it renders ``text/html``); :mod:`helpers.report.sanitize` uses it, cleaned.
REPORT_MIME = "application/vnd.news-framing.report+html"

#: Plain-language headers for the project's known columns; any other column: underscores to spaces.
HEADERS = {
    "article_id": "Article",
    "n_chars": "Characters",
    "n_words": "Words",
    "n_sentences": "Sentences",
    "n_paragraphs": "Paragraphs",
    "n_body": "Body paragraphs",
    "n_bullet": "Bullets",
    "n_section_heading": "Section headings",
    "n_standfirst": "Standfirsts",
    "n_boilerplate": "Boilerplate",
    "n_headline": "Headlines",
    "n_dateline": "Datelines",
    "n_quotes": "Quotes",
    "n_speakers": "Speakers",
    "n_shared": "Shared words",
    "n_sources": "Sources",
    "n_loaded": "Loaded terms",
    "words_per_sentence": "Words per sentence",
    "ci_low": "95% CI from",
    "ci_high": "95% CI to",
    "too_few": "Too few to tell",
    "z": "z-score",
    "count_others": "Count in the others",
    "vader_compound": "VADER compound",
    "polarity": "TextBlob polarity",
    "subjectivity": "TextBlob subjectivity",
    "speaker_kind": "Kind of speaker",
    "quoted_words": "Quoted words",
    "reported_words": "Reported words",
    "date_start": "From",
    "date_end": "To",
    "start": "Start",
    "end": "End",
    "text": "Text",
    "url": "URL",
}

#: Columns whose fractions read as percentages, by name (as do ``share_…`` and ``…_share``).
PERCENT_COLUMNS = frozenset({"share", "pct", "percent", "share_agree"})
#: Tables with fewer rows are read at a glance: no search box (as the report's script, FEW_ROWS there too).
FEW_ROWS = 4
#: Rows on one page of an interactive table in JupyterLab (DataTables' default); longer tables page.
PAGE_ROWS = 10
#: A text column with values longer than this many characters gets room to wrap (class ``long``).
LONG_TEXT = 40

_SNAKE = re.compile(r"_+")


def header(name) -> str:
    """A column name in words: the :data:`HEADERS` mapping, else ``n_x`` -> "X", underscores to spaces."""
    if isinstance(name, tuple):
        return " ".join(header(part) for part in name if str(part))
    name = str(name)
    if name in HEADERS:
        return HEADERS[name]
    if name.startswith("n_") and len(name) > 2:
        name = name[2:]
    words = _SNAKE.sub(" ", name).strip()
    return words[:1].upper() + words[1:] if words else name


def _is_percent(name, percent: set) -> bool:
    """Named in ``percent``, or a share by its name: ``share``, ``share_highest``, ``quoted_share`` (not ``n_shared``)."""
    text = str(name).lower()
    return name in percent or text in PERCENT_COLUMNS or text.startswith("share_") or text.endswith("_share")


def format_percent(value) -> str:
    """A share as a percentage: ``0.810256`` -> ``"81%"``; under 1% (not zero) keeps a decimal: ``"0.4%"``."""
    if pd.isna(value):
        return ""
    value = float(value)
    return f"{value:.1%}" if 0 < abs(value) < 0.01 else f"{value:.0%}"


def format_number(value, decimals: int = 2) -> str:
    """A whole number as it is; any other to ``decimals`` places; missing as blank."""
    if pd.isna(value):
        return ""
    value = float(value)
    return f"{value:.0f}" if value.is_integer() else f"{value:.{decimals}f}"


def _format_value(value) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.strftime("%Y-%m-%d %H:%M")
    return str(value)


def _column(series: pd.Series, is_percent: bool, decimals: int) -> tuple[list[str], str]:
    """The column's values as text, and its kind: ``num`` (right-aligned) or ``text``."""
    if pd.api.types.is_bool_dtype(series):
        return ["yes" if v else "no" for v in series], "text"
    if pd.api.types.is_numeric_dtype(series):
        if is_percent and not pd.api.types.is_integer_dtype(series):
            return [format_percent(v) for v in series], "num"
        if pd.api.types.is_integer_dtype(series):
            return ["" if pd.isna(v) else str(int(v)) for v in series], "num"
        return [format_number(v, decimals) for v in series], "num"
    return [_format_value(v) for v in series], "text"


@dataclass
class ReadableTable:
    """A table formatted for reading: ``frame`` (every cell as text, headers in words) and each column's kind."""

    frame: pd.DataFrame
    kinds: list[str]
    caption: str = ""
    options: dict = field(default_factory=dict)

    def html(self) -> str:
        """The static table: escaped text, classes for alignment and wrapping, in a box that scrolls if it must."""
        cols = list(self.frame.columns)
        head = "".join(f'<th scope="col" class="{k}">{escape(str(c))}</th>' for c, k in zip(cols, self.kinds))
        rows = []
        for values in self.frame.itertuples(index=False):
            cells = "".join(f'<td class="{k}">{escape(v)}</td>' for v, k in zip(values, self.kinds))
            rows.append(f"<tr>{cells}</tr>")
        caption = f"<caption>{escape(self.caption)}</caption>" if self.caption else ""
        return (
            f'<div class="readable-table"><table class="readable">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )

    def interactive_html(self) -> str:
        """The table as itables renders it (sort, search, pages), its DataTables code from the notebook's own output."""
        text = [i for i, k in enumerate(self.kinds) if k.startswith("text")]
        numbers = [i for i, k in enumerate(self.kinds) if k == "num"]
        long = [i for i, k in enumerate(self.kinds) if k == "text long"]
        defs = [{"className": "dt-left", "targets": text}, {"className": "dt-right", "targets": numbers}]
        if long:
            defs.append({"className": "readable-long", "targets": long})
        options = {
            "connected": False,
            "classes": "display compact",  # no "nowrap": long text wraps
            "showIndex": False,
            "columnDefs": defs,
            "maxBytes": 0,  # every row, never a sample
            "display_logo_when_loading": False,
            "text_in_header_can_be_selected": False,  # a click anywhere on a header sorts, as in the report
            "style": "width:auto;margin:0;table-layout:auto",  # as wide as its content, up to the page
        }
        if len(self.frame) < FEW_ROWS:  # read at a glance: no search box, no paging
            options["layout"] = {"topStart": None, "topEnd": None, "bottomStart": None, "bottomEnd": None}
        elif len(self.frame) <= PAGE_ROWS:  # one page (itables would hide the search box): search, no paging
            options["layout"] = {"topStart": None, "topEnd": "search", "bottomStart": "info", "bottomEnd": None}
        options.update(self.options)
        return itables_js.to_html_datatable(self.frame, caption=self.caption or None, **options)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            "text/html": LONG_TEXT_CSS + self.interactive_html(),
            REPORT_MIME: self.html(),
            "text/plain": self.frame.to_string(index=False, max_rows=30, max_colwidth=60),
        }


#: In JupyterLab: long text wraps at a readable width rather than stretching the table.
LONG_TEXT_CSS = "<style>td.readable-long{min-width:16em;max-width:36em;white-space:normal}</style>"


def readable_table(
    df: pd.DataFrame | pd.Series,
    percent: list[str] | tuple[str, ...] = (),
    decimals: int = 2,
    headers: dict | None = None,
    caption: str = "",
    **options,
) -> ReadableTable:
    """``df`` formatted for reading (see the module's docstring); ``percent`` adds columns shown as percentages.

    A named index (an outlet, a kind) becomes the first columns; an unnamed
    row number is left out.  ``headers``
    overrides the words of any column; ``options`` go to itables (e.g.
    ``pageLength=25``).

    >>> readable_table(pd.DataFrame({"outlet": ["Axios"], "share": [0.810256], "z": [1.914]})).frame
      Outlet Share z-score
    0  Axios   81%    1.91
    """
    frame = df.to_frame() if isinstance(df, pd.Series) else df
    if any(name is not None for name in frame.index.names):
        frame = frame.reset_index()
    elif not pd.api.types.is_integer_dtype(frame.index):  # labels without a name: still worth showing
        frame = frame.reset_index(names="")
    percent = set(percent)
    columns, kinds = {}, []
    names = headers or {}
    for position, name in enumerate(frame.columns):
        values, kind = _column(frame.iloc[:, position], _is_percent(name, percent), decimals)
        if kind == "text" and any(len(v) > LONG_TEXT for v in values):
            kind = "text long"
        label = names.get(name, header(name))
        while label in columns:  # two columns with one header: keep both
            label += " "
        columns[label] = values
        kinds.append(kind)
    return ReadableTable(pd.DataFrame(columns, columns=list(columns)), kinds, caption, options)


def interactive_tables_bundle() -> dict[str, str]:
    """The display :func:`interactive_tables` shows: itables' DataTables code embedded, nothing in a report."""
    init = itables_js.read_package_file("html/init_datatables.html")
    connected = "import { set_or_remove_dark_class } from '" + itables_js.UNPKG_DT_BUNDLE_URL_NO_VERSION + "';"
    local = "const { set_or_remove_dark_class } = await window." + itables_js._itables_underscore_version() + ";"
    init = itables_js.replace_value(init, connected, local)
    bundle = itables_js.generate_init_offline_itables_html(itables_js.opt.dt_bundle)
    return {"text/html": bundle + init, REPORT_MIME: "", "text/plain": "(interactive tables: on)"}


def interactive_tables() -> None:
    """Make the notebook's readable tables sort, filter and search, offline: run once, in the first code cell.

    Displays itables' DataTables bundle (its JavaScript and CSS, embedded: no
    network) for the tables that follow.  A shared report page shows nothing
    in its place: there, the page's own script makes the tables interactive.
    """
    # imported here: IPython's display is only there in a notebook
    from IPython.display import display

    display(interactive_tables_bundle(), raw=True)
