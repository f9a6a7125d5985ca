"""Who is speaking: a registry of known speakers and coreference within an article.

The registry is a CSV file (``helpers/data/speakers.csv``) with the columns
``name, aliases, role, side, kind``: the canonical name, other ways of writing
it separated by ``|``, the role a reader would give, the side (one of
:data:`SIDES`) and the kind (one of :data:`KINDS`).  Users extend it by
editing that file or by passing their own file to :func:`load_registry`.

Within an article, :class:`ArticleSpeakers` turns the words at an attribution
("the official", "she", "Mr Wang", "Shi Yinhong, a foreign policy expert at
Renmin University in Beijing") into a :class:`Speaker`: the canonical name,
named / anonymous / institution, the side and the role.  It works for people
who are not in the registry: names, titles and appositives in the text give
the role, and role words give the side (see :func:`infer_side`).

>>> reg = load_registry()
>>> people = ArticleSpeakers("Foreign minister Wang Yi met Blinken.", reg)
>>> people.resolve("Mr Wang", 40).name
'Wang Yi'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import SpeakerRegistryError  # noqa: F401 (re-exported)
from .paths import DATA_DIR
from .validation import read_rows, require_columns

REGISTRY_PATH = DATA_DIR / "speakers.csv"
REGISTRY_COLUMNS = ("name", "aliases", "role", "side", "kind")
SIDES = ("US government", "Chinese government", "expert", "other")
KINDS = ("named", "anonymous", "institution")


# --------------------------------------------------------------------------- registry


def load_registry(path: str | Path | None = None, extra: str | Path | None = None) -> pd.DataFrame:
    """Load and validate a speaker registry (default: ``helpers/data/speakers.csv``).

    ``extra`` is a second file in the same format whose rows are added to (and,
    for the same ``name``, replace) those of ``path``: the way to add the
    speakers of your own articles without editing the packaged file.
    Returns ``name, aliases (tuple), role, side, kind``; raises
    :class:`SpeakerRegistryError` naming the file and row on bad input.
    """
    frame = _read_registry(Path(path) if path is not None else REGISTRY_PATH)
    if extra is not None:
        more = _read_registry(Path(extra))
        frame = pd.concat([frame[~frame["name"].isin(more["name"])], more], ignore_index=True)
        _check_aliases(frame, str(extra))
    return frame


def _read_registry(path: Path) -> pd.DataFrame:
    records = []
    seen: dict[str, int] = {}
    for line_no, row in read_rows(path, REGISTRY_COLUMNS, "speaker registry", SpeakerRegistryError):
        where = f"{path}, row {line_no}"
        if not row["name"]:
            raise SpeakerRegistryError(f"{where}: empty name")
        if row["kind"] not in KINDS:
            raise SpeakerRegistryError(f"{where}: kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if row["side"] and row["side"] not in SIDES:
            raise SpeakerRegistryError(f"{where}: side {row['side']!r} is not one of {', '.join(SIDES)}")
        if row["name"] in seen:
            raise SpeakerRegistryError(f"{where}: duplicate name {row['name']!r} (also on row {seen[row['name']]})")
        seen[row["name"]] = line_no
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        records.append({"name": row["name"], "aliases": aliases, "role": row["role"], "side": row["side"] or "other",
                        "kind": row["kind"]})
    frame = pd.DataFrame.from_records(records, columns=list(REGISTRY_COLUMNS))
    _check_aliases(frame, str(path))
    return frame


def _check_aliases(frame: pd.DataFrame, where: str) -> None:
    owner: dict[str, str] = {}
    for row in frame.itertuples(index=False):
        for alias in (row.name, *row.aliases):
            key = normalise_name(alias)
            if key in owner and owner[key] != row.name:
                raise SpeakerRegistryError(
                    f"{where}: alias {alias!r} of {row.name!r} is also a name or alias of {owner[key]!r}"
                )
            owner[key] = row.name


def normalise_name(text: str) -> str:
    """Lower-case key for matching names: straight apostrophes, no dots, no leading "the"."""
    text = text.replace("’", "'").replace(".", "").casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=8)
def _default_registry() -> "Registry":
    return Registry(load_registry())


def registry_index(frame: pd.DataFrame | None = None) -> "Registry":
    """A lookup structure over a registry table (default: the packaged registry)."""
    if frame is None:
        return _default_registry()
    if isinstance(frame, Registry):
        return frame
    require_columns(frame, REGISTRY_COLUMNS, "registry table", SpeakerRegistryError, "see helpers.speakers.load_registry")
    return Registry(frame)


class Registry:
    """Alias and surname lookups over a registry table."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.country_words = _country_words(frame)
        self.by_alias: dict[str, Speaker] = {}
        self.by_surname: dict[str, list[Speaker]] = {}
        for row in frame.itertuples(index=False):
            aliases = row.aliases if isinstance(row.aliases, tuple) else tuple(
                a.strip() for a in str(row.aliases or "").split("|") if a.strip()
            )
            gender = ""
            for alias in aliases:
                if re.match(r"(?:Mr|Mister)\b", alias):
                    gender = "m"
                elif re.match(r"(?:Ms|Mrs|Miss)\b", alias):
                    gender = "f"
            speaker = Speaker(row.name, row.kind, row.side or "other", row.role, gender=gender,
                              plural=False, registered=True)
            for alias in (row.name, *aliases):
                self.by_alias[normalise_name(alias)] = speaker
            if row.kind == "named":
                parts = row.name.split()
                for part in {parts[0], parts[-1]} if len(parts) > 1 else set():
                    self.by_surname.setdefault(part.casefold(), []).append(speaker)

    def lookup(self, text: str) -> Speaker | None:
        return self.by_alias.get(normalise_name(text))

    def surname(self, word: str) -> Speaker | None:
        found = self.by_surname.get(word.casefold(), [])
        return found[0] if len(found) == 1 else None


# --------------------------------------------------------------------------- speakers


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


PRONOUNS = {
    "he": ("m", False), "she": ("f", False), "they": ("", True), "it": ("", False),
    "i": ("", False), "we": ("", True), "him": ("m", False), "her": ("f", False),
    "his": ("m", False), "their": ("", True), "its": ("", False), "my": ("", False), "our": ("", True),
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "mister", "madam"}
DETERMINERS = {
    "a", "an", "the", "another", "one", "this", "that", "these", "those", "some", "several", "many", "two", "three",
    "four", "five", "same", "other", "its", "his", "her", "their", "our", "both", "all", "most", "such", "each",
    "any", "few", "multiple", "numerous", "various",
}
#: Nouns for a person or group who speaks without being named.
PERSON_NOUNS = {
    "official", "officer", "source", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
    "diplomat", "envoy", "ambassador", "minister", "secretary", "analyst", "expert", "professor", "scholar",
    "researcher", "economist", "strategist", "observer", "insider", "person", "people", "confidant", "ally",
    "lawmaker", "senator", "congressman", "congresswoman", "representative", "legislator", "politician",
    "staffer", "staff", "member", "leader", "executive", "negotiator", "critic", "supporter", "voter", "resident",
    "witness", "lawyer", "attorney", "prosecutor", "judge", "officer", "agent", "director", "chairman", "chair",
    "chief", "president", "governor", "mayor", "candidate", "nominee", "manager", "strategist", "pollster",
    "operative", "adviser", "advisers", "fellow", "commentator", "columnist", "reporter", "journalist", "editor",
    "activist", "organizer", "organiser", "friend", "relative", "doctor", "physician", "historian", "academic",
    "economist", "investor", "banker", "trader", "worker", "employee", "colleague", "counterpart", "partner",
    "veteran", "father", "mother", "son", "daughter", "husband", "wife", "woman", "man", "student", "teacher",
    "participant", "delegate", "host", "anchor", "moderator", "surrogate", "donor", "backer", "opponent",
    "rival", "challenger", "incumbent", "democrat", "republican", "conservative", "liberal", "communist",
    "correspondent", "commander", "general", "admiral", "soldier", "police", "cop", "sheriff", "spokespeople",
    "campaigner", "consultant", "adviser", "scientist", "researcher", "specialist", "watcher", "figure",
}
PERSON_NOUNS |= {
    "lady", "gentleman", "boss", "owner", "founder", "chairwoman", "questioner", "narrator", "announcer", "protester",
    "protestor", "demonstrator", "insider", "organizer", "spokesmen", "official", "senators", "nominee", "aide",
}
#: Words ending like agent nouns (-er, -or, -ist, -ian) that name no person.
_NOT_AGENT = {
    "other", "another", "order", "number", "matter", "power", "water", "border", "paper", "corner", "quarter",
    "center", "chapter", "summer", "winter", "cancer", "weather", "danger", "dinner", "murder", "letter", "answer",
    "career", "layer", "meter", "filter", "poster", "register", "theater", "error", "mirror", "floor", "door",
    "factor", "sector", "vector", "motor", "honor", "honour", "labor", "labour", "color", "colour", "favor",
    "favour", "humor", "rumor", "rumour", "terror", "horror", "tenor", "minor", "major", "interior", "exterior",
    "mayor", "christian", "median", "guardian", "civilian", "list", "mist", "twist", "fist", "wrist", "gist",
    "whether", "either", "neither", "rather", "further", "however", "never", "ever", "over", "under", "after",
    "later", "former", "latter", "together", "better", "lower", "upper", "newer", "older", "bigger", "smaller",
    "proper", "sober", "super", "offer", "timer", "sticker", "headquarter", "headquarters", "shooter",
}


def person_noun(word: str) -> bool:
    """A common noun for a person: listed in :data:`PERSON_NOUNS`, or an agent noun ("questioner", "narrator",
    "lobbyist", "politician") — only ever asked about a word in subject position before a speech verb."""
    w = singular(word)
    if w in PERSON_NOUNS:
        return True
    return len(w) > 5 and w.isalpha() and w.endswith(("er", "or", "ist", "ian")) and w not in _NOT_AGENT


#: Nouns for an organisation, office or publication that speaks as a body.
#: Documents and publications that "say" things ("the ruling said", "the letter reads").
DOCUMENT_NOUNS = {
    "ruling", "letter", "report", "statement", "memo", "complaint", "lawsuit", "filing", "study", "poll", "survey",
    "ad", "advert", "advertisement", "article", "piece", "story", "book", "tweet", "email", "release", "document",
    "indictment", "order", "opinion", "decision", "analysis", "editorial", "video", "spot", "bill", "proposal",
    "website", "page", "transcript", "readout", "resolution", "motion", "petition", "guidance", "rule", "rules",
    "bylaws", "constitution", "law", "policy", "plan", "platform", "agreement", "deal", "communique", "notice",
    "headline", "caption", "message", "post", "blog", "column", "op-ed", "speech", "verdict", "judgment",
}
INSTITUTION_NOUNS = DOCUMENT_NOUNS | {
    "ministry", "department", "administration", "government", "house", "office", "embassy", "consulate",
    "agency", "committee", "commission", "council", "campaign", "party", "pentagon", "kremlin", "congress",
    "senate", "parliament", "court", "bureau", "service", "military", "army", "navy", "police", "company",
    "firm", "group", "organisation", "organization", "foundation", "institute", "university", "center", "centre",
    "newspaper", "paper", "media", "agency", "network", "times", "post", "journal", "news", "report", "statement",
    "poll", "survey", "study", "readout", "cabinet", "team", "board", "union", "association", "coalition",
    "spokesman's office", "caucus", "fund", "bank", "tribune", "herald", "telegraph", "guardian", "reuters",
    "axios", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "politico", "breitbart", "xinhua", "ap", "afp",
    "bloomberg", "gazette", "wire", "ledger", "magazine", "website", "outlet", "channel", "broadcaster",
    "state", "county", "city", "department's", "fbi", "cia", "nsa", "irs", "un", "nato", "who", "imf",
}
PLURAL_INSTITUTION = {"media"}

# Side cues.  Role words decide between government, expert and other; country
# words decide which government.
_EXPERT_WORDS = re.compile(
    r"\b(?:expert|experts|professor|analyst|analysts|scholar|scholars|researcher|researchers|fellow|economist|"
    r"economists|academic|academics|university|institute|think[- ]tank|historian|lecturer|strategist|"
    r"observer|observers|specialist|specialists|former|ex-|retired|consultant|political scientist)\b",
    re.I,
)
_GOVERNMENT_WORDS = re.compile(
    r"\b(?:official|officials|administration|ministry|minister|ministers|secretary|spokesman|spokeswoman|"
    r"spokesperson|spokespeople|diplomat|diplomats|envoy|envoys|ambassador|president|premier|white house|"
    r"department|government|adviser|advisers|advisor|aide|aides|negotiator|negotiators|embassy|consulate|"
    r"state council|politburo|pentagon|state department|treasury|cabinet|vice[- ]president|leader|leaders|"
    r"foreign ministry|defence|defense|navy|military|army|general|admiral|communist party|regime)\b",
    re.I,
)
# Country words; the names of the registry's government people and bodies ("Biden", "Xi",
# "Xinhua") are added from the registry (Registry.country_words).
_COUNTRY_WORDS = {
    "US government": r"US|U\.S\.?|USA|American|Americans|America|White House|Washington|Pentagon|State Department|"
    r"administration official|administration officials|Treasury",
    "Chinese government": r"China|China's|China’s|Chinese|Beijing|PRC|Communist Party|CCP|Politburo|Zhongnanhai|"
    r"People's Republic|People’s Republic",
}


def _country_words(frame: pd.DataFrame) -> dict[str, re.Pattern]:
    """:data:`_COUNTRY_WORDS` plus every name, alias and surname the registry gives each government side."""
    words = {}
    for side, base in _COUNTRY_WORDS.items():
        names: set[str] = set()
        for row in frame[frame["side"] == side].itertuples(index=False):
            aliases = row.aliases if isinstance(row.aliases, tuple) else str(row.aliases or "").split("|")
            names.update(a.strip() for a in (row.name, *aliases) if a.strip())
            if row.kind == "named" and len(row.name.split()) > 1:
                names.add(row.name.split()[-1])
        extra = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        words[side] = re.compile(rf"\b(?:{base}{'|' + extra if extra else ''})\b")
    return words
_FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)\b", re.I)
_CURRENT_GOVERNMENT = re.compile(r"\b(?:minister|spokesman|spokeswoman|spokesperson|ambassador|envoy)\b", re.I)


def infer_side(description: str, kind: str = "", context_side: str = "", registry: "Registry | None" = None) -> str:
    """Side from the words a text uses for a speaker (role, title, appositive), never from what they say.

    Expert words (expert, professor, analyst, university, former ...) make an
    ``expert``; government words (official, ministry, White House, secretary
    ...) make ``US government`` or ``Chinese government`` according to the
    country words in the description, or ``context_side`` (the government side
    the article has been quoting) when the description names no country.

    >>> infer_side("a foreign policy expert at Renmin University in Beijing")
    'expert'
    >>> infer_side("senior US official")
    'US government'

    The country words include the names the ``registry`` (default: the
    packaged one) gives each government side, so "a Biden aide" is US.
    """
    text = description or ""
    country = (registry or registry_index()).country_words
    us_words, cn_words = country["US government"], country["Chinese government"]
    expert = _EXPERT_WORDS.search(text)
    government = _GOVERNMENT_WORDS.search(text)
    if expert and not (government and _CURRENT_GOVERNMENT.search(text) and not _FORMER.search(text)):
        return "expert"
    if government or kind == "institution" and re.search(r"\b(?:White House|Beijing|Washington)\b", text):
        us = len(us_words.findall(text))
        cn = len(cn_words.findall(text))
        if us > cn:
            return "US government"
        if cn > us:
            return "Chinese government"
        if us and cn:  # "the US and Chinese officials": the head decides
            return "US government" if us_words.search(text.split()[-1] if text.split() else "") else "Chinese government"
        if context_side in ("US government", "Chinese government"):
            return context_side
        return "other"
    return "other"


# --------------------------------------------------------------------------- names in text

_CAP = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|O'[A-Z][a-z]+)"
_NAME_RE = re.compile(rf"(?<![\w.’'-]){_CAP}(?:\s+(?:{_CAP}|de|van|von|bin|al|da|del|di|la|le)){{0,3}}\s+{_CAP}(?![\w’'-])")
_NON_NAME_WORDS = {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "It", "He", "She", "They", "We",
    "His", "Her", "Their", "This", "That", "These", "Those", "When", "While", "After", "Before", "Since",
    "President", "Vice", "Secretary", "Minister", "Foreign", "Prime", "Senator", "Sen", "Sen.", "Rep", "Rep.",
    "Gov", "Gov.", "Governor", "Mayor", "Chairman", "General", "Gen", "Gen.", "Mr", "Mrs", "Ms", "Dr", "Prof",
    "Mr.", "Mrs.", "Ms.", "Dr.", "Former", "Chinese", "American", "US", "U.S.", "Democratic", "Republican",
    "Democrat", "Democrats", "Republicans", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "State", "House", "White", "National", "Security", "Deputy", "Special", "Top",
    "Senior", "Premier", "Chancellor", "King", "Queen", "Prince", "Pope", "Speaker", "Leader", "Director",
    "Attorney", "Judge", "Justice", "Chief", "Ambassador", "Envoy", "Adviser", "Spokesman", "Spokeswoman",
    "Congressman", "Congresswoman", "Representative", "Lt", "Col", "Capt", "Sgt", "Admiral", "Commander",
    "Sir", "Dame", "Lord", "Lady", "Reverend", "Rev", "Said", "Says", "Asked", "According", "Critical",
    "Breaking", "Read", "Watch", "Meanwhile", "However", "Still", "Also", "Yet", "So", "Now", "Then", "Today",
}
_ORG_WORDS = {
    "House", "Department", "Ministry", "University", "Party", "Committee", "Council", "Times", "Post", "News",
    "Street", "Sea", "Room", "Institute", "Center", "Centre", "Foundation", "Fund", "Bank", "Agency", "Office",
    "Court", "Senate", "Congress", "Administration", "Government", "Commission", "Service", "Journal",
    "Association", "Union", "Group", "Company", "Corporation", "Inc", "Network", "Daily", "Tribune", "Herald",
    "Telegraph", "Guardian", "Press", "Review", "Magazine", "School", "College", "Academy", "Hospital", "Church",
    "Club", "Summit", "Hall", "Square", "Avenue", "Road", "River", "Lake", "Island", "Islands", "Mountain",
    "Republic", "Kingdom", "States", "Nations", "Forces", "Army", "Navy", "Force", "Guard", "Police", "Security",
    "Council", "Board", "Campaign", "Coalition", "Caucus", "Trust", "Index", "Exchange", "Airport", "Station",
    "Park", "Bay", "Strait", "Province", "County", "City", "District", "Valley", "Wall", "Act", "Bill", "Plan",
    "Fed", "Reserve", "Treasury", "Pentagon", "Kremlin", "Organization", "Organisation", "Affairs", "Relations",
    "Studies", "Program", "Programme", "Project", "Initiative", "Policy", "Festival", "Games", "Cup", "League",
    "Sun", "Mail", "Star", "Globe", "Beast", "Hill", "Journal", "Examiner", "Observer", "Monitor", "Wire",
}


@dataclass
class Person:
    """A named person found in the article text, with where and how they were introduced."""

    name: str
    start: int
    role: str = ""
    gender: str = ""
    speaker: Speaker | None = None


def find_people(text: str, registry: Registry | None = None) -> list[Person]:
    """Named people in ``text``: runs of two to five capitalised words that look like a personal name.

    Titles before the name ("foreign minister Wang Yi") and appositives after
    it ("Shi Yinhong, a foreign policy expert at ...") become the role.
    Organisations and places (White House, Renmin University, South China
    Sea) are left out by their head words.
    """
    registry = registry or registry_index()
    people: list[Person] = []
    for match in _NAME_RE.finditer(text):
        words = match.group().split()
        # Drop leading title or sentence words ("President Joe Biden", "When Evan Medeiros").
        drop = 0
        while drop < len(words) - 1 and (words[drop] in _NON_NAME_WORDS or words[drop].rstrip(".").lower() in HONORIFICS):
            drop += 1
        words = words[drop:]
        if len(words) < 2 or any(w in _ORG_WORDS for w in words) or words[-1] in _NON_NAME_WORDS:
            continue
        if any(w.rstrip(".") in _NON_NAME_WORDS and w not in ("Al",) for w in words[1:]):
            continue
        start = match.start() + match.group().index(words[0]) if drop else match.start()
        if start > 4 and text[start - 4 : start].lower().endswith("the "):
            continue  # "the Treaty Room", "the Biden administration"
        name = " ".join(words)
        known = registry.lookup(name)
        role = _title_before(text, match.start()) or _appositive_after(text, match.end())
        people.append(Person(known.name if known and known.kind == "named" else name, start, role,
                             known.gender if known else ""))
    return people


_TITLE_BEFORE = re.compile(
    r"((?:(?:[Ff]ormer|[Dd]eputy|[Vv]ice|[Ss]enior|[Tt]op|[Cc]hief|[Ss]pecial|[Aa]cting|[Nn]ational|[Cc]limate|"
    r"[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ss]ecurity|[Pp]ress|[Ss]tate|[Ff]inance|[Ee]conomic|[Pp]rime|[Pp]residential|"
    r"US|U\.S\.|Chinese|China's|China’s|American|White House)\s+)*"
    r"(?:[Mm]inister|[Ss]ecretary(?: of [Ss]tate)?|[Aa]dviser|[Ee]nvoy|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|"
    r"[Aa]mbassador|[Pp]resident|[Pp]remier|[Ll]eader|[Dd]iplomat|[Cc]hairman|[Gg]overnor|[Ss]enator|[Ss]en\.|"
    r"[Rr]ep\.|[Gg]ov\.|[Dd]irector|[Cc]andidate|[Nn]ominee|[Mm]ate|[Mm]anager|[Cc]ommentator|[Hh]ost|[Aa]nchor|"
    r"[Pp]rofessor|[Ee]conomist|[Aa]nalyst|[Ee]xpert|[Cc]hief|[Ss]peaker|[Ll]awyer|[Aa]ttorney|[Ee]ditor|[Aa]uthor))\s+$"
)
_APPOSITIVE = re.compile(r",\s+((?:a|an|the|who|[A-Z][\w’'.-]*(?:'s|’s)?|US|[a-z]+ of)\b[^,.;:()\"“”]{2,160}?)(?=,|\.(?:\s|$)|;|$)")


def _title_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    found = _TITLE_BEFORE.search(window)
    return found.group(1).strip() if found else ""


def _appositive_after(text: str, end: int) -> str:
    found = _APPOSITIVE.match(text, end)
    if not found:
        return ""
    role = found.group(1).strip()
    if role.split()[0].lower() in {"who", "which"} or not _looks_like_role(role):
        return ""
    return role


_ROLE_HEADS = re.compile(
    r"\b(?:expert|professor|analyst|scholar|fellow|official|minister|secretary|adviser|advisor|envoy|diplomat|"
    r"spokesman|spokeswoman|spokesperson|president|leader|director|chairman|chair|head|chief|ambassador|"
    r"economist|researcher|senator|governor|mayor|candidate|nominee|manager|strategist|aide|member|"
    r"lawyer|attorney|editor|author|founder|executive|host|commentator|pollster|historian|lecturer|dean|"
    r"representative|congressman|congresswoman|lawmaker|correspondent|consultant|partner|premier|"
    r"mate|nominee|coordinator|co-ordinator|negotiator|general|admiral|commander|officer|activist|"
    r"spokesperson|staffer|adviser|surrogate|chairwoman|ceo|cfo|vice)\b",
    re.I,
)


def _looks_like_role(text: str) -> bool:
    return bool(_ROLE_HEADS.search(text))


# --------------------------------------------------------------------------- per-article resolution


_STRIP_WORDS = re.compile(r"^(?:(?:a|an|the|another|same|one|this|that)\s+)+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w][\w.’'&-]*", text)


def singular(word: str) -> str:
    """The singular of a lower-cased English noun, by rule ("officials" -> "official", "spokesmen" -> "spokesman")."""
    return _singular(word)


def _singular(word: str) -> str:
    w = word.casefold()
    if w in {"people", "staff", "media", "police", "spokespeople"}:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


class ArticleSpeakers:
    """Speakers of one article, resolved in reading order.

    Call :meth:`resolve` with each attribution's mention and its offset, in
    text order, and :meth:`note` with the speaker chosen, so that "the
    official", "she" and "Mr Wang" find who was introduced before.
    """

    def __init__(self, text: str, registry: Registry | None = None):
        self.text = text
        self.registry = registry or registry_index()
        self.people = find_people(text, self.registry)
        self.history: list[tuple[int, Speaker]] = []  # (offset, speaker) of every attribution so far
        self.anonymous: list[tuple[int, Speaker]] = []
        self._honorifics: dict[str, str] | None = None  # surname -> gender, from "Mr. X", "Ms. Y" in the text

    # ---------------------------------------------------------------- public
    def note(self, speaker: Speaker, offset: int) -> None:
        """Record that ``speaker`` spoke at ``offset`` (antecedent for later pronouns and definites)."""
        self.history.append((offset, speaker))
        if speaker.kind == "anonymous":
            self.anonymous.append((offset, speaker))

    def context_side(self, offset: int) -> str:
        """The side of the most recent government speaker before ``offset``."""
        for pos, spk in reversed(self.history):
            if pos <= offset and spk.side in ("US government", "Chinese government"):
                return spk.side
        return ""

    def resolve(self, mention: str, offset: int, role: str = "", sentence: str = "") -> Speaker | None:
        """The speaker behind ``mention`` (as written at an attribution, starting at ``offset``).

        ``role`` is an appositive or title found beside the mention;
        ``sentence`` the sentence it sits in (used only for the side of a bare
        "officials" when nothing else tells).  Returns None for a mention that
        names nobody (an unresolvable pronoun).
        """
        mention = re.sub(r"\s+", " ", mention).strip(" ,.;:—–-")
        if not mention:
            return None
        low = mention.casefold()
        if low in PRONOUNS:
            return self._pronoun(low, offset)
        known = self.registry.lookup(mention) or self.registry.lookup(_STRIP_WORDS.sub("", mention))
        if known is not None:
            return self._registered(known, offset, mention)
        words = _words(mention)
        if not words:
            return None
        person = self._named(mention, words, offset, role)
        if person is not None:
            return person
        return self._description(mention, words, offset, role, sentence)

    # ---------------------------------------------------------------- kinds of mention
    def _registered(self, known: Speaker, offset: int, mention: str) -> Speaker:
        gender = known.gender or _honorific_gender(mention)
        return replace(known, gender=gender) if gender != known.gender else known

    def _recent_subject(self, gender: str, after: int, offset: int) -> Person | None:
        """The last person named as a clause subject between ``after`` and ``offset`` whose gender is known to be
        ``gender`` ("Hillary Clinton was more circumspect ... Though she called ...")."""
        for person in reversed(self.people):
            if person.start >= offset:
                continue
            if person.start <= after:
                return None
            if self._gender_of(person) == gender and _subject_position(self.text, person.start):
                return person
        return None

    def _gender_of(self, person: Person) -> str:
        if person.gender:
            return person.gender
        if self._honorifics is None:
            self._honorifics = {}
            for m in _HONORIFIC_NAME.finditer(self.text):
                self._honorifics.setdefault(m.group(2).split()[-1], _honorific_gender(m.group(1)))
        return self._honorifics.get(person.name.split()[-1], "")

    def _pronoun(self, low: str, offset: int) -> Speaker | None:
        gender, plural = PRONOUNS[low]
        if gender:
            last_pos = max((pos for pos, _ in self.history if pos <= offset), default=-1)
            person = self._recent_subject(gender, last_pos, offset) if last_pos >= 0 else None
            if person is not None:
                found = self._person_speaker(person)
                return found if found.gender else replace(found, gender=gender)
        for pos, spk in reversed(self.history):
            if pos > offset:
                continue
            if low in ("it", "its"):
                if spk.kind == "institution":
                    return spk
                continue
            if plural != spk.plural and not (plural and spk.kind == "institution"):
                continue
            if gender and spk.gender and spk.gender != gender:
                continue
            if gender and spk.kind == "institution":
                continue
            if gender and not spk.gender:
                spk = replace(spk, gender=gender)
            return spk
        # No speaker yet: the nearest person named before, in the text.
        if gender:
            for person in reversed(self.people):
                if person.start < offset and (not person.gender or person.gender == gender):
                    return self._person_speaker(person)
        return None

    def _named(self, mention: str, words: list[str], offset: int, role: str) -> Speaker | None:
        caps = [w for w in words if w[:1].isupper()]
        if not caps:
            return None
        first = words[0].rstrip(".").casefold()
        # "Mr Wang", "Ms Sherman", "Dr. Smith": a surname, looked up among the people named before.
        if first in HONORIFICS and len(words) >= 2:
            found = self._by_surname(words[-1], offset) or self._by_surname(words[1], offset)
            gender = _honorific_gender(mention)
            if found is not None:
                return replace(found, gender=found.gender or gender)
            name = " ".join(words[1:])
            return Speaker(name, "named", infer_side(role, "named", registry=self.registry), role, gender=gender)
        name_words = _trailing_name(words)
        is_name = len(name_words) >= 2 and not any(
            w in _ORG_WORDS or w.casefold() in INSTITUTION_NOUNS or _singular(w) in PERSON_NOUNS for w in name_words
        )
        if is_name:  # "MSNBC host Chris Matthews": a title, then a name
            return self._new_named(" ".join(name_words), words, name_words, offset, role)
        if any(w.casefold() in INSTITUTION_NOUNS or w in _ORG_WORDS for w in words):
            return None
        if any(_singular(w) in PERSON_NOUNS for w in words if w.islower()):
            return None  # "Chinese officials", "a senior US official": a description
        if all(_singular(w) in PERSON_NOUNS or w.casefold() in DETERMINERS or w.casefold() in _COMMON_CAPS
               for w in words):
            return None  # "Officials", "Confidants" at the start of a sentence
        # A name with or without a title in front: "foreign minister Wang Yi", "Shi Yinhong".
        name_words = _trailing_name(words)
        if not name_words:
            return None
        name = " ".join(name_words)
        known = self.registry.lookup(name)
        if known is not None and known.kind == "named":
            return known
        if len(name_words) == 1:
            found = self._by_surname(name_words[0], offset)
            if found is not None:
                return found
            if name_words[0].casefold() in INSTITUTION_NOUNS:
                return None
        return self._new_named(name, words, name_words, offset, role)

    def _new_named(self, name: str, words: list[str], name_words: list[str], offset: int, role: str) -> Speaker:
        known = self.registry.lookup(name)
        if known is not None and known.kind == "named":
            return known
        title = " ".join(words[: len(words) - len(name_words)])
        introduced = self._introduction(name, offset)
        full_role = role or title or (introduced.role if introduced else "")
        gender = introduced.gender if introduced else ""
        return Speaker(name, "named", infer_side(full_role, "named", registry=self.registry), full_role, gender=gender)

    def _description(self, mention: str, words: list[str], offset: int, role: str, sentence: str) -> Speaker | None:
        clean = _STRIP_WORDS.sub("", mention).strip()
        # "officials from both countries", "a spokesman for the campaign": the head comes before the preposition
        head_part = re.split(r"\s+(?:of|from|for|at|in|with|on|close to|familiar with)\s+", clean, maxsplit=1)[0] or clean
        clean_words = _words(clean) or words
        head_words = _words(head_part) or clean_words
        lowered = [w.casefold().rstrip(".") for w in head_words]
        head = _singular(lowered[-1].replace("’s", "").replace("'s", ""))
        plural = lowered[-1] != head and lowered[-1] not in ("media",) or lowered[-1] in ("people", "staff", "spokespeople")
        institution = (
            any(w in INSTITUTION_NOUNS for w in lowered) and head not in PERSON_NOUNS
        ) or any(w in _ORG_WORDS for w in clean_words)
        if institution:
            name = _canonical(clean_words)
            side = infer_side(f"{mention} {role}", "institution", self.context_side(offset), registry=self.registry)
            if side == "other" and head in ("administration", "government"):
                side = self.context_side(offset) or "other"
            return Speaker(name, "institution", side, role, plural=head in PLURAL_INSTITUTION)
        if not person_noun(head):
            return None
        modifiers = frozenset(_singular(w) for w in lowered[:-1] if w not in DETERMINERS)
        definite = bool(re.match(r"(?:the|this|that|these|those)\b", mention, re.I))
        if definite:
            antecedent = self._anonymous_antecedent(head, modifiers, plural, offset)
            if antecedent is not None:
                return antecedent
        name = _canonical(clean_words)
        description = f"{mention} {role}"
        context = self.context_side(offset)
        side = infer_side(description, "anonymous", context, registry=self.registry)
        if side == "other" and sentence and _GOVERNMENT_WORDS.search(mention):
            side = infer_side(f"{mention} {sentence}", "anonymous", context, registry=self.registry)
        return Speaker(name, "anonymous", side, role, plural=plural, head=head, modifiers=modifiers)

    # ---------------------------------------------------------------- lookups
    def _anonymous_antecedent(self, head: str, modifiers: frozenset, plural: bool, offset: int) -> Speaker | None:
        for pos, spk in reversed(self.anonymous):
            if pos > offset or spk.head != head or spk.plural != plural:
                continue
            if modifiers <= spk.modifiers | {"senior", "top", "same", "administration", "government"} and (
                not modifiers or modifiers & spk.modifiers or modifiers <= {"senior", "top", "same"}
            ):
                return spk
        return None

    def _by_surname(self, word: str, offset: int) -> Speaker | None:
        word = _POSSESSIVE.sub("", word)
        for pos, spk in reversed(self.history):
            if pos <= offset and spk.kind == "named":
                parts = spk.name.split()
                if word in (parts[0], parts[-1]):
                    return spk
        for person in reversed(self.people):
            if person.start < offset:
                parts = person.name.split()
                if len(parts) > 1 and word in (parts[0], parts[-1]):
                    return self._person_speaker(person)
        return None  # a bare surname is not enough to pick someone from the registry

    def _introduction(self, name: str, offset: int) -> Person | None:
        for person in self.people:
            if person.name == name and person.start <= offset + len(name):
                return person
        return None

    def _person_speaker(self, person: Person) -> Speaker:
        known = self.registry.lookup(person.name)
        if known is not None and known.kind == "named":
            return known
        return Speaker(person.name, "named", infer_side(person.role, "named", registry=self.registry), person.role, gender=person.gender)


_COMMON_CAPS = {"senior", "top", "former", "some", "many", "other", "two", "three", "several", "most", "few"}


_HONORIFIC_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
_CLAUSE_BREAK = re.compile(r"(?:^|[.!?;:,\n—–]|\b(?:and|but|though|although|while|when|as|after|because))\s*"
                           r"(?:[A-Za-z.’'-]+\s+){0,4}$")


def _subject_position(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens a clause, give or take a title ("..., presidential nominee Hillary
    Clinton was ...")."""
    return bool(_CLAUSE_BREAK.search(text, max(0, start - 60), start))


def _honorific_gender(mention: str) -> str:
    first = mention.split()[0].rstrip(".").casefold() if mention.split() else ""
    return {"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f"}.get(first, "")


def _trailing_name(words: list[str]) -> list[str]:
    """The capitalised words at the end of a mention ("foreign minister Wang Yi" -> Wang Yi)."""
    out: list[str] = []
    for w in reversed(words):
        bare = _POSSESSIVE.sub("", w)
        if bare[:1].isupper() and bare not in _NON_NAME_WORDS and bare.rstrip(".").casefold() not in HONORIFICS:
            out.append(bare)
        elif bare in ("de", "van", "von", "bin", "al", "da", "del") and out:
            out.append(bare)
        else:
            break
    out.reverse()
    # A title in capitals ("Secretary of State Antony Blinken") stays out; "Jr." stays in.
    return out


def _canonical(words: list[str]) -> str:
    """An anonymous source or institution as a category: no determiners, common words lower-cased."""
    kept = [w for w in words if w.casefold() not in {"same"}]
    out = []
    for w in kept:
        low = w.casefold()
        if low in PERSON_NOUNS or _singular(low) in PERSON_NOUNS or low in INSTITUTION_NOUNS or low in {
            "senior", "top", "former", "administration", "foreign", "state", "government", "campaign",
        } and w not in _ORG_WORDS:
            out.append(low)
        else:
            out.append(w)
    return " ".join(out)
