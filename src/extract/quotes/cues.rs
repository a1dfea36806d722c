//! Speech and cognition cues ("said", "told", "according to") and the words around them.

/// Verbs that attribute speech or a view to a speaker, in the forms news text uses.
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "tell",
    "telling",
    "added",
    "adds",
    "adding",
    "stated",
    "states",
    "stating",
    "noted",
    "notes",
    "noting",
    "explained",
    "explains",
    "announced",
    "announces",
    "stressed",
    "stresses",
    "stressing",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "emphasizing",
    "emphasising",
    "urged",
    "urges",
    "urging",
    "warned",
    "warns",
    "warning",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "asserted",
    "asserts",
    "asserting",
    "declared",
    "declares",
    "remarked",
    "commented",
    "comments",
    "replied",
    "responded",
    "confirmed",
    "confirms",
    "reported",
    "reports",
    "wrote",
    "writes",
    "elaborated",
    "believe",
    "believes",
    "believed",
    "believing",
    "informed",
    "described",
    "describes",
    "acknowledged",
    "admitted",
    "admits",
    "denied",
    "denies",
    "suggested",
    "suggests",
    "predicted",
    "predicts",
    "reiterated",
    "reiterates",
    "revealed",
    "indicated",
    "indicates",
    "concluded",
    "recalled",
    "observed",
    "maintained",
    "maintains",
    "estimated",
    "estimates",
    "expects",
    "expected",
    "hopes",
    "hoped",
    "thinks",
    "thought",
    "feels",
    "felt",
    "agreed",
    "negotiated",
    "negotiates",
    "announce",
    "quoted",
    "quoting",
    "cited",
    "citing",
    "contended",
    "complained",
    "pointed",
    "vowed",
    "promised",
    "pledged",
    "disclosed",
    "alleged",
    "alleges",
    "questioned",
    "asked",
    "asks",
    "proclaimed",
    "claiming",
    "requested",
    "requests",
    "recommended",
    "recommends",
    "rejected",
    "rejects",
    "revealing",
    "announcing",
    "affirmed",
    "forecast",
    "predict",
    "claim",
    "deny",
    "expect",
    "hope",
    "think",
];

/// Verbs of intention and decision, cues only before "to" ("they intend to launch", "he
/// decided to leave"): MEANTIME counts them as speech/cognition events, and they state
/// the subject's position as a claim does.
const INTENT: &[&str] = &[
    "intend", "intends", "intended", "decide", "decides", "decided", "choose", "chooses", "chose",
    "chosen", "plan", "plans", "planned", "want", "wants", "wanted",
];

/// Verbs that give a thing a name ("what critics call “a cover-up”").
const NAMING: &[&str] = &[
    "call",
    "calls",
    "called",
    "term",
    "terms",
    "termed",
    "dub",
    "dubs",
    "dubbed",
    "describe",
    "describes",
    "described",
];

/// Documents and sources that speak for themselves before a participle ("reports stating").
const SOURCES: &[&str] = &[
    "reports",
    "documents",
    "emails",
    "e-mails",
    "sources",
    "studies",
    "records",
    "memos",
    "letters",
    "filings",
    "surveys",
    "polls",
];

/// Nouns that cue speech only after a possessive ("Xi’s call for …").
const NOUNS: &[&str] = &[
    "call",
    "calls",
    "statement",
    "statements",
    "remarks",
    "words",
    "message",
    "appeal",
    "warning",
    "comments",
    "view",
    "views",
    "demand",
    "plea",
];

/// Where a statement was made ("said in a statement"): part of the cue phrase.
const MEDIA: &[&str] = &[
    "statement",
    "interview",
    "letter",
    "memo",
    "speech",
    "email",
    "e-mail",
    "release",
    "briefing",
    "post",
    "report",
];

/// Adverbs and auxiliaries that may stand between a speaker and the cue.
const SKIP: &[&str] = &[
    "also",
    "further",
    "then",
    "again",
    "later",
    "previously",
    "earlier",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "had",
    "reportedly",
    "repeatedly",
    "once",
    "not",
    "did",
    "does",
    "do",
    "had",
    "been",
    "being",
    "subsequently",
    "separately",
    "first",
];

/// Lower-case words that end a speaker phrase.
const STOP: &[&str] = &[
    "that", "which", "who", "whom", "and", "but", "while", "as", "when", "after", "before",
    "because", "if", "so", "although", "though", "whereas", "unless", "in", "on", "at", "to",
    "for", "during", "with", "from", "by", "of", "about", "than", "into", "over", "under", "since",
    "until", "where", "whether", "it", "there", "this", "these", "those", "what", "how", "why",
    "said", "says",
];

/// Personal pronouns a speaker can be.
pub(crate) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// Titles and roles that may precede a name; dropped from the speaker's name.
const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Chancellor",
    "Secretary",
    "Senator",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "General",
    "Chief",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Director",
    "Chairman",
    "CEO",
    "Governor",
    "King",
    "Queen",
    "Sheikh",
    "Foreign",
    "Defence",
    "Defense",
    "Vice",
    "Ambassador",
    "Leader",
    "Premier",
    "Kremlin",
    "Aide",
    "Adviser",
    "Advisor",
    "Sen",
    "Rep",
    "Judge",
    "Officer",
    "Executive",
    "Analyst",
];

fn has(list: &[&str], w: &str) -> bool {
    // Length and first byte first: this runs for every word of every sentence.
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    list.iter().any(|x| {
        x.len() == w.len()
            && x.as_bytes()[0].eq_ignore_ascii_case(&first)
            && x.eq_ignore_ascii_case(w)
    })
}

/// A cue verb in running text: lower case, as a capitalised one is mostly part of a
/// name ("United States Air Force").
pub(crate) fn is_verb(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase()) && has(VERBS, w)
}
/// A cue verb that opens a sentence ("Citing …", "Says …").
pub(crate) fn is_opening_verb(w: &str) -> bool {
    has(VERBS, w)
}
pub(crate) fn is_intent(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase()) && has(INTENT, w)
}
pub(crate) fn is_naming(w: &str) -> bool {
    NAMING.contains(&w)
}
pub(crate) fn is_source_noun(w: &str) -> bool {
    has(SOURCES, w)
}
pub(crate) fn is_noun(w: &str) -> bool {
    has(NOUNS, w)
}
pub(crate) fn is_medium(w: &str) -> bool {
    has(MEDIA, w)
}
pub(crate) fn is_skip(w: &str) -> bool {
    has(SKIP, w) || (w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_ascii_lowercase()))
}
pub(crate) fn is_stop(w: &str) -> bool {
    has(STOP, w)
}
pub(crate) fn is_pronoun(w: &str) -> bool {
    has(PRONOUNS, w)
}
pub(crate) fn is_title(w: &str) -> bool {
    TITLES.iter().any(|t| *t == w.trim_end_matches('.'))
        || w.ends_with("ese")
        || w.ends_with("ian")
        || (w.ends_with("an") && w.len() > 5)
}

/// Determiners and possessives that open a nominal speaker ("the company").
pub(crate) fn is_determiner(w: &str) -> bool {
    has(
        &[
            "the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
        ],
        w,
    )
}

/// Capitalised words that open sentences but are no names.
pub(crate) fn is_function_word(w: &str) -> bool {
    has(
        &[
            "the",
            "a",
            "an",
            "during",
            "following",
            "after",
            "before",
            "in",
            "on",
            "at",
            "both",
            "however",
            "meanwhile",
            "separately",
            "according",
            "while",
            "when",
            "this",
            "that",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
            "as",
            "for",
            "with",
            "but",
            "and",
            "also",
            "yet",
            "since",
            "although",
            "earlier",
            "later",
            "today",
            "yesterday",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "some",
            "many",
            "most",
        ],
        w,
    )
}
