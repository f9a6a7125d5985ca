"""Every word list the quote and speaker rules use, in one place (regexes are in :mod:`.patterns`).

The verbs of speech themselves are data: ``helpers/data/quote_cues.csv``,
read by :func:`helpers.quotes.cues.load_cues`.  The speaker registry is
``helpers/data/people.csv`` (:mod:`.registry`).  The lists here are the
grammar around them; each says where it is used and why.  All are lower
case unless said otherwise (``NON_NAME_WORDS`` and ``ORG_WORDS`` are matched
as written).  Add a word where a text goes wrong, with a test sentence in
``tests/quotes/`` that shows it.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- the writer's sentence around a cue

#: Words that end a subject when reading backwards from a cue, or sit between a subject and its cue.
BOUNDARY_WORDS = {
    "that", "which", "who", "whom", "whose", "because", "while", "when", "after", "before", "if", "though",
    "although", "where", "so", "since", "but", "as", "whether", "than", "until", "unless", "once", "what",
    "how", "why", "and", "or", "then", "also",
}
#: Auxiliaries and adverbs between a subject and its verb ("has long said", "also told").
AUX = {
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may", "might", "can",
    "did", "does", "do", "also", "reportedly", "recently", "previously", "later", "then", "now", "again", "once",
    "long", "repeatedly", "often", "already", "publicly", "privately", "frequently", "still", "just", "even",
    "first", "last", "further", "earlier", "subsequently", "separately", "similarly", "likewise", "simply",
    "flatly", "bluntly", "firmly", "emphatically", "candidly", "openly", "quickly", "initially", "ultimately",
    "finally", "has long", "had", "'s", "been",
}
NEGATIONS = {"not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't"}
#: Forms of "be": before a cue they make it passive ("was told"), except "was quoted as saying".
BE_FORMS = {"was", "were", "is", "are", "be", "been", "being", "am", "'s"}
#: Words that end a noun phrase read forwards ("said Wang Yi on Thursday", "according to officials who ...").
STOP_AFTER_NP = {
    "shortly", "on", "in", "at", "during", "before", "after", "last", "this", "yesterday", "today", "tonight",
    "who", "which", "that", "when", "while", "as", "to", "via", "over", "earlier", "later", "recently", "told",
    "said", "says", "adding", "speaking", "according", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "late", "early", "because", "but", "and", "where", "about", "with", "from", "by",
    "under", "than", "since", "until", "if", "then", "—", "–",
}
#: Pronouns that can be a speaker on their own.
PRONOUN_SUBJECTS = {"he", "she", "it", "they", "i", "we"}
#: Pronouns at an attribution that look back to the sentence's subject ("what he called ...").
PRONOUN_MENTIONS = PRONOUN_SUBJECTS | {"his", "her", "their", "its"}
#: Words ending in -ly that are no adverb.
NOT_ADVERBS = {"family", "only", "italy", "july", "early", "daily", "ally", "rally", "tally", "supply", "reply", "holy",
               "lily", "emily", "kelly", "sally", "billy", "molly", "jolly", "bully", "melly", "beverly", "kimberly",
               "ely", "politically"}
#: Words ending in -ed (or verb-like) that are adjectives or names, not the verb of a clause.
NOT_VERBS = {"red", "united", "armed", "retired", "elected", "appointed", "named", "renowned", "noted", "alleged",
             "unnamed", "unidentified", "concerned", "informed", "advanced", "embattled", "beloved", "learned",
             "indeed", "speed", "seed", "need", "feed", "creed", "greed", "bred", "shed", "bed", "med", "ted", "ned",
             "fred", "reed", "ed", "owned", "based", "funded", "backed", "affiliated", "aligned", "affected"}
#: The few of those that may still end a noun phrase read forwards ("said a retired general").
ADJECTIVES_IN_NP = {"red", "united", "armed", "retired", "elected"}
PREPOSITIONS = {"about", "over", "by", "with", "of", "in", "on", "at", "for", "from", "into", "through", "after"}
#: Determiners and numbers that open a noun phrase ("one slide says", "several groups").
DETERMINERS_OR_NUMBERS = {"a", "an", "the", "one", "another", "this", "that", "these", "those", "some", "two", "three",
                          "his", "her", "their", "its", "our", "several", "many", "most", "other"}
#: First words of a "that"-less reported clause after a weak cue ("he feels the talks ...").
CLAUSE_STARTS = {"he", "she", "they", "it", "i", "we", "the", "a", "an", "this", "these", "there", "his", "her",
                 "their", "its", "our", "no", "most", "many", "some", "all", "more", "less", "nobody", "everyone"}
#: Openers of an adverbial phrase before the main clause ("At a fundraiser in New York, Clinton called ...").
CLAUSE_OPENERS = {
    "in", "at", "on", "with", "after", "during", "following", "since", "before", "despite", "instead", "meanwhile",
    "however", "still", "also", "last", "earlier", "later", "from", "for", "of", "by", "under", "over", "amid",
    "among", "like", "unlike", "besides", "beyond", "within", "without", "through", "throughout", "to", "separately",
    "speaking", "asked", "in", "yesterday", "today", "tonight", "overnight", "hours", "minutes", "days", "weeks",
}
#: Subordinators before a participle ("..., while chanting “…”", "After saying ..."): its subject is the
#: main clause's.
SUBORDINATORS = {"while", "after", "before", "despite", "when", "by", "without", "in"}
#: Irregular past tenses: after a capitalised name, the verb of the clause ("Trump took to Twitter").
IRREGULAR_PAST = {
    "took", "made", "gave", "went", "came", "told", "said", "sang", "wrote", "spoke", "got", "put", "ran", "saw",
    "brought", "thought", "felt", "kept", "left", "held", "stood", "sent", "won", "lost", "led", "met", "paid",
    "set", "began", "drew", "threw", "knew", "chose", "rose", "fell", "struck", "hit", "cut", "let", "read",
}
#: Last words that cannot end a speaker's noun phrase.
DANGLING_WORDS = {"the", "a", "an", "of", "to", "in", "for", "on", "with", "by"}

# --------------------------------------------------------------------------- when a word is a cue

#: Words before a cue form that make it a noun ("the report", "his claims") or an infinitive ("declined to say").
NOUN_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                    "those", "to", "of", "no", "any", "some", "such", "whose", "same", "these", "many", "several"}
#: Adjectives before a plural cue form that make it a noun ("new reports", "press notes").
NOUN_ADJECTIVES = {"new", "recent", "latest", "first", "annual", "press", "news", "media", "poll", "survey", "early"}
#: Of those, the ones that still report with "that" ("a poll reports that ...").
REPORTING_NOUNS = ("poll", "survey")
#: Headline cues in title case after a capitalised name ("Lindsey Graham Says ...").
HEADLINE_CUES = ("says", "said", "warns", "tells", "claims", "admits", "insists")
#: Capitalised cues that open an inverted attribution ("Said Ellis: ...").
CAPITALISED_CUES = ("said", "says", "added", "asked", "wrote", "writes")
#: Cue lemmas that stay speech before "to" ("told to", "said to", "spoke to"), besides intentions.
SPEECH_BEFORE_TO = ("say", "tell", "speak", "explain", "write", "report", "complain", "confirm", "describe", "add",
                    "reply", "respond", "admit", "tweet", "mention", "reveal", "disclose", "post")
#: Cue forms that are more often plural nouns ("tweets", "reports", "claims").
NOUN_FORMS = {"tweets", "reports", "claims", "notes", "remarks", "promises", "posts", "comments", "shows",
              "estimates", "fears", "hopes", "worries", "warns", "states", "demands", "charges", "calls", "signals",
              "insists", "stresses", "writes", "reads", "asks"}
#: Words before a capitalised word before a noun form ("32% of Republican claims"): a noun.
NOUN_CONTEXT = {"of", "the", "a", "an", "his", "her", "their", "its", "our", "%", "percent"}
#: Weak cues that are still acts of speech ("has spoken in broad strokes about ... — a “…”"); the others
#: (worried, hoped, showed) govern a quotation only when it follows closely.
WEAK_SPEECH = {"speak", "mention", "reveal", "disclose", "signal", "indicate", "demand", "urge", "propose", "cry",
               "post", "charge", "accuse"}
#: Verbs of public speech whose object is what was said about ("Clinton cited derogatory comments ...",
#: "Trump attacked the trade deal"): reported speech even without "that" or a quotation.
SPEECH_ACTS = {"cite", "attack", "criticize", "condemn", "denounce", "praise", "slam", "blast", "mock", "tout",
               "lament", "decry", "question", "reveal", "demand", "urge", "disclose", "mention"}
#: Words after a speech act that open an adjunct, not its object.
NOT_OBJECT_STARTS = ("during", "as", "since", "until", "because", "when")
#: Cues of intention, speech before "to" ("promised to", "urged Congress to").
INTENTIONS = {"want", "plan", "promise", "pledge", "vow", "agree", "decide", "refuse", "decline", "offer", "urge",
              "intend", "threaten", "propose"}
#: Words that open what a cue reports rather than its object ("told reporters that", "asked whether").
CONTENT_STARTS = ("that", "how", "whether", "what")

# --------------------------------------------------------------------------- attributions without a verb cue

#: Nouns of speech owned by a speaker ("his claim that ...", "Trump’s statement that ...").
CLAIM_NOUNS = {
    "claim", "claims", "statement", "statements", "assertion", "assertions", "argument", "contention", "promise",
    "pledge", "warning", "insistence", "suggestion", "belief", "charge", "accusation", "allegation", "allegations",
    "boast", "remark", "remarks", "comment", "comments", "prediction", "vow", "complaint", "admission", "argument",
    "view", "position", "message", "testimony", "announcement", "threat", "denial", "explanation", "theory",
    "reply", "response", "answer", "retort", "verdict", "rejoinder", "assessment", "advice", "words",
}
POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "my", "our"}
#: "as X put it", "as the memo called them".
AS_PUT_VERBS = {"put", "called", "described", "said", "says", "wrote", "writes", "noted", "notes", "phrased",
                "termed", "dubbed", "explained", "puts", "calls"}
AS_PUT_OBJECTS = {"it", "them", "him", "her", "this", "that"}
#: Of those, the verbs that take no object ("as X said,"); a word after them makes a clause ("as X said he would").
AS_SAID_VERBS = ("said", "says", "wrote", "writes", "noted", "notes", "explained")
#: Words after "as" that make no "as X put it" ("as for", "as well", "as a result").
NOT_AS_PUT = PREPOSITIONS | {"for", "to", "well", "much", "long", "soon", "far", "if", "though", "part", "such",
                             "usual", "expected"}
#: Words that cannot open the speaker of an inverted cue ("said on Thursday", "said of the plan").
NOT_INVERTED_START = STOP_AFTER_NP | BOUNDARY_WORDS | {
    "it", "there", "morning", "afternoon", "evening", "night", "week", "month", "year", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "twitter",
    "facebook", "instagram", "he", "she", "they", "we", "i", "this", "that", "these",
    # "X, a professor, said of the plan": a preposition after the cue opens an adjunct, not the speaker
    "of", "for", "into", "upon", "toward", "towards", "against", "through", "without", "within",
}
#: Words after "<content>, X said," that keep the cue postposed ("..., adding ...", "..., in a statement").
TAIL_ADVERBIAL_STARTS = ("adding", "saying", "noting", "speaking", "who", "according", "in", "on", "after", "before",
                         "while", "when", "referring")
#: Cues that name a manner of speaking with no reported clause of their own.
NO_CONTENT_CUES = {"speak", "speaks", "spoke", "spoken", "speaking", "called", "described … as", "as … put it"}
#: Words before a headline's colon that are a rubric, not a source ("Analysis: ...").
NOT_HEADLINE_SOURCES = {
    "analysis", "exclusive", "breaking", "watch", "opinion", "video", "update", "updated", "live", "editorial",
    "review", "explainer", "photos", "photo", "listen", "podcast", "read", "transcript", "factbox", "timeline",
    "q&a", "interview", "commentary", "column", "letters", "correction", "report", "news", "first", "new", "the",
}
#: First words of a short sentence that is no attribution tail ("“Why?” It was ...").
NOT_TAIL_STARTS = ("i", "it", "this", "that", "there", "but", "and")
#: Words a title of a work leaves in lower case ("Face the Nation").
TITLE_MINOR_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as",
                     "is", "are", "vs", "de", "la", "le", "du", "&", "with", "into", "about", "over", "our", "his",
                     "her"}

# --------------------------------------------------------------------------- speakers

#: Pronoun -> (gender, plural).
PRONOUNS = {
    "he": ("m", False), "she": ("f", False), "they": ("", True), "it": ("", False),
    "i": ("", False), "we": ("", True), "him": ("m", False), "her": ("f", False),
    "his": ("m", False), "their": ("", True), "its": ("", False), "my": ("", False), "our": ("", True),
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "mister", "madam"}
HONORIFIC_GENDER = {"mr": "m", "mister": "m", "sir": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "dame": "f"}
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
    "lady", "gentleman", "boss", "owner", "founder", "chairwoman", "questioner", "narrator", "announcer", "protester",
    "protestor", "demonstrator", "insider", "organizer", "spokesmen", "official", "senators", "nominee", "aide",
}
#: Words ending like agent nouns (-er, -or, -ist, -ian) that name no person.
NOT_AGENT_NOUNS = {
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
#: Nouns with no singular of their own ("people", "staff").
UNCOUNTED_NOUNS = {"people", "staff", "media", "police", "spokespeople"}
#: Documents and publications that "say" things ("the ruling said", "the letter reads").
DOCUMENT_NOUNS = {
    "ruling", "letter", "report", "statement", "memo", "complaint", "lawsuit", "filing", "study", "poll", "survey",
    "ad", "advert", "advertisement", "article", "piece", "story", "book", "tweet", "email", "release", "document",
    "indictment", "order", "opinion", "decision", "analysis", "editorial", "video", "spot", "bill", "proposal",
    "website", "page", "transcript", "readout", "resolution", "motion", "petition", "guidance", "rule", "rules",
    "bylaws", "constitution", "law", "policy", "plan", "platform", "agreement", "deal", "communique", "notice",
    "headline", "caption", "message", "post", "blog", "column", "op-ed", "speech", "verdict", "judgment",
}
#: Nouns for an organisation, office or publication that speaks as a body.
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
#: Modifiers an anonymous source may lose when referred to again ("the senior official" = "the official").
SAME_SOURCE_MODIFIERS = {"senior", "top", "same", "administration", "government"}
#: Capitalised words that open a description, not a name ("Senior officials said").
COMMON_CAPS = {"senior", "top", "former", "some", "many", "other", "two", "three", "several", "most", "few"}
#: Words kept in lower case in an anonymous source's category ("senior administration official").
CATEGORY_WORDS = {"senior", "top", "former", "administration", "foreign", "state", "government", "campaign"}
#: Particles inside a personal name ("Ursula von der Leyen").
NAME_PARTICLES = ("de", "van", "von", "bin", "al", "da", "del")
#: Capitalised words that are not part of a personal name: function words, titles, nationalities, days, months.
NON_NAME_WORDS = {
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
#: Capitalised head words of organisations and places (White House, Renmin University, South China Sea).
ORG_WORDS = {
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

# --------------------------------------------------------------------------- transcripts (turns.py)

#: Transcript labels that name a role, not a person: the speaker and, where the label fixes it, the side.
ROLE_LABELS = {"q": ("reporter", "press"), "reporter": ("reporter", "press"), "question": ("reporter", "press")}
#: Words of a transcript label that make it a person's title and name ("MS. PSAKI", "PRESIDENT XI").
LABEL_TITLES = {"mr", "mrs", "ms", "miss", "dr", "president", "vice", "secretary", "senator", "sen", "ambassador",
                "admiral", "general", "minister", "prime", "governor", "gov", "representative", "rep", "mayor",
                "chairman", "chair", "director", "deputy", "speaker", "leader", "judge", "justice", "prof",
                "professor", "premier", "chancellor", "king", "queen", "prince", "foreign", "state", "councillor"}
#: Transcribers' notes in parentheses, not a speaker's words: "(Laughter.)", "(inaudible)", "(As interpreted.)".
STAGE_DIRECTIONS = {"laughter", "laughs", "laughing", "applause", "inaudible", "crosstalk", "cross-talk", "ph", "sic",
                    "as interpreted", "in progress", "audio gap", "pause", "off-mic", "off mic", "technical difficulty",
                    "technical difficulties", "interruption", "coughs", "no response", "recording ends",
                    "audio interrupted", "speaks in chinese", "speaks in spanish", "as translated"}
#: First-person subjects: in a transcript turn, the turn's speaker.
FIRST_PERSON = {"i", "we"}

# --------------------------------------------------------------------------- verb paradigms (paradigms.py)

#: Past tense and past participle of irregular verbs of speech and evidence.
IRREGULAR_VERBS = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    "think": ("thought",), "feel": ("felt",), "find": ("found",), "show": ("showed", "shown"),
    "know": ("knew", "known"), "hear": ("heard",), "read": ("read",), "swear": ("swore", "sworn"),
    "forecast": ("forecast",), "teach": ("taught",), "foresee": ("foresaw", "foreseen"), "see": ("saw", "seen"),
    "learn": ("learned", "learnt"), "mean": ("meant",), "give": ("gave", "given"), "tweet": ("tweeted",),
    "put": ("put",), "hold": ("held",), "make": ("made",), "bring": ("brought",), "lay": ("laid",),
}
#: Verbs of more than one syllable that double their last consonant (stress on the last syllable).
DOUBLING_VERBS = {"admit", "commit", "submit", "omit", "permit", "refer", "prefer", "confer", "infer", "defer",
                  "regret", "occur", "control", "compel", "rebut", "acquit", "allot", "deter", "concur", "abet",
                  "outwit", "propel", "repel", "extol", "patrol", "transfer", "equip", "recur", "incur", "aver"}
#: Sources of evidence that "show" or "suggest" besides documents: counts, records, data.
EVIDENCE_NOUNS = {"data", "figures", "numbers", "records", "averages", "polls", "polling", "results", "estimates",
                  "statistics", "tallies", "filings", "documents", "emails", "studies", "surveys", "tally", "count",
                  "census", "estimate", "projections", "exit polls", "returns", "minutes", "logs"}
#: Cues that are also common nouns ("a show"): a cue only before what they report or after evidence.
EVIDENTIAL_CUES = {"show", "indicate"}
#: Verbs that put out a document: "issued a statement saying ..." is the issuer's, "reports alleging ..." the reports'.
ISSUE_VERBS = {"issued", "issues", "issue", "released", "releases", "posted", "posts", "published", "publishes",
               "sent", "sends", "filed", "files", "tweeted", "shared", "delivered", "wrote", "writes", "put",
               "circulated", "distributed", "aired", "ran", "signed"}
#: Words inside a document's noun phrase before its noun ("a brief written statement", "the new ads").
NOUN_PHRASE_WORDS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                     "new", "brief", "short", "written", "joint", "formal", "public", "two", "three", "several"}
#: Irregular past participles of cues, read as a passive before "by" ("was told “…” by", "was called").
PASSIVE_PARTICIPLES = {"said", "told", "written", "called", "shown", "spoken"}
#: Words after a quoted term that are no noun it modifies ("the “deal” to", "a “win” for").
NOT_NOUNS_AFTER_TERM = {"to", "and", "or", "but", "is", "was", "are", "were", "has", "have", "had", "will", "would",
                        "said", "says", "he", "she", "they", "it", "we", "i", "you", "not", "no", "yet", "too"}
