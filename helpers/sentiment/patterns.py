"""The regular expressions of the target-sentiment features (:mod:`.features`)."""

from __future__ import annotations

import re

#: Where a clause ends: punctuation that separates clauses, dashes, and the conjunctions that turn the tone.
CLAUSE_BREAK = re.compile(
    r"[;:,()\[\]—–]|\s-\s|\b(?:but|while|whereas|although|though|however|yet|despite)\b", re.IGNORECASE
)
#: Quotation marks, straight and curly (single curly marks only where they stand apart from a word).
QUOTE_MARKS = re.compile(r"[\"“”]|(?<!\w)‘|’(?!\w)")
