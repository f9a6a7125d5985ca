"""Every regular expression and character class the quote and speaker rules use (word lists: :mod:`.lexicon`)."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- quotation marks

#: Double quotation marks; '' and `` are the double quotes of some newswire texts.
MARKS = re.compile(r"''|``|[\"“”„‟]")
#: Curly opening marks: they open a quotation wherever their neighbours allow it.
CURLY_OPENERS = "“„‟"
CLOSERS = "”"
#: A ‘single’ quotation (not an apostrophe: Biden’s, the talks’ tone).
SINGLE_QUOTE = re.compile(r"(?<![\w’'])‘((?:[^‘’\n“”\"]|’(?=\w))+?)’(?![\w])")
#: What may stand before an opening mark, and after a closing one.
OPEN_CONTEXT = set(" \t\n\r([{—–-/‘'“\u00a0")
CLOSE_FOLLOW = set(" \t\n\r.,;:!?)]}—–-…'’\u00a0")
#: A paragraph that opens with a quotation mark (perhaps after a bullet): it continues an unclosed quotation.
REOPENS_QUOTE = re.compile(r"\s*(?:[•●▪◦‣·*-]\s*)?(?:[\"“„]|''|``)")
#: A quote span needs at least one letter.
LETTER = re.compile(r"[^\W\d_]")

# --------------------------------------------------------------------------- tokens of the writer's sentence

#: A masked quotation, an abbreviated title ("Mr.", "Sen."), initials ("U.S."), a word, or a punctuation mark.
#: Abbreviated titles and suffixes that keep their full stop as one token ("Gov.", "Rep.", "Jr.").
TITLE_ABBREVIATION = (r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Del|Atty|Adm|Maj|Cmdr|Supt"
                      r"|Sens|Reps)\.")
TITLE_TOKEN = re.compile(TITLE_ABBREVIATION + "$")
TOKEN = re.compile(
    r"\x01+|" + TITLE_ABBREVIATION +
    r"|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s[A-Z])|\d+/\d+|[A-Za-z0-9][\w’'.&-]*[\w]|[A-Za-z0-9]|[^\s\w]"
)
#: "He’s claiming": a pronoun and "is", not a possessive.
PRONOUN_IS = re.compile(r"(?i)^(?:he|she|it|that|who|there)[’']s$")
#: Words that are (or look like) a finite verb or participle.
VERBISH = re.compile(r"^(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|did|does|do|"
                     r"been|being|be|\w+ed)$")
ADVERB_LY = re.compile(r"^\w+ly$")

# --------------------------------------------------------------------------- the writer's sentences of an article

#: A sentence that ends in a closing quotation mark ("… ?”", "… ,''").
CLOSING_MARK = re.compile(r"[?!.…,;—–-][\"”’']+\s*$|''\s*$")
WORD = re.compile(r"[\w’'-]+")
#: The end of what comes before a quotation that opens a sentence (or follows a colon or dash).
SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|[.!?][\"”’]\s+|[:;—–]\s*)$")
#: Between a preposed cue and its quotation, nothing but "that" and punctuation: the quotation is the clause.
CUE_TO_QUOTE_GAP = re.compile(r"\s*(?:that\s*)?[,:]?\s*")
CUE_TO_QUOTE_GAP_LOOSE = re.compile(r"[\s,:]*(?:that)?\s*")
NEXT_TO_CUE = re.compile(r"[\s,:]*(?:that\s*)?")
#: A full sentence inside a quotation ("… . Then …").
SENTENCE_INSIDE = re.compile(r"\w[.!?…]\s+[A-Z“\"]")
#: Text before a quotation that ends with a colon ("… a new message: “…”").
COLON_LEAD_IN = re.compile(r"\w[^\w\x01]*:\s*$")
#: A paragraph label that is really an attribution ("He concluded:", "Said Ellis:").
LABEL_WORD = re.compile(r"[\w’']+")
#: A transcript label at the start of quoted words ("WALLACE: But, Governor ...").
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")
#: A name (or "Poll") and a colon at the start of a headline ("Pat Caddell: Democrat Voters Worried ...").
HEADLINE_LABEL = re.compile(
    r"((?:[A-Z][\w.’'&-]*|of|the|de|van)(?:\s+(?:[A-Z][\w.’'&-]*|of|the|de|van)){0,4}):\s+(?=\S)"
)
#: "Tuesday that", "on Monday that", "in a statement that": the adverbial before a reported clause.
ADVERBIAL_THAT = re.compile(
    r"\s*(?:(?:on|in|at|during|after|before|last|this|late|early|earlier|later|yesterday|today|tonight|again|"
    r"repeatedly|recently|privately|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"[^,.;:!?\"“”\x01]{0,50}?\s+)?that\s+", re.I)
#: "that", commas, colons and dashes that open a reported clause ...
CLAUSE_LEAD = re.compile(r"(?:(?:that|,|:|—|–)\s*)+")
#: ... and the conjunction that may be left at its end.
CLAUSE_TAIL = re.compile(r"(?:\s|^)(?:and|but|or|which|who|while)$")
#: Words before a title of a work ("on CBS’s “Face the Nation”", "the book “…”").
WORK_TITLE_BEFORE = re.compile(
    r"(?:\bon|\bin|’s|'s|\btitled|\bentitled|\bshow|\bprogram|\bprogramme|\bbook|\bfilm|\bdocumentary|\bseries|"
    r"\bsong|\bnovel|\bmovie|\bpodcast|\bcolumn|\bop-ed|\bnewsletter|\bessay|\bepisode|\bhashtag)\s*[\"“‘]?$"
)
#: The words of a title, and a sentence break that no title has.
TITLE_WORD = re.compile(r"[^\W_][\w’'-]*")
SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")

# --------------------------------------------------------------------------- speakers

#: Words that make a speaker an expert.
EXPERT_WORDS = re.compile(
    r"\b(?:expert|experts|professor|analyst|analysts|scholar|scholars|researcher|researchers|fellow|economist|"
    r"economists|academic|academics|university|institute|think[- ]tank|historian|lecturer|strategist|"
    r"observer|observers|specialist|specialists|former|ex-|retired|consultant|political scientist)\b",
    re.I,
)
#: Words that make a speaker part of a government.
GOVERNMENT_WORDS = re.compile(
    r"\b(?:official|officials|administration|ministry|minister|ministers|secretary|spokesman|spokeswoman|"
    r"spokesperson|spokespeople|diplomat|diplomats|envoy|envoys|ambassador|president|premier|white house|"
    r"department|government|adviser|advisers|advisor|aide|aides|negotiator|negotiators|embassy|consulate|"
    r"state council|politburo|pentagon|state department|treasury|cabinet|vice[- ]president|leader|leaders|"
    r"foreign ministry|defence|defense|navy|military|army|general|admiral|communist party|regime)\b",
    re.I,
)
#: Country words of each government side; the registry adds the names of its people and bodies
#: (:attr:`helpers.quotes.registry.Registry.country_words`).
COUNTRY_WORDS = {
    "US government": r"US|U\.S\.?|USA|American|Americans|America|White House|Washington|Pentagon|State Department|"
    r"administration official|administration officials|Treasury",
    "Chinese government": r"China|China's|China’s|Chinese|Beijing|PRC|Communist Party|CCP|Politburo|Zhongnanhai|"
    r"People's Republic|People’s Republic",
}
CAPITAL_WORDS = re.compile(r"\b(?:White House|Beijing|Washington)\b")
FORMER = re.compile(r"\b(?:former|ex-|retired|onetime|one-time)\b", re.I)
CURRENT_GOVERNMENT = re.compile(r"\b(?:minister|spokesman|spokeswoman|spokesperson|ambassador|envoy)\b", re.I)
MALE_ALIAS = re.compile(r"(?:Mr|Mister)\b")
FEMALE_ALIAS = re.compile(r"(?:Ms|Mrs|Miss)\b")

_CAP = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|O'[A-Z][a-z]+)"
#: Two to five capitalised words that may be a personal name.
NAME = re.compile(
    rf"(?<![\w.’'-]){_CAP}(?:\s+(?:{_CAP}|de|van|von|bin|al|da|del|di|la|le)){{0,3}}\s+{_CAP}(?![\w’'-])"
)
#: A title just before a name ("foreign minister Wang Yi", "Sen.").
PERSON_TITLE_BEFORE = re.compile(
    r"((?:(?:[Ff]ormer|[Dd]eputy|[Vv]ice|[Ss]enior|[Tt]op|[Cc]hief|[Ss]pecial|[Aa]cting|[Nn]ational|[Cc]limate|"
    r"[Ff]oreign|[Dd]efen[cs]e|[Tt]rade|[Ss]ecurity|[Pp]ress|[Ss]tate|[Ff]inance|[Ee]conomic|[Pp]rime|[Pp]residential|"
    r"US|U\.S\.|Chinese|China's|China’s|American|White House)\s+)*"
    r"(?:[Mm]inister|[Ss]ecretary(?: of [Ss]tate)?|[Aa]dviser|[Ee]nvoy|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|"
    r"[Aa]mbassador|[Pp]resident|[Pp]remier|[Ll]eader|[Dd]iplomat|[Cc]hairman|[Gg]overnor|[Ss]enator|[Ss]en\.|"
    r"[Rr]ep\.|[Gg]ov\.|[Dd]irector|[Cc]andidate|[Nn]ominee|[Mm]ate|[Mm]anager|[Cc]ommentator|[Hh]ost|[Aa]nchor|"
    r"[Pp]rofessor|[Ee]conomist|[Aa]nalyst|[Ee]xpert|[Cc]hief|[Ss]peaker|[Ll]awyer|[Aa]ttorney|[Ee]ditor|"
    r"[Aa]uthor))\s+$"
)
#: An appositive after a name (", a foreign policy expert at Renmin University in Beijing").
APPOSITIVE = re.compile(
    r",\s+((?:a|an|the|who|[A-Z][\w’'.-]*(?:'s|’s)?|US|[a-z]+ of)\b[^,.;:()\"“”]{2,160}?)(?=,|\.(?:\s|$)|;|$)"
)
#: Head words of a role: an appositive without one is no role (", 59,", ", a Democrat").
ROLE_HEADS = re.compile(
    r"\b(?:expert|professor|analyst|scholar|fellow|official|minister|secretary|adviser|advisor|envoy|diplomat|"
    r"spokesman|spokeswoman|spokesperson|president|leader|director|chairman|chair|head|chief|ambassador|"
    r"economist|researcher|senator|governor|mayor|candidate|nominee|manager|strategist|aide|member|"
    r"lawyer|attorney|editor|author|founder|executive|host|commentator|pollster|historian|lecturer|dean|"
    r"representative|congressman|congresswoman|lawmaker|correspondent|consultant|partner|premier|"
    r"mate|nominee|coordinator|co-ordinator|negotiator|general|admiral|commander|officer|activist|"
    r"spokesperson|staffer|adviser|surrogate|chairwoman|ceo|cfo|vice)\b",
    re.I,
)
#: Leading determiners of a mention ("the", "another", "one").
STRIP_WORDS = re.compile(r"^(?:(?:a|an|the|another|same|one|this|that)\s+)+", re.I)
POSSESSIVE = re.compile(r"(?:'s|’s|')$")
MENTION_WORD = re.compile(r"[\w][\w.’'&-]*")
#: "officials from both countries", "a spokesman for the campaign": the head comes before the preposition.
HEAD_PREPOSITION = re.compile(r"\s+(?:of|from|for|at|in|with|on|close to|familiar with)\s+")
DEFINITE = re.compile(r"(?:the|this|that|these|those)\b", re.I)
HONORIFIC_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)")
#: The start of a clause shortly before a name ("..., presidential nominee Hillary Clinton was ...").
CLAUSE_BREAK = re.compile(r"(?:^|[.!?;:,\n—–]|\b(?:and|but|though|although|while|when|as|after|because))\s*"
                          r"(?:[A-Za-z.’'-]+\s+){0,4}$")

# --------------------------------------------------------------------------- transcripts (turns.py)

#: A speaker label at the start of a line: an upper-case name of one to six words and a colon
#: ("MS. PSAKI:", "PRESIDENT LÓPEZ OBRADOR:"), or a reporter's "Q" before words on the same line.
TURN_LABEL = re.compile(
    r"^[^\S\n]*(?:(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*[A-ZÀ-Þ.](?:[^\S\n]+[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*){0,5}):(?=\s)"
    r"|(?P<q>Q)(?::|(?=[^\S\n]+\S)))",
    re.MULTILINE,
)
#: The line that closes a transcript: a time stamp ("3:07 P.M. EDT") or "END".
TRANSCRIPT_END = re.compile(r"^[^\S\n]*(?:END|\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,5})?)[^\S\n]*$", re.MULTILINE)
#: A transcriber's note in parentheses ("(Laughter.)", "(inaudible)"); its words are checked against the lexicon.
STAGE_NOTE = re.compile(r"\((?P<note>[A-Za-z][A-Za-z .’'-]{0,40}?)\.?\)")
#: Where the words of a turn break into paragraphs: a blank line (of any whitespace).
TURN_BREAK = re.compile(r"\n[^\S\n]*\n")
#: A label's words in capitals, each to be written with one capital ("JEAN-PIERRE" -> "Jean-Pierre").
CAPITAL_RUN = re.compile(r"[A-ZÀ-Þ]+")
#: A pronoun with a contracted auxiliary ("I’ve", "we’d", "she'll"): the pronoun alone is the speaker.
CONTRACTED_PRONOUN = re.compile(r"(I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)[’'](?:ve|d|ll|m|re|s)")
#: A paragraph label that is a possessive and a noun of speech ("The senator’s reply:", "Her answer:"): an
#: attribution, not a lead-in label.
POSSESSIVE_CLAIM_LABEL = re.compile(
    r"(?:\b(?:his|her|their|its|my|our)|\w[’']s)\s+(?:\w+\s+)?(?:reply|response|answer|retort|verdict|rejoinder|"
    r"assessment|advice|words|message|statement|view|warning|explanation|comment|remark|claim)$",
    re.IGNORECASE,
)
#: Before a quoted term that names something inside a noun phrase: "so-called “…”", "the “…” policy".
SO_CALLED_BEFORE = re.compile(r"\bso[- ]called\s*[“\"‘']$", re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your)\s*[“\"‘']$",
                               re.IGNORECASE)
#: After a quoted term, the lower-case word that follows its closing mark ("” policy").
WORD_AFTER_CLOSE = re.compile(r"[”\"’']\s+([a-z][a-z-]*)\b")
#: A mention that is a clause, a personal pronoun and more words ("I think both sides", "I’m keeping order").
PRONOUN_CLAUSE = re.compile(r"(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)(?:[’'](?:ve|d|ll|m|re|s))?\s+\S")
