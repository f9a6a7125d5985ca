"""Saved web pages written for the tests (fictional outlets, people and places), and what each should give."""

from __future__ import annotations

from pathlib import Path

#: A news page as a browser saves it: navigation, a byline, the story, an aside, reader comments and a footer.
NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Port talks stall as ministers trade blame | Harbour Gazette</title>
<meta property="og:title" content="Port talks stall as ministers trade blame">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:url" content="https://gazette.example/world/port-talks-stall">
<meta property="article:published_time" content="2022-03-15T09:30:00+01:00">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main>
<article>
<h1>Port talks stall as ministers trade blame</h1>
<p class="byline">By Mara Jensen</p>
<p>Trade ministers from Norland and Estavia met in Kessel on Monday for a third round of talks on the shared
harbour, but left without an agreement.</p>
<p>“We came with a fair offer and were met with delay,” said Anna Berg, Norland’s trade minister.
“The next move is theirs.”</p>
<p>Estavia’s ministry said the proposal ignored its fishing fleet. The two sides will meet again in May.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes ferry routes</a></li>
<li><a href="/b">Council backs new bridge</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Reader42: This deal will never happen, mark my words.</p></div>
<div class="comment"><p>Harbourfan: The fishermen deserve better than this.</p></div>
</section>
</main>
<footer><p>© 2022 Harbour Gazette. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/contact">Contact us</a></p></footer>
</body>
</html>
"""

NEWS_TEXT = (
    "Port talks stall as ministers trade blame\n\n"
    "Trade ministers from Norland and Estavia met in Kessel on Monday for a third round of talks on the shared "
    "harbour, but left without an agreement.\n\n"
    "“We came with a fair offer and were met with delay,” said Anna Berg, Norland’s trade minister. "
    "“The next move is theirs.”\n\n"
    "Estavia’s ministry said the proposal ignored its fishing fleet. The two sides will meet again in May.\n"
)

#: A page with a headline and a story but no date and no site name anywhere in its markup or address.
UNDATED_PAGE = """<html><head><meta charset="utf-8"><title>Estavia defends fishermen in harbour dispute</title></head>
<body><div id="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
<div class="story"><h1>Estavia defends fishermen in harbour dispute</h1>
<p>Estavia stood firm on Monday in talks with Norland over the Kessel harbour, insisting that its fishing fleet
must keep its berths.</p>
<p>“Our fishermen are not a bargaining chip,” trade minister Piet Vos told reporters after the meeting.</p>
</div><div class="footer">Estavia Ledger, 12 Quay Street</div></body></html>
"""

UNDATED_TEXT = (
    "Estavia defends fishermen in harbour dispute\n\n"
    "Estavia stood firm on Monday in talks with Norland over the Kessel harbour, insisting that its fishing "
    "fleet must keep its berths.\n\n"
    "“Our fishermen are not a bargaining chip,” trade minister Piet Vos told reporters after the meeting.\n"
)

#: A page saved in Windows-1252, as its <meta http-equiv> says: é, curly quotes, a dash and a euro sign.
WINDOWS_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    "<title>Café owners fear “long winter”</title>"
    '<meta property="og:site_name" content="Northern Wire">'
    '<meta name="date" content="2022-03-16"></head>'
    "<body><article><h1>Café owners fear “long winter”</h1>"
    "<p>Owners of the cafés along Kessel’s quay said on Tuesday that the harbour dispute had already cost them "
    "customers — some €200 a day.</p>"
    "<p>“We are waiting, like everyone,” said one owner, who asked not to be named.</p></article>"
    "<footer>Northern Wire © 2022</footer></body></html>"
).encode("cp1252")

WINDOWS_TEXT = (
    "Café owners fear “long winter”\n\n"
    "Owners of the cafés along Kessel’s quay said on Tuesday that the harbour dispute had already cost them "
    "customers — some €200 a day.\n\n"
    "“We are waiting, like everyone,” said one owner, who asked not to be named.\n"
)

#: file name -> (bytes, the text init writes, title, published, outlet)
PAGES = {
    "port-talks.html": (NEWS_PAGE.encode("utf-8"), NEWS_TEXT, "Port talks stall as ministers trade blame",
                        "2022-03-15", "Harbour Gazette"),
    "fishermen.htm": (UNDATED_PAGE.encode("utf-8"), UNDATED_TEXT, "Estavia defends fishermen in harbour dispute",
                      "", ""),
    "cafes.html": (WINDOWS_PAGE, WINDOWS_TEXT, "Café owners fear “long winter”", "2022-03-16", "Northern Wire"),
}


def write_pages(folder: Path, names=tuple(PAGES)) -> Path:
    """Write the saved pages ``names`` into ``folder`` (made if needed); returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(PAGES[name][0])
    return folder
