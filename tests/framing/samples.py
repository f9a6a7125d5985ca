"""Small tables and article folders written for the framing tests."""

from __future__ import annotations

import pandas as pd

#: Two outlets on unrelated small events: no quotes, no frame of the lexicon, no leader, no shared fact,
#: and no word used five times, so every section but tone has nothing to report.
QUIET = [
    {
        "file": "post.txt",
        "outlet": "Valley Post",
        "title": "Orchard bloom draws walkers to Fenwick hills",
        "published": "2022-04-10",
        "text": (
            "Orchard bloom draws walkers to Fenwick hills\n\n"
            "Apple trees across the Fenwick hills flowered early this spring after a mild winter.\n\n"
            "Walkers crowded the narrow lanes on Sunday to photograph the pink blossom along the river path.\n\n"
            "Local bakers sold cider cake from small stalls near the old mill.\n"
        ),
    },
    {
        "file": "gazette.txt",
        "outlet": "Hill Gazette",
        "title": "Lantern parade lights up Brookmere harbour",
        "published": "2022-04-11",
        "text": (
            "Lantern parade lights up Brookmere harbour\n\n"
            "Hundreds of paper lanterns floated past the harbour wall as darkness fell over Brookmere.\n\n"
            "Children painted the lanterns in school workshops during the autumn term.\n\n"
            "A brass band played old sea shanties until midnight.\n"
        ),
    },
]

#: Two outlets whose body sentences are all quotes: the narrator says nothing of their own.
ALL_QUOTED = [
    {
        "file": "post.txt",
        "outlet": "Valley Post",
        "title": "Harbour festival opens",
        "published": "2022-06-01",
        "text": (
            "Harbour festival opens\n\n"
            "\u201cWe have waited a long time for a summer like this one,\u201d said Ada Linn.\n\n"
            "\u201cEvery boat in the bay will carry a lantern tonight,\u201d said Ada Linn.\n"
        ),
    },
    {
        "file": "gazette.txt",
        "outlet": "Hill Gazette",
        "title": "Lanterns on the water",
        "published": "2022-06-01",
        "text": (
            "Lanterns on the water\n\n"
            "\u201cThe boats are ready and the lanterns are lit,\u201d said Tom Reed.\n\n"
            "\u201cNobody here remembers a calmer evening on the bay,\u201d said Tom Reed.\n"
        ),
    },
]

#: Quotes written by hand, in the contract of helpers.quotes.extract_quotes.
HAND_QUOTES = pd.DataFrame(
    [
        ("a1", "Alpha", "direct", "Ann Lee", "named", "US government", 10),
        ("a1", "Alpha", "partial", "senior official", "anonymous", "US government", 4),
        ("a1", "Alpha", "indirect", "White House", "institution", "US government", 6),
        ("a1", "Alpha", "direct", "", "", "", 3),
        ("b1", "Beta", "direct", "Wang Yi", "named", "Chinese government", 8),
        ("b1", "Beta", "continuation", "Wang Yi", "named", "Chinese government", 4),
        ("b1", "Beta", "direct", "Kim Park", "named", "expert", 12),
        ("b1", "Beta", "indirect", "senior official", "anonymous", "US government", 6),
    ],
    columns=["article_id", "outlet", "kind", "speaker", "speaker_kind", "side", "n_words"],
)
