//! Claims: each statement of the story, with the layers it carries, who it is attributed to,
//! and whether it is negated or hedged.
//!
//! A claim is a story sentence, or a clause of one where a semicolon joins two statements.

use std::ops::Range;

use super::document::{trim_range, ClaimSpan, Document};
use crate::text::RangeIndex;

/// Words that deny or negate a statement.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n't", "neither", "nor", "without", "denied", "denies", "deny", "cannot",
    "none", "nobody", "nothing", "rejected", "refused",
];
/// Words that weaken a statement or mark it as unconfirmed.
const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "apparently",
    "possibly",
    "potential",
    "potentially",
    "likely",
    "unlikely",
    "may",
    "might",
    "could",
    "would",
    "perhaps",
    "expected",
    "believed",
    "suspected",
    "unconfirmed",
    "appears",
    "appeared",
    "seems",
    "seemed",
    "suggests",
    "suggested",
    "rumoured",
    "rumored",
    "purportedly",
    "supposedly",
    "claimed",
    "claims",
];

pub(crate) fn extract(doc: &mut Document<'_>) {
    let text = doc.text;
    let title = doc.meta.title.as_ref().and_then(|t| t.range.clone());
    let layers = Layers {
        mentions: RangeIndex::new(doc.mentions.iter().map(|m| &m.range)),
        times: RangeIndex::new(doc.times.iter().map(|t| &t.range)),
        quantities: RangeIndex::new(doc.quantities.iter().map(|q| &q.range)),
    };
    let mut claims = Vec::new();
    for (index, sentence) in doc.story_sentences() {
        if title
            .as_ref()
            .is_some_and(|t| t.start <= sentence.range.start && sentence.range.end <= t.end)
        {
            continue;
        }
        if text[sentence.range.clone()].split_whitespace().count() < 4 {
            continue;
        }
        for range in clauses(text, sentence.range.clone()) {
            claims.push(claim(doc, &layers, index, range));
        }
    }
    doc.claims = claims;
}

/// Where a sentence joins two statements: the cut falls after the separator's first char.
const CLAUSE_BREAKS: &[&str] = &[
    "; ",
    ", during which ",
    ", while ",
    ", whereas ",
    "—an ",
    "—a ",
    "—the ",
    "—which ",
    " and called on ",
    " and urged ",
    " and warned ",
    " and are expected to ",
    " and is expected to ",
    " and that ",
    ", notably ",
    ", and an ",
    ", and a ",
];

fn clauses(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let piece = &text[sentence.clone()];
    let mut cuts: Vec<usize> = CLAUSE_BREAKS
        .iter()
        .flat_map(|sep| {
            piece
                .match_indices(sep)
                .map(|(i, _)| sentence.start + i + sep.chars().next().map_or(1, char::len_utf8))
        })
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut start = sentence.start;
    for cut in cuts {
        out.push(trim_range(text, start..cut));
        start = cut;
    }
    out.push(trim_range(text, start..sentence.end));
    out.retain(|r| text[r.clone()].split_whitespace().count() >= 3);
    out
}

/// The layers a claim points into, indexed once per article (a scan per claim was quadratic).
struct Layers {
    mentions: RangeIndex,
    times: RangeIndex,
    quantities: RangeIndex,
}

fn claim(doc: &Document<'_>, layers: &Layers, sentence: usize, range: Range<usize>) -> ClaimSpan {
    let words: Vec<String> = doc.text[range.clone()]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let has = |list: &[&str]| {
        words
            .iter()
            .any(|w| list.contains(&w.as_str()) || (list.contains(&"n't") && w.ends_with("n't")))
    };
    let quote = doc
        .quotes
        .iter()
        .position(|q| q.range.start < range.end && range.start < q.range.end);
    let attributed_to = quote
        .and_then(|q| doc.quotes[q].speaker.as_ref().map(|s| s.name.clone()))
        .or_else(|| according_to(doc.text, &range));
    ClaimSpan {
        mentions: layers.mentions.inside(&range),
        times: layers.times.inside(&range),
        quantities: layers.quantities.inside(&range),
        attributed_to,
        quote,
        negated: has(NEGATIONS),
        hedged: has(HEDGES),
        sentence,
        range,
    }
}

/// "according to the Kremlin" / "According to Kremlin aide Yuri Ushakov," → the source named.
fn according_to(text: &str, range: &Range<usize>) -> Option<String> {
    let claim = &text[range.clone()];
    let at = claim
        .find("according to ")
        .or_else(|| claim.find("According to "))?;
    let rest = &claim[at + "according to ".len()..];
    let end = rest.find([',', '.', ';', '—', '–']).unwrap_or(rest.len());
    let source = rest[..end].trim();
    (!source.is_empty()).then(|| source.to_string())
}

#[cfg(test)]
mod tests {

    fn claims(text: &str) -> Vec<(String, bool, bool, Option<String>)> {
        crate::extract::read_text(text, |doc| {
            doc.claims
                .iter()
                .map(|c| {
                    (
                        text[c.range.clone()].to_string(),
                        c.negated,
                        c.hedged,
                        c.attributed_to.clone(),
                    )
                })
                .collect()
        })
    }

    #[test]
    fn negation_hedging_and_attribution() {
        let found = claims(
            "The readout did not explicitly mention backing for the proposal. Putin reportedly discussed the matter with him. \
             Trump approved a potential plan, according to CBS. The talks ended; both sides left the room.",
        );
        assert_eq!(
            found,
            [
                (
                    "The readout did not explicitly mention backing for the proposal.".into(),
                    true,
                    false,
                    None
                ),
                (
                    "Putin reportedly discussed the matter with him.".into(),
                    false,
                    true,
                    None
                ),
                (
                    "Trump approved a potential plan, according to CBS.".into(),
                    false,
                    true,
                    Some("CBS".into())
                ),
                ("The talks ended;".into(), false, false, None),
                ("both sides left the room.".into(), false, false, None),
            ]
        );
    }

    #[test]
    fn a_sentence_of_two_statements_is_two_claims() {
        let found = claims(
            "The two leaders held a detailed hour-long phone conversation, during which they agreed to share intelligence. \
             Putin again proposed Russia’s role as mediator—an idea that Ushakov said Xi supported.",
        );
        let texts: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The two leaders held a detailed hour-long phone conversation,",
                "during which they agreed to share intelligence.",
                "Putin again proposed Russia’s role as mediator—",
                "an idea that Ushakov said Xi supported.",
            ]
        );
    }

    #[test]
    fn headings_and_boilerplate_are_not_claims() {
        let found = claims("Calls for ceasefire\n\nThe leaders spoke for an hour.\n\nLeave a comment\n\nShare away..");
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
