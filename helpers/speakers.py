"""Who is speaking: the speaker registry and coreference within an article.

The code lives in :mod:`helpers.quotes` (``registry``, ``people``,
``resolution``, ``sides``, ``speaker``, ``nouns``, word lists in
``lexicon``); this module keeps the names importable from here.

>>> from helpers.speakers import ArticleSpeakers
>>> people = ArticleSpeakers("Foreign minister Wang Yi met Blinken.")
>>> people.resolve("Mr Wang", 40).name
'Wang Yi'
"""

from .errors import SpeakerRegistryError
from .quotes.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    PERSON_NOUNS,
    PLURAL_INSTITUTION,
    PRONOUNS,
)
from .quotes.nouns import is_place, person_noun, singular, speaker_mention
from .quotes.people import Person, find_people
from .quotes.registry import (
    KINDS,
    REGISTRY_COLUMNS,
    SIDES,
    Registry,
    load_registry,
    normalise_name,
    registry_index,
    study_registry,
)
from .quotes.resolution import ArticleSpeakers
from .quotes.sides import infer_side
from .quotes.speaker import Speaker

__all__ = [
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "HONORIFICS",
    "INSTITUTION_NOUNS",
    "KINDS",
    "PERSON_NOUNS",
    "PLURAL_INSTITUTION",
    "PRONOUNS",
    "REGISTRY_COLUMNS",
    "SIDES",
    "ArticleSpeakers",
    "Person",
    "Registry",
    "Speaker",
    "SpeakerRegistryError",
    "find_people",
    "infer_side",
    "is_place",
    "load_registry",
    "normalise_name",
    "person_noun",
    "registry_index",
    "singular",
    "speaker_mention",
    "study_registry",
]
