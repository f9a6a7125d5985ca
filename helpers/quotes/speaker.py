"""What a resolved speaker is."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical ``name``, ``kind``, ``side`` and ``role``."""

    name: str
    kind: str
    side: str
    role: str = ""
    gender: str = ""
    plural: bool = False
    registered: bool = False
    head: str = ""
    modifiers: frozenset = field(default_factory=frozenset)
