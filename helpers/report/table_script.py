"""The report pages' own table script: every table with a header row sorts and filters, offline.

Cell outputs never carry a live script into a shared page (see
:mod:`.sanitize`), so itables' interactive tables cannot come along.  This
script is the project's, written here and put into each page by the page
template, not taken from any output.  It reads the tables already in the
page and only adds to them: a search box over each table with its count of
rows shown, and header cells that sort the rows (click, or Enter on a
focused header; numbers, percentages and signed scores sort as numbers,
everything else alphabetically; again to reverse).  Tables too wide for the
page scroll inside their own box.  It fetches nothing, writes no markup from
the table's text (only ``textContent``), and leaves a table with fewer than
four rows (read at a glance) or more than one header row as it is.
"""

from __future__ import annotations

TABLE_SCRIPT = r"""
(function () {
  "use strict";
  var MIN_ROWS = 4;  // fewer rows are read at a glance
  function asNumber(text) {
    var t = text.replace(/[%,\s\u2009\u202f]/g, "").replace(/\u2212/g, "-").replace(/^\+/, "");
    return t !== "" && isFinite(t) ? parseFloat(t) : null;
  }
  function cellText(row, i) {
    var cell = row.cells[i];
    return cell ? cell.textContent.trim() : "";
  }
  function enhance(table, n) {
    var head = table.tHead, body = table.tBodies[0];
    if (!head || head.rows.length !== 1 || !body || body.rows.length < MIN_ROWS) return;
    var rows = Array.prototype.slice.call(body.rows);
    var headers = Array.prototype.slice.call(head.rows[0].cells);
    var box = table.parentElement;
    if (!box.classList.contains("readable-table")) {
      box = document.createElement("div");
      box.className = "table-scroll";
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    }
    var tools = document.createElement("div");
    tools.className = "table-tools";
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "search";
    input.id = "table-search-" + n;
    input.placeholder = "Filter rows";
    label.htmlFor = input.id;
    label.textContent = "Search: ";
    var count = document.createElement("span");
    count.className = "table-count";
    count.setAttribute("aria-live", "polite");
    tools.appendChild(label);
    tools.appendChild(input);
    tools.appendChild(count);
    box.parentNode.insertBefore(tools, box);

    function filter() {
      var query = input.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (row) {
        var hit = !query || row.textContent.toLowerCase().indexOf(query) >= 0;
        row.hidden = !hit;
        if (hit) shown += 1;
      });
      count.textContent = query ? shown + " of " + rows.length + " rows" : rows.length + " rows";
    }
    function sortBy(i) {
      var th = headers[i];
      var direction = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      headers.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", direction);
      var values = rows.map(function (row) { return cellText(row, i); });
      var numeric = values.every(function (v) { return v === "" || asNumber(v) !== null; });
      var order = rows.map(function (row, k) { return k; });
      order.sort(function (a, b) {
        var x = values[a], y = values[b], c;
        if (x === "" || y === "") c = (x === "") - (y === "");  // blanks last
        else if (numeric) c = asNumber(x) - asNumber(y);
        else c = x.localeCompare(y, undefined, {numeric: true, sensitivity: "base"});
        if (direction === "descending" && x !== "" && y !== "") c = -c;
        return c || a - b;
      });
      order.forEach(function (k) { body.appendChild(rows[k]); });
    }
    headers.forEach(function (th, i) {
      if (!th.textContent.trim()) return;
      th.classList.add("sortable");
      th.tabIndex = 0;
      th.title = "Sort by this column (again to reverse)";
      th.setAttribute("aria-sort", "none");
      th.addEventListener("click", function () { sortBy(i); });
      th.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortBy(i); }
      });
    });
    input.addEventListener("input", filter);
    filter();
  }
  Array.prototype.slice.call(document.querySelectorAll("table")).forEach(enhance);
})();
"""

TABLE_CSS = """
.readable-table, .table-scroll { max-width: 100%; overflow-x: auto; margin: 0.2rem 0 0.6rem; }
.jp-RenderedHTMLCommon table.readable { table-layout: auto; border-collapse: collapse; margin: 0; }
.jp-RenderedHTMLCommon table.readable th, .jp-RenderedHTMLCommon table.readable td {
  white-space: normal; vertical-align: top; padding: 0.3em 0.6em; }
.jp-RenderedHTMLCommon table.readable .text { text-align: left; }
.jp-RenderedHTMLCommon table.readable .num { text-align: right; font-variant-numeric: tabular-nums; }
.jp-RenderedHTMLCommon table.readable td.long { min-width: 16em; max-width: 38em; }
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { white-space: normal; }
.table-tools { font-family: var(--jp-ui-font-family); font-size: var(--jp-ui-font-size1); margin: 0.4rem 0 0.2rem;
  display: flex; gap: 0.5rem; align-items: center; }
.table-tools input { font: inherit; padding: 0.15rem 0.4rem; border: 1px solid #bbb; border-radius: 3px; }
.table-count { color: var(--jp-ui-font-color2); }
th.sortable { cursor: pointer; user-select: none; }
th.sortable:hover, th.sortable:focus { background: #eef4fa; outline: none; }
th.sortable::after { content: " \\2195"; color: #aaa; font-weight: normal; }
th.sortable[aria-sort="ascending"]::after { content: " \\25B2"; color: #333; }
th.sortable[aria-sort="descending"]::after { content: " \\25BC"; color: #333; }
tr[hidden] { display: none; }
"""
