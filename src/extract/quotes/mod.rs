//! Quotes: direct quotes inside quote marks, reported speech ("Ushakov said both leaders…",
//! "According to the Kremlin, …"), and who said them.
//!
//! The speaker is found from the text around the quote, so it works before entity
//! recognition has run; a speaker is linked to an entity when a mention overlaps it.

mod cues;
mod marks;
pub(crate) mod words;

use std::ops::Range;

use super::document::{trim_range, Document, QuoteSpan, SpeakerRef};
use words::{capitalised, strip_possessive, tokens, Tok};

/// How far around a quote attribution is looked for, in bytes; keeps the step linear.
const WINDOW: usize = 400;

pub(crate) fn extract(doc: &mut Document<'_>) {
    let text = doc.text;
    let mut quotes = direct(doc);
    quotes.extend(reported(doc, &quotes));
    quotes.sort_by_key(|q| q.range.start);
    resolve_pronouns(text, &mut quotes);
    link_entities(doc, &mut quotes);
    doc.quotes = quotes;
}

/// Where a quote's attribution was found.
struct Found {
    cue: Option<Range<usize>>,
    speaker: Range<usize>,
}

fn direct(doc: &Document<'_>) -> Vec<QuoteSpan> {
    let text = doc.text;
    let mut out: Vec<QuoteSpan> = Vec::new();
    // Paragraph, sentence and outer range of the last accepted quote.
    let mut prev: Option<(usize, Range<usize>, Range<usize>)> = None;
    for q in marks::find(text, &doc.paragraphs) {
        if doc.in_boilerplate(&q.outer) {
            continue;
        }
        let inner = trim_range(text, q.inner.clone());
        let content = tokens(text, inner.clone());
        let n_words = content.iter().filter(|t| t.word).count();
        // Scare quotes and names: 'Operation Rising Lion', “major countries”.
        if n_words < 3 || title_case(text, &content) {
            continue;
        }
        let para = doc.paragraphs.partition_point(|p| p.end <= q.outer.start);
        let sentence = sentence_at(doc, q.outer.start);
        let close_para = doc.paragraphs.partition_point(|p| p.end < q.outer.end);
        let para_end = doc.paragraphs.get(close_para).map_or(text.len(), |p| p.end);
        let same_sentence = prev.as_ref().filter(|(_, s, _)| *s == sentence);
        let prefix_start = same_sentence
            .map_or(sentence.start, |(_, _, o)| o.end)
            .max(q.outer.start.saturating_sub(WINDOW));
        let prefix = tokens(text, ceil_char(text, prefix_start)..q.outer.start);
        let tail_end = floor_char(text, para_end.min(q.outer.end + WINDOW)).max(q.outer.end);
        let tail = tail_tokens(text, q.outer.end..tail_end);

        let ends_sentence = text[inner.clone()].ends_with(['.', '!', '?']);
        let found = after(text, &tail, &prefix, ends_sentence)
            .or_else(|| before(text, &prefix, &tail))
            .or_else(|| {
                // A cue without a subject ("…, stressing that"): the sentence's speaker.
                has_cue(text, &prefix).then(|| ())?;
                same_sentence
                    .and_then(|_| out.last().and_then(|l| l.speaker.as_ref()?.range.clone()))
                    .or_else(|| first_name(text, &tokens(text, sentence.start..q.outer.start)))
                    .map(|speaker| Found { cue: None, speaker })
            });
        let quote = match found {
            Some(f) => QuoteSpan {
                range: inner.clone(),
                direct: true,
                speaker: Some(SpeakerRef {
                    name: name_of(text, &f.speaker),
                    entity: None,
                    range: Some(f.speaker),
                }),
                cue: f.cue,
            },
            None => {
                // No cue of its own: the speaker carries over from the quote just before,
                // in this paragraph or the one before ("A ceasefire is urgently needed," Xi said.
                // ¶ "China is ready …").
                let carried = prev
                    .as_ref()
                    .filter(|(p, _, _)| *p + 1 >= para)
                    .and_then(|_| out.last())
                    .and_then(|l| l.speaker.clone());
                if carried.is_none() && n_words < 6 {
                    continue;
                }
                QuoteSpan {
                    range: inner.clone(),
                    direct: true,
                    speaker: carried,
                    cue: None,
                }
            }
        };
        prev = Some((close_para, sentence, q.outer.clone()));
        out.push(quote);
    }
    out
}

/// Attribution after the quote: `,” said Kremlin aide Yuri Ushakov.`, `,” Xi added.`,
/// `” by Yury Ushakov` (after a passive cue before the quote).
fn after(text: &str, tail: &[Tok], prefix: &[Tok], ends_sentence: bool) -> Option<Found> {
    let first = tail.first()?;
    let w0 = &text[first.range.clone()];
    if first.word && w0 == "by" {
        let passive = prefix.iter().rev().take(4).any(|t| {
            t.word
                && matches!(
                    &text[t.range.clone()],
                    "described" | "called" | "quoted" | "labelled" | "labeled" | "termed"
                )
        });
        if passive {
            let cue = prefix
                .iter()
                .rev()
                .take(4)
                .find(|t| t.word && cues::is_verb(&text[t.range.clone()]))?;
            return speaker_after(text, tail, 1).map(|s| Found {
                cue: Some(cue.range.clone()),
                speaker: s,
            });
        }
        return None;
    }
    if first.word && cues::is_verb(w0) {
        return speaker_after(text, tail, 1).map(|s| Found {
            cue: Some(first.range.clone()),
            speaker: s,
        });
    }
    if let Some(cue) = according_to(text, tail, 0) {
        return speaker_after(text, tail, 2).map(|s| Found {
            cue: Some(cue),
            speaker: s,
        });
    }
    let k = tail
        .iter()
        .take(9)
        .position(|t| !t.word || cues::is_verb(&text[t.range.clone()]))?;
    if !tail[k].word {
        return None;
    }
    // After a quote that ends its sentence, a new sentence ("He further elaborated that …")
    // attributes the quote only when it is nothing but speaker and cue ("” Ushakov said.").
    if ends_sentence && tail.get(k + 1).is_some_and(|t| t.word) {
        return None;
    }
    speaker_before(text, tail, k).map(|s| Found {
        cue: Some(tail[k].range.clone()),
        speaker: s,
    })
}

/// Attribution before the quote: the nearest cue to its left.
fn before(text: &str, prefix: &[Tok], _tail: &[Tok]) -> Option<Found> {
    for k in (0..prefix.len()).rev() {
        let t = &prefix[k];
        if !t.word {
            continue;
        }
        let w = &text[t.range.clone()];
        if let Some(cue) = according_to(text, prefix, k) {
            return speaker_after(text, prefix, k + 2).map(|s| Found {
                cue: Some(cue),
                speaker: s,
            });
        }
        if cues::is_noun(w) {
            // "Xi’s call for all parties … to “cease hostilities …”"
            let owner = k.checked_sub(1).map(|j| &prefix[j]).filter(|o| o.word)?;
            let (name, possessive) = strip_possessive(&text[owner.range.clone()]);
            if possessive && capitalised(name) {
                let r = owner.range.start..owner.range.start + name.len();
                return Some(Found {
                    cue: Some(t.range.clone()),
                    speaker: r,
                });
            }
            continue;
        }
        if !cues::is_verb(w) {
            continue;
        }
        if matches!(w, "quoted" | "quoting" | "citing" | "cited") {
            // "quoted President Xi as urging"
            if let Some(s) = speaker_after(text, prefix, k + 1) {
                return Some(Found {
                    cue: Some(t.range.clone()),
                    speaker: s,
                });
            }
        }
        return speaker_before(text, prefix, k).map(|s| Found {
            cue: Some(t.range.clone()),
            speaker: s,
        });
    }
    None
}

fn has_cue(text: &str, toks: &[Tok]) -> bool {
    toks.iter()
        .any(|t| t.word && cues::is_verb(&text[t.range.clone()]))
}

/// "according to" at `k`: the cue's range.
fn according_to(text: &str, toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let (a, b) = (toks.get(k)?, toks.get(k + 1)?);
    (a.word
        && text[a.range.clone()].eq_ignore_ascii_case("according")
        && &text[b.range.clone()] == "to")
        .then(|| a.range.start..b.range.end)
}

/// The speaker phrase starting at `from` ("Kremlin aide Yuri Ushakov"): the last run of
/// capitalised words before punctuation or a function word, else a pronoun or a short
/// common-noun phrase ("the company").
fn speaker_after(text: &str, toks: &[Tok], from: usize) -> Option<Range<usize>> {
    let mut end = from;
    while end < toks.len() && end - from < 8 {
        let t = &toks[end];
        if !t.word {
            break;
        }
        let w = &text[t.range.clone()];
        if cues::is_pronoun(w) {
            return (end == from).then(|| t.range.clone());
        }
        if !capitalised(w) && cues::is_stop(w) {
            break;
        }
        end += 1;
        if strip_possessive(w).1 && !capitalised(w) {
            break;
        }
    }
    pick(text, &toks[from..end])
}

/// The speaker phrase ending just before the cue at `cue` ("Ushakov stated", "He further
/// elaborated", "the company said").
fn speaker_before(text: &str, toks: &[Tok], cue: usize) -> Option<Range<usize>> {
    let mut end = cue;
    while end > 0 && toks[end - 1].word && cues::is_skip(&text[toks[end - 1].range.clone()]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &toks[start - 1];
        if !t.word {
            break;
        }
        let w = &text[t.range.clone()];
        if cues::is_pronoun(w) {
            return (start == end).then(|| t.range.clone());
        }
        if cues::is_stop(w) || cues::is_verb(w) {
            break;
        }
        start -= 1;
    }
    pick(text, &toks[start..end])
}

/// The name in a speaker phrase: its last run of capitalised words, else the phrase itself
/// when short (nominal speakers such as "the company").
fn pick(text: &str, phrase: &[Tok]) -> Option<Range<usize>> {
    let mut best: Option<Range<usize>> = None;
    let mut run: Option<Range<usize>> = None;
    for t in phrase {
        let w = &text[t.range.clone()];
        if capitalised(w) && !(run.is_none() && cues::is_function_word(w)) {
            run = Some(run.map_or(t.range.clone(), |r| r.start..t.range.end));
        } else if let Some(r) = run.take() {
            best = Some(r);
        }
    }
    if let Some(r) = run {
        best = Some(r);
    }
    if best.is_some() {
        return best;
    }
    let words: Vec<&Tok> = phrase.iter().filter(|t| t.word).collect();
    if words.is_empty() || words.len() > 5 {
        return None;
    }
    let last = &text[words[words.len() - 1].range.clone()];
    // A phrase ending in a determiner or adjective-like word is no speaker.
    if cues::is_function_word(last) {
        return None;
    }
    Some(words[0].range.start..words[words.len() - 1].range.end)
}

/// The first name of a sentence ("President Xi expressed …"): the sentence's subject.
fn first_name(text: &str, toks: &[Tok]) -> Option<Range<usize>> {
    let mut run: Option<Range<usize>> = None;
    for t in toks {
        let w = &text[t.range.clone()];
        if t.word && capitalised(w) && !(run.is_none() && cues::is_function_word(w)) {
            let stripped = strip_possessive(w);
            let r = t.range.start..t.range.start + stripped.0.len();
            run = Some(run.map_or(r.clone(), |x| x.start..r.end));
            if stripped.1 {
                break;
            }
        } else if run.is_some() {
            break;
        }
    }
    run
}

/// Tokens after a quote up to the end of its sentence or the next quote.
fn tail_tokens(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    for t in tokens(text, range) {
        if !t.word {
            let c = &text[t.range.clone()];
            if out.is_empty() && c == "," {
                continue;
            }
            if matches!(
                c,
                "." | "!" | "?" | ";" | "“" | "\"" | "‘" | "«" | "„" | "`"
            ) {
                break;
            }
        }
        out.push(t);
    }
    out
}

/// Whether every word of a quote is capitalised: a name or title, not speech.
fn title_case(text: &str, toks: &[Tok]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.word)
        .map(|t| &text[t.range.clone()])
        .collect();
    words.len() <= 6
        && words.iter().all(|w| {
            capitalised(w) || matches!(*w, "of" | "the" | "and" | "for" | "in" | "on" | "a")
        })
}

/// The sentence around byte `at`, or its paragraph when sentences are not known.
fn sentence_at(doc: &Document<'_>, at: usize) -> Range<usize> {
    let i = doc.sentences.partition_point(|s| s.range.end <= at);
    match doc.sentences.get(i) {
        Some(s) if s.range.start <= at => s.range.clone(),
        _ => {
            let p = doc.paragraphs.partition_point(|p| p.end <= at);
            doc.paragraphs
                .get(p)
                .filter(|p| p.start <= at)
                .cloned()
                .unwrap_or(at..at)
        }
    }
}

/// A speaker's name: the phrase without leading titles and roles, possessive removed.
pub(crate) fn name_of(text: &str, range: &Range<usize>) -> String {
    let toks: Vec<Tok> = tokens(text, range.clone())
        .into_iter()
        .filter(|t| t.word)
        .collect();
    let mut from = 0;
    while from + 1 < toks.len()
        && capitalised(&text[toks[from + 1].range.clone()])
        && cues::is_title(&text[toks[from].range.clone()])
    {
        from += 1;
    }
    let words: Vec<&str> = toks[from..]
        .iter()
        .map(|t| strip_possessive(&text[t.range.clone()]).0)
        .collect();
    if words.is_empty() {
        text[range.clone()].to_string()
    } else {
        words.join(" ")
    }
}

/// Pronoun speakers ("he said") take the name of the most recent named speaker.
fn resolve_pronouns(text: &str, quotes: &mut [QuoteSpan]) {
    let mut last: Option<String> = None;
    for q in quotes.iter_mut() {
        let Some(s) = q.speaker.as_mut() else {
            continue;
        };
        let Some(r) = s.range.clone() else { continue };
        if cues::is_pronoun(&text[r]) {
            if let Some(name) = &last {
                s.name = name.clone();
            }
        } else if s.name.chars().next().is_some_and(char::is_uppercase) {
            last = Some(s.name.clone());
        }
    }
}

/// Links speakers to the entity of a mention that overlaps them, when entities are known.
fn link_entities(doc: &Document<'_>, quotes: &mut [QuoteSpan]) {
    if doc.mentions.is_empty() {
        return;
    }
    for q in quotes.iter_mut() {
        let Some(s) = q.speaker.as_mut() else {
            continue;
        };
        let Some(r) = s.range.clone() else { continue };
        let i = doc.mentions.partition_point(|m| m.range.end <= r.start);
        if let Some(m) = doc.mentions.get(i).filter(|m| m.range.start < r.end) {
            s.entity = Some(m.entity);
            if let Some(e) = doc.entities.get(m.entity) {
                s.name = e.name.clone();
            }
        }
    }
}

/// Reported speech in sentences without direct quotes: "Ushakov said both leaders …",
/// "According to the Kremlin, …", "…, according to energy analysts."
fn reported(doc: &Document<'_>, direct: &[QuoteSpan]) -> Vec<QuoteSpan> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut d = 0;
    // Headlines count too: "Apple announces …" reports speech.
    for s in doc
        .sentences
        .iter()
        .filter(|s| !doc.in_boilerplate(&s.range))
    {
        while d < direct.len() && direct[d].range.end <= s.range.start {
            d += 1;
        }
        if direct.get(d).is_some_and(|q| q.range.start < s.range.end) {
            continue;
        }
        let end = floor_char(text, s.range.end.min(s.range.start + 4 * WINDOW)).max(s.range.start);
        let toks = tokens(text, s.range.start..end);
        let content_end = toks
            .iter()
            .rposition(|t| t.word)
            .map_or(s.range.start, |i| toks[i].range.end);
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if !t.word {
                k += 1;
                continue;
            }
            if let Some(cue) = according_to(text, &toks, k) {
                if let Some(sp) = speaker_after(text, &toks, k + 2) {
                    // Content after the comma that closes the source, or before "according".
                    let comma = toks[k + 2..]
                        .iter()
                        .position(|t| &text[t.range.clone()] == ",")
                        .map(|i| k + 2 + i);
                    let range = if k == 0 {
                        comma
                            .and_then(|c| toks.get(c + 1))
                            .map(|n| n.range.start..content_end)
                    } else {
                        toks.iter()
                            .take(k)
                            .rposition(|t| t.word)
                            .map(|j| toks[0].range.start..toks[j].range.end)
                    };
                    if let Some(range) = range.filter(|r| r.start < r.end) {
                        out.push(speech(text, range, cue, sp));
                    }
                }
                k += 2;
                continue;
            }
            let w = &text[t.range.clone()];
            if cues::is_verb(w) {
                if let Some(sp) = speaker_before(text, &toks, k) {
                    let mut c = k + 1;
                    if matches!(w, "told" | "informed" | "tells" | "telling") {
                        while c < toks.len()
                            && c < k + 4
                            && toks[c].word
                            && &text[toks[c].range.clone()] != "that"
                        {
                            c += 1;
                        }
                    }
                    if toks
                        .get(c)
                        .is_some_and(|t| &text[t.range.clone()] == "that")
                    {
                        c += 1;
                    }
                    let at_end = toks[c.min(toks.len())..].iter().all(|t| !t.word);
                    let range = if at_end {
                        // "…, Ushakov said."
                        let sp_tok = toks
                            .iter()
                            .position(|t| t.range.start >= sp.start)
                            .unwrap_or(0);
                        toks[..sp_tok]
                            .iter()
                            .rposition(|t| t.word)
                            .map(|j| toks[0].range.start..toks[j].range.end)
                    } else {
                        toks.get(c).map(|n| n.range.start..content_end)
                    };
                    if let Some(range) = range.filter(|r| r.start < r.end && r.end <= text.len()) {
                        out.push(speech(text, range, t.range.clone(), sp));
                    }
                } else if k > 0 && &text[toks[k - 1].range.clone()] == "," {
                    // "…, said Kremlin aide Yuri Ushakov."
                    if let Some(sp) = speaker_after(text, &toks, k + 1) {
                        if let Some(j) = toks[..k - 1].iter().rposition(|t| t.word) {
                            out.push(speech(
                                text,
                                toks[0].range.start..toks[j].range.end,
                                t.range.clone(),
                                sp,
                            ));
                        }
                    }
                }
            }
            k += 1;
        }
    }
    out
}

fn speech(text: &str, range: Range<usize>, cue: Range<usize>, speaker: Range<usize>) -> QuoteSpan {
    QuoteSpan {
        range,
        direct: false,
        speaker: Some(SpeakerRef {
            name: name_of(text, &speaker),
            entity: None,
            range: Some(speaker),
        }),
        cue: Some(cue),
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests;
