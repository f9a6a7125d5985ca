"""One colour per outlet and per side, used the same way in every chart and in the reading view.

Plain data and a stable assignment, with no plotting library: the charts
(:mod:`helpers.charts`) and the HTML reading view (:mod:`helpers.reading`)
both take their colours from here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

#: Fixed colours for outlets we know (colour-blind-safe Okabe–Ito hues).
KNOWN_OUTLET_COLORS = {
    "Axios": "#0072B2",
    "Financial Times": "#D55E00",
}
#: Colours handed out, in this order, to other outlets.
PALETTE = ["#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999", "#882255", "#44AA99", "#117733"]

#: Colours for the sides of quoted speakers, used in every chart that shows them.
SIDE_COLORS = {
    "US government": "#1F4E79",
    "Chinese government": "#B22222",
    "expert": "#6A3D9A",
    "other": "#8C8C8C",
}


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A colour for each outlet: fixed for known outlets, stable for others.

    An unknown outlet gets a palette colour chosen from a hash of its name,
    moving on to the next free colour when that one is taken, so the same
    set of outlets always gets the same colours in every chart.
    """
    names = sorted(dict.fromkeys(outlets))
    colors = {name: KNOWN_OUTLET_COLORS[name] for name in names if name in KNOWN_OUTLET_COLORS}
    used = set(colors.values())
    for name in names:
        if name in colors:
            continue
        first = int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % len(PALETTE)
        for step in range(len(PALETTE)):
            candidate = PALETTE[(first + step) % len(PALETTE)]
            if candidate not in used or step == len(PALETTE) - 1:
                break
        colors[name] = candidate
        used.add(candidate)
    return colors


def side_color(side: str) -> str:
    """The colour of a side; a side a study adds gets a stable palette colour."""
    if side in SIDE_COLORS:
        return SIDE_COLORS[side]
    return PALETTE[int(hashlib.md5(side.encode("utf-8")).hexdigest(), 16) % len(PALETTE)]
