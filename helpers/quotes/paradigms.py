"""A verb's written forms from its lemma: say -> say, says, said, saying.

The cue lexicon (``helpers/data/quote_cues.csv``) may list a lemma's forms
one by one, or write ``*`` for all of them, made here by the spelling rules
of English: -s/-es and -y -> -ies for the third person; -ed with e-drop
(argue -> argued), -y -> -ied (clarify -> clarified) and a doubled final
consonant (quip -> quipped, admit -> admitted); -ing with e-drop (argue ->
arguing) and doubling; irregular verbs from a table.  A phrasal cue ("point
out") inflects its first word.

>>> paradigm("clarify")
('clarify', 'clarifies', 'clarified', 'clarifying')
"""

from __future__ import annotations

from .lexicon import DOUBLING_VERBS, IRREGULAR_VERBS

VOWELS = "aeiou"


def paradigm(lemma: str) -> tuple[str, ...]:
    """Base, third person singular, past (and past participle where it differs) and -ing forms of ``lemma``."""
    head, _, rest = lemma.casefold().partition(" ")
    tail = f" {rest}" if rest else ""
    past = IRREGULAR_VERBS.get(head)
    pasts = past if past else (_past(head),)
    forms = [head, third_person(head), *pasts, present_participle(head)]
    return tuple(dict.fromkeys(f + tail for f in forms))


def third_person(verb: str) -> str:
    """says, argues, pushes, clarifies, echoes."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def _doubles(verb: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing: one-syllable consonant-vowel-consonant words
    (quip, slam) and listed words stressed on the last syllable (admit, refer)."""
    if verb in DOUBLING_VERBS:
        return True
    verb = verb.replace("qu", "qw")  # the u of "qu" is no vowel: quip -> quipped
    if len(verb) < 3 or verb[-1] in VOWELS + "wxy" or verb[-2] not in VOWELS or verb[-3] in VOWELS:
        return False
    return sum(1 for k, c in enumerate(verb) if c in VOWELS and (k == 0 or verb[k - 1] not in VOWELS)) == 1


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def present_participle(verb: str) -> str:
    """saying, arguing, quipping, lying; agreeing and seeing keep their e."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"
