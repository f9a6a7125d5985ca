"""What a reader would see wrong on a report page, checked in a real browser (Playwright, Chromium).

``page_problems(page, path)`` opens a local HTML file and lists, in words:
text that looks like markup (rendering that leaked out as text), a table
without header cells, an image that does not load, a link to a local file
or an anchor that does not exist, any request that is not a local file (it
is blocked, then reported), and any console error or uncaught exception.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

# Rendering that leaked out as text: a tag name right after "<" or "</".
MARKUP_AS_TEXT = r"<\/?(h[1-6]|p|table|thead|tbody|tr|th|td|style|div|span|ul|ol|li|strong|em|br|img)\b"

# Schemes that never leave the machine.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

INSPECT_JS = """async (markupPattern) => {
  const images = [...document.images];
  // thumbnails load lazily: load every one now, so that a broken one shows (bounded wait)
  images.forEach(img => { img.loading = 'eager'; });
  const settle = Promise.all(images.map(img => img.decode().catch(() => null)));
  await Promise.race([settle, new Promise(r => setTimeout(r, 15000))]);

  const markup = new RegExp(markupPattern, 'i');
  const leaked = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // the code of a notebook is code: it may hold "<" legitimately
    if (!parent || parent.closest('script, style, .jp-InputArea-editor')) continue;
    const found = node.textContent.match(markup);
    if (found) {
      const at = found.index;
      leaked.push(node.textContent.slice(Math.max(0, at - 40), at + 60).replace(/\\s+/g, ' '));
    }
  }
  const headless = [...document.querySelectorAll('table')]
    .filter(t => !t.querySelector('th'))
    .map(t => t.innerText.slice(0, 80).replace(/\\s+/g, ' '));
  const broken = images.filter(img => !(img.complete && img.naturalWidth > 0)).map(img => img.getAttribute('src').slice(0, 120));
  const here = location.href.split('#')[0];
  const anchors = [...document.querySelectorAll('a[href]')];
  const links = anchors.map(a => a.href);
  const missingAnchors = anchors
    .filter(a => a.href.split('#')[0] === here && a.hash.length > 1)
    .map(a => a.hash.slice(1))
    // as the browser resolves a fragment: the id as written, else percent-decoded
    .filter(raw => ![raw, decodeURIComponent(raw)].some(id => document.getElementById(id) || document.getElementsByName(id).length));
  return {title: document.title, leaked, headless, broken, links, missingAnchors,
          linksIndex: anchors.some(a => a.getAttribute('href') === 'index.html')};
}"""


def local_path(url: str) -> Path | None:
    """The file a ``file://`` URL points to (fragment and query dropped), else None."""
    parsed = urlparse(url)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def page_problems(page, path: Path, timeout_ms: float = 30_000) -> tuple[list[str], dict]:
    """Open ``path`` in ``page`` (a fresh Playwright page); the problems found, and what was inspected."""
    requests, console = [], []

    # every request is seen; any that would leave the machine is blocked, so the check never goes online
    page.on("request", lambda r: None if r.url.startswith(LOCAL_SCHEMES) else requests.append(r.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL_SCHEMES) else route.abort())
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: console.append(f"uncaught: {exc}"))
    page.goto(path.resolve().as_uri(), wait_until="load", timeout=timeout_ms)
    seen = page.evaluate(INSPECT_JS, MARKUP_AS_TEXT)

    problems = [f"markup shown as text: …{t}…" for t in seen["leaked"]]
    problems += [f"table without header cells: {t}" for t in seen["headless"]]
    problems += [f"image does not load: {src}" for src in seen["broken"]]
    problems += [f"link to a missing anchor: #{a}" for a in seen["missingAnchors"]]
    for url in seen["links"]:
        target = local_path(url)
        if target is not None and not target.exists():
            problems.append(f"link to a missing file: {target}")
    problems += [f"request that is not a local file: {u}" for u in dict.fromkeys(requests)]
    problems += [f"console error: {m}" for m in console]
    return problems, seen


def problems_by_kind(problems: list[str]) -> set[str]:
    """The kinds of problem found (the words before the colon)."""
    return {re.split(r":", p, maxsplit=1)[0] for p in problems}
