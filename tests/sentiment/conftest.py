"""Folders for the sentiment tests: one where no one is quoted."""

from __future__ import annotations

import pytest

from tests.conftest import write_folder

#: Two short articles that quote no one and report no speech.
NO_QUOTES = [
    {
        "file": "gazette.txt",
        "outlet": "Harbour Gazette",
        "title": "Port talks resume",
        "published": "2022-03-15",
        "text": (
            "Port talks resume\n\n"
            "Trade ministers from Norland and Estavia met in Kessel on Monday for a third round of talks on the "
            "shared harbour.\n\n"
            "The talks lasted three hours. Both delegations will meet again in May.\n"
        ),
    },
    {
        "file": "ledger.txt",
        "outlet": "Estavia Ledger",
        "title": "Harbour talks go on",
        "published": "2022-03-15",
        "text": (
            "Harbour talks go on\n\n"
            "Ministers of the two countries held a third round of harbour talks in Kessel on Monday.\n\n"
            "A fourth round is planned for May.\n"
        ),
    },
]


@pytest.fixture
def no_quotes(tmp_path):
    """Two outlets whose articles quote no one."""
    return write_folder(tmp_path / "no_quotes", NO_QUOTES)
