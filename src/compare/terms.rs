//! Terms: what a statement is about, as weighted features for comparing statements.
//!
//! A statement's words become stems (Snowball English, through `pagefind_stem` with only its English algorithm built), near-synonyms share one term
//! ("criticized" and "condemned" are both `condemn`), function words and speech verbs are
//! dropped, and an entity mention becomes its cross-article entity ("Moscow" and "Russian"
//! are both the Russia entity). Weights are inverse document frequencies over the
//! statements compared, so words every statement uses count for little.

use super::sorting::SortSmall;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::extract::words::Word;
use pagefind_stem::{Algorithm, Stemmer};

/// A term id in a [`Vocabulary`].
pub(crate) type Term = u32;

/// A sparse, L2-normalised vector of term weights, sorted by term.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Vector(pub Vec<(Term, f32)>);

impl Vector {
    /// Cosine of two normalised vectors.
    pub fn cosine(&self, other: &Vector) -> f32 {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// Whether the vector has a weight for `term`.
    pub fn contains(&self, term: Term) -> bool {
        self.0.binary_search_by_key(&term, |&(t, _)| t).is_ok()
    }

    /// Adds `other` (for centroids); the result is not normalised.
    pub fn add(&mut self, other: &Vector) {
        let mut merged = Vec::with_capacity(self.0.len() + other.0.len());
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            let take_a = j >= b.len() || (i < a.len() && a[i].0 < b[j].0);
            let take_b = i >= a.len() || (j < b.len() && b[j].0 < a[i].0);
            if take_a {
                merged.push(a[i]);
                i += 1;
            } else if take_b {
                merged.push(b[j]);
                j += 1;
            } else {
                merged.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
        self.0 = merged;
    }

    /// Scales to unit length (a zero vector stays zero).
    pub fn normalise(&mut self) {
        let norm = self.0.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut self.0 {
                *w /= norm;
            }
        }
    }
}

/// Term ids and how many statements use each term.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: HashMap<String, Term>,
    df: Vec<u32>,
    /// Per term: 0 a word, 1 an entity (`@…`), 2 a date (`#…`).
    kinds: Vec<u8>,
}

impl Vocabulary {
    /// The id of `term`, adding it when new.
    pub fn id(&mut self, term: &str) -> Term {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.df.len() as Term;
        self.ids.insert(term.to_string(), id);
        self.df.push(0);
        self.kinds.push(match term.as_bytes().first() {
            Some(b'@') => 1,
            Some(b'#') => 2,
            _ => 0,
        });
        id
    }

    /// Counts one statement's distinct terms towards document frequencies.
    pub fn count(&mut self, terms: &[Term]) {
        for &t in terms {
            self.df[t as usize] += 1;
        }
    }

    /// The id of `term` if some statement uses it.
    pub fn get(&self, term: &str) -> Option<Term> {
        self.ids.get(term).copied()
    }

    /// Whether `term` is a word, not an entity (`@…`) or a date (`#…`).
    pub fn is_word(&self, term: Term) -> bool {
        self.kinds.get(term as usize) == Some(&0)
    }

    /// Whether `term` is a cross-article entity (`@…`).
    pub fn is_entity(&self, term: Term) -> bool {
        self.kinds.get(term as usize) == Some(&1)
    }

    /// Takes one statement's terms back out of the document frequencies.
    pub fn uncount(&mut self, terms: &[Term]) {
        for &t in terms {
            self.df[t as usize] -= 1;
        }
    }

    pub fn df(&self, term: Term) -> u32 {
        self.df[term as usize]
    }

    /// Inverse document frequency among `n` statements.
    pub fn idf(&self, term: Term, n: usize) -> f32 {
        let df = self.df(term).max(1) as f32;
        ((n as f32 + 1.0) / df).ln().max(0.05)
    }

    /// A normalised IDF-weighted vector of distinct `terms`.
    pub fn vector(&self, terms: &[Term], n: usize) -> Vector {
        let mut v: Vec<(Term, f32)> = terms.iter().map(|&t| (t, self.idf(t, n))).collect();
        v.sort_small_by_key(|&(t, _)| t);
        v.dedup_by_key(|&mut (t, _)| t);
        let mut v = Vector(v);
        v.normalise();
        v
    }
}

/// Turns text into terms.
pub(crate) struct Terms {
    stemmer: Stemmer,
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }
}

impl Terms {
    /// The term for one word, or `None` for function words, speech verbs and numbers:
    /// "criticized" gives `condemn`, "Israel's" gives `israel`, "said" gives nothing.
    pub fn word(&self, word: &str) -> Option<String> {
        let lower = word.to_lowercase();
        let lower = lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
            .unwrap_or(&lower);
        if lower.chars().count() < 2
            || lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            return None;
        }
        if is_stopword(lower) {
            return None;
        }
        let stem = self.stemmer.stem(lower);
        Some(
            synonyms()
                .get(stem.as_ref())
                .map_or_else(|| stem.into_owned(), |s| s.to_string()),
        )
    }

    /// The terms of `words` (words of `text`), skipping those that start in a byte range of
    /// `skip` (entity mentions, whose entity is added as its own term by the caller).
    pub fn of(&self, text: &str, words: &[Word<'_>], skip: &[Range<usize>]) -> Vec<String> {
        let mut out = Vec::new();
        for (k, w) in words.iter().enumerate() {
            let at = w.range.start;
            if skip.iter().any(|s| s.start <= at && at < s.end) {
                continue;
            }
            if let Some(mut t) = self.word(&text[w.range.clone()]) {
                // "called for", "called on/upon": an appeal, not a phone call.
                let next = words.get(k + 1).map(|n| &*n.low);
                if t == "call" && matches!(next, Some("for" | "on" | "upon")) {
                    t = "urg".to_string();
                }
                out.push(t);
            }
        }
        out
    }
}

/// Words that say nothing about what happened: function words, speech and reporting verbs,
/// and the generic nouns of news copy.
fn is_stopword(w: &str) -> bool {
    static SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut v = STOP.to_vec();
        v.sort_unstable();
        v
    });
    sorted.binary_search(&w).is_ok()
}

/// The words [`is_stopword`] drops.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "either",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "said",
    "say",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "stated",
    "state",
    "states",
    "added",
    "add",
    "adds",
    "noted",
    "note",
    "notes",
    "according",
    "reported",
    "report",
    "reports",
    "reportedly",
    "confirmed",
    "confirm",
    "confirms",
    "announced",
    "announce",
    "announces",
    "emphasized",
    "emphasised",
    "emphasize",
    "emphasise",
    "stressed",
    "stress",
    "underscored",
    "underlined",
    "highlighted",
    "reiterated",
    "reiterate",
    "expressed",
    "express",
    "explained",
    "insisted",
    "informed",
    "mr",
    "mrs",
    "ms",
    "dr",
    "news",
    "agency",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "readout",
    "media",
    "reporters",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weekend",
    "day",
    "days",
    "year",
    "years",
    "month",
    "months",
    "recent",
    "recently",
    "new",
    "further",
    "including",
    "includes",
    "include",
    "while",
    "amid",
    "following",
    "well",
    "even",
    "still",
    "already",
    "particularly",
    "especially",
    "notably",
    "separately",
    "meanwhile",
    "thereby",
    "therefore",
    "thus",
    "whose",
    "went",
    "go",
    "going",
    "get",
    "got",
    "make",
    "made",
    "let",
    "like",
    "via",
    "reach",
    "reached",
    "reaches",
    "reaching",
    "need",
    "needs",
    "needed",
    "urgent",
    "urgently",
];

/// Near-synonyms of news copy, each group one term (the stem of its first word).
const SYNONYMS: &[&[&str]] = &[
    &["call", "phone", "conversation", "telephone", "phonecall"],
    &[
        "condemn",
        "criticize",
        "criticise",
        "criticized",
        "criticised",
        "denounce",
        "censure",
        "decry",
        "slam",
        "blast",
        "rebuke",
    ],
    &["mediate", "mediator", "mediation", "broker", "intermediary"],
    &["share", "exchange", "swap"],
    &["information", "intelligence", "data", "info"],
    &["contact", "communication", "touch"],
    &["ceasefire", "cease", "truce", "armistice", "cessation"],
    &["hostilities", "fighting", "fire", "combat"],
    &[
        "kill",
        "dead",
        "death",
        "die",
        "died",
        "fatality",
        "fatalities",
        "slain",
    ],
    &["injure", "wound", "hurt", "injury", "injuries"],
    &[
        "attack",
        "strike",
        "assault",
        "raid",
        "bombing",
        "bombardment",
        "airstrike",
        "strikes",
    ],
    &["meet", "meeting", "summit", "talks", "visit", "met"],
    &[
        "support",
        "back",
        "backing",
        "endorse",
        "endorsement",
        "welcome",
        "welcomed",
        "favour",
        "favor",
        "approve",
    ],
    &[
        "initiative",
        "proposal",
        "idea",
        "offer",
        "plan",
        "propose",
        "proposed",
    ],
    &["agree", "agreed", "consensus", "accord", "agreement"],
    &["readiness", "willingness", "ready", "willing", "prepared"],
    &["protect", "protection", "safeguard", "shield"],
    &["civilian", "civilians", "noncombatant"],
    &["force", "military", "militarily", "armed"],
    &[
        "resolve",
        "solution",
        "resolution",
        "settle",
        "settlement",
        "solve",
        "address",
    ],
    &[
        "escalation",
        "escalate",
        "escalating",
        "escalatory",
        "spiral",
    ],
    &[
        "department",
        "agency",
        "agencies",
        "ministry",
        "ministries",
        "body",
        "bodies",
    ],
    &["relations", "ties", "relationship", "partnership"],
    &["arrest", "detain", "detention", "custody", "apprehend"],
    &["resign", "resignation", "quit"],
    &[
        "rise", "increase", "grow", "climb", "jump", "surge", "soar", "gain",
    ],
    &[
        "fall", "decrease", "drop", "decline", "plunge", "slump", "sink",
    ],
    &["buy", "purchase", "acquire", "acquisition"],
    &["earthquake", "quake", "tremor"],
    &["shooting", "gunman", "gunfire", "shot"],
    &["fire", "blaze"],
    &["leader", "leaders", "head"],
    &["war", "conflict", "crisis"],
    &["urge", "call", "press", "appeal"],
];

/// Stem → the stem of its group's first word.
fn synonyms() -> &'static HashMap<String, String> {
    static MAP: OnceLock<HashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut map = HashMap::default();
        for group in SYNONYMS {
            let canon = stemmer.stem(group[0]).into_owned();
            for w in *group {
                // A word in two groups keeps its first (e.g. "fire" as in cease fire).
                map.entry(stemmer.stem(w).into_owned())
                    .or_insert_with(|| canon.clone());
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        Terms::default().of(text, &crate::extract::words::of(text, 0..text.len()), &[])
    }

    #[test]
    fn near_synonyms_share_a_term() {
        assert_eq!(terms("sharply criticized"), terms("sharply condemned"));
        assert_eq!(
            terms("Russia's readiness for mediation"),
            terms("Russia's willingness to mediate")
        );
        assert_eq!(terms("exchange information"), terms("share intelligence"));
    }

    #[test]
    fn a_call_for_something_is_an_appeal_not_a_phone_call() {
        assert_eq!(terms("called for a ceasefire"), terms("urged a ceasefire"));
        assert_eq!(terms("if called upon"), terms("if urged"));
        assert_eq!(terms("a call"), ["call"]);
    }

    #[test]
    fn function_words_and_speech_verbs_are_dropped() {
        assert_eq!(terms("He said that it was in the region"), ["region"]);
        assert_eq!(terms("639 people"), ["peopl"]);
    }

    #[test]
    fn vectors_compare_by_cosine() {
        let mut vocab = Vocabulary::default();
        let a: Vec<Term> = ["x", "y"].iter().map(|t| vocab.id(t)).collect();
        let b: Vec<Term> = ["y", "z"].iter().map(|t| vocab.id(t)).collect();
        vocab.count(&a);
        vocab.count(&b);
        let (va, vb) = (vocab.vector(&a, 2), vocab.vector(&b, 2));
        assert!((va.cosine(&va) - 1.0).abs() < 1e-5);
        let c = va.cosine(&vb);
        assert!(c > 0.1 && c < 0.9, "{c}");
    }
}
