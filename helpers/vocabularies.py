"""The closed vocabularies that the data files and the analyses' tables share.

A column of a data file that takes one of a few values is checked against
these (:mod:`helpers.datafiles`), and the analyses read and write the same
values: the timeline's levels, modes and statuses, the people registry's kinds
and affiliations, the quotes' speaker sides.  This module imports nothing, so
any module can use it.
"""

from __future__ import annotations

#: Rank of an office or an engagement, from heads of state and government down
#: (the order ranks: the timeline takes the most senior level with ``LEVELS.index``).
LEVELS = ("leaders", "cabinet", "deputies", "envoys", "other")
#: How an engagement took place.
MODES = ("call", "video call", "in-person meeting", "visit", "summit")
#: Whether an engagement took place or is planned.
STATUSES = ("happened", "planned")
#: The seeds' camps on the timeline (an actor's ``side`` there).
CAMPS = ("US", "China", "other")

#: What an entry of the people registry is: a person, an institution (a ministry, a news agency), a country, a group.
PEOPLE_KINDS = ("person", "institution", "country", "group")
#: Whom a person or institution speaks for, as a fact (a study maps these to its sides).
AFFILIATIONS = ("", "government", "state media", "academia", "think tank", "party", "company", "media", "ngo")

#: The seeds' sides of a quoted speaker.
SPEAKER_SIDES = ("US government", "Chinese government", "expert", "other")
#: What a quoted speaker is: a named person, an anonymous source, an institution.
SPEAKER_KINDS = ("named", "anonymous", "institution")
