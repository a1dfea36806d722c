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
use super::entities::lexicon;
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
        // Names in quote marks: 'Operation Rising Lion'.
        if title_case(text, &content) {
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
        // Scare quotes (“major countries”) are speech only as what someone calls a thing
        // ("what critics call “a cover-up”").
        let named = if n_words < 3 {
            let Some(f) = naming(text, &prefix) else {
                continue;
            };
            Some(f)
        } else {
            None
        };

        // The sentence up to the quote, where its subject is looked for.
        let sentence_head = ceil_char(
            text,
            sentence.start.max(q.outer.start.saturating_sub(WINDOW)),
        )..q.outer.start.max(sentence.start);
        let ends_sentence = text[inner.clone()].ends_with(['.', '!', '?']);
        let found = named
            .or_else(|| after(text, &tail, &prefix, ends_sentence))
            .or_else(|| before(text, &prefix, &tail))
            .or_else(|| {
                // A cue without a subject ("…, stressing that"): the sentence's speaker.
                let cue = last_cue(text, &prefix)?;
                let before_quote = tokens(text, sentence_head.clone());
                same_sentence
                    .and_then(|_| out.last().and_then(|l| l.speaker.as_ref()?.range.clone()))
                    .or_else(|| subject(text, &before_quote))
                    .or_else(|| first_name(text, &before_quote))
                    .map(|speaker| Found {
                        cue: Some(cue),
                        speaker,
                    })
            })
            .map(
                |f| match opening_participle(text, &prefix, sentence.start) {
                    // "Citing “a precautionary measure”, Airbus announced …"
                    Some(cue) => Found {
                        cue: Some(cue),
                        ..f
                    },
                    None => f,
                },
            )
            .map(|f| {
                // "Jobs resigned in a letter to the board stating, “…”": a participle after
                // a bare common noun quotes the sentence's subject.
                let subject = || subject(text, &tokens(text, sentence_head.clone()));
                match participle_after_noun(text, &f).then(subject).flatten() {
                    Some(speaker) => Found { speaker, ..f },
                    None => f,
                }
            })
            .map(|f| Found {
                cue: by_manner(text, &prefix, &f).or(f.cue),
                ..f
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
    if let Some(f) = quoted_as(text, tail, k) {
        return Some(f);
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

/// "what the makers call “political interference”": the words are the speaker's name
/// for something, so even a short quote is theirs.
fn naming(text: &str, prefix: &[Tok]) -> Option<Found> {
    let mut k = prefix.len().checked_sub(1)?;
    if &text[prefix[k].range.clone()] == "as" {
        k = k.checked_sub(1)?;
    }
    let w = &text[prefix[k].range.clone()];
    if !cues::is_naming(w) {
        return None;
    }
    let speaker = speaker_before(text, prefix, k)?;
    let what = prefix.iter().rev().find(|t| t.range.end <= speaker.start)?;
    matches!(&text[what.range.clone()], "what" | "which").then(|| Found {
        cue: Some(prefix[k].range.clone()),
        speaker,
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
        if !(cues::is_verb(w) || (k == 0 && cues::is_opening_verb(w))) {
            continue;
        }
        if let Some(f) = quoted_as(text, prefix, k) {
            return Some(f);
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
            cue: Some(cue_phrase(text, prefix, k)),
            speaker: s,
        });
    }
    None
}

/// "O'Leary justified his choice by saying, “…”": the speech act is the main verb, so
/// the cue runs from it to the participle.
fn by_manner(text: &str, prefix: &[Tok], f: &Found) -> Option<Range<usize>> {
    let cue = f.cue.as_ref()?;
    let j = prefix.iter().position(|t| t.range.start == cue.start)?;
    let by = j
        .checked_sub(1)
        .filter(|&b| &text[prefix[b].range.clone()] == "by")?;
    if !text[cue.clone()].ends_with("ing") {
        return None;
    }
    // The verb opens what follows the speaker and any apposition after it.
    let comma = prefix[..by]
        .iter()
        .rposition(|t| &text[t.range.clone()] == ",")
        .map_or(0, |c| c + 1);
    let verb = (comma..by).find(|&i| {
        let w = &text[prefix[i].range.clone()];
        prefix[i].range.start >= f.speaker.end && !cues::is_skip(w)
    })?;
    let w = &text[prefix[verb].range.clone()];
    let finite = !capitalised(w) && (w.ends_with("ed") || w.ends_with('s'));
    (prefix[verb].word && finite && by - verb <= 8).then(|| prefix[verb].range.start..cue.end)
}

/// Whether `f` is a participle cue ("stating") whose speaker is a bare common noun
/// ("directors"), neither a name, a pronoun nor a determined nominal ("the company").
fn participle_after_noun(text: &str, f: &Found) -> bool {
    let Some(cue) = &f.cue else { return false };
    let first = tokens(text, f.speaker.clone()).into_iter().next();
    let Some(w) = first.map(|t| &text[t.range]) else {
        return false;
    };
    text[cue.clone()].ends_with("ing")
        && !capitalised(w)
        && !cues::is_pronoun(w)
        && !cues::is_determiner(w)
}

/// The last cue verb among `toks`.
fn last_cue(text: &str, toks: &[Tok]) -> Option<Range<usize>> {
    toks.iter()
        .rev()
        .find(|t| t.word && cues::is_verb(&text[t.range.clone()]))
        .map(|t| t.range.clone())
}

/// A participle cue that is all that stands between the sentence start and a quote
/// ("Citing “…”"): the quote's cue, its speaker the main clause's subject.
fn opening_participle(text: &str, prefix: &[Tok], sentence_start: usize) -> Option<Range<usize>> {
    let [t] = prefix else { return None };
    let w = &text[t.range.clone()];
    (t.range.start == sentence_start && cues::is_opening_verb(w) && w.ends_with("ing"))
        .then(|| t.range.clone())
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
    let end = skip_back(text, toks, cue);
    if passive(text, toks, end, cue) {
        return None;
    }
    if end > 0 && &text[toks[end - 1].range.clone()] == "," {
        let w = toks.get(cue).map_or("", |t| &text[t.range.clone()]);
        return if w.ends_with("ing") {
            None
        } else {
            apposition(text, toks, end - 1)
        };
    }
    phrase_before(text, toks, end)
}

/// Where the speaker phrase of the cue at `cue` ends: before the adverbs and auxiliaries
/// in between ("Airbus has also announced").
fn skip_back(text: &str, toks: &[Tok], cue: usize) -> usize {
    let skip = |mut end: usize| {
        while end > 0 && toks[end - 1].word && cues::is_skip(&text[toks[end - 1].range.clone()]) {
            end -= 1;
        }
        end
    };
    let end = skip(cue.min(toks.len()));
    // A date in between ("The GAO on June 18 called for …") is passed over too.
    let mut j = end;
    while j > 0 && toks[j - 1].word && is_date_word(&text[toks[j - 1].range.clone()]) {
        j -= 1;
    }
    let on = j.checked_sub(1).map(|i| &toks[i]).filter(|t| t.word);
    match on.map(|t| &text[t.range.clone()]) {
        Some("on" | "in" | "last" | "this") if j < end => skip(j - 1),
        _ => end,
    }
}

/// A word of a date: a number, month or weekday.
fn is_date_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.starts_with(|c: char| c.is_ascii_digit())
        || crate::extract::times::lexicon::month(&lower).is_some()
        || lower.ends_with("day") && cues::is_function_word(w)
}

/// A passive cue ("it was announced", "is expected"): its subject is no speaker.
fn passive(text: &str, toks: &[Tok], from: usize, cue: usize) -> bool {
    let Some(c) = toks.get(cue) else { return false };
    let w = &text[c.range.clone()];
    let participle =
        w.ends_with("ed") || matches!(w, "said" | "told" | "thought" | "felt" | "chosen");
    participle
        && toks[from..cue].iter().any(|t| {
            matches!(
                &text[t.range.clone()],
                "was" | "were" | "is" | "are" | "been" | "being" | "be"
            )
        })
}

/// The speaker of a cue after an apposition closed by the comma at `comma`: "Louis
/// Gallois, the Airbus chief executive, said", "Irish airline, Ryanair, announced". The
/// head is the whole clause before the first comma; the name is taken from it unless it
/// ends in a common noun ("The vice president of the company, Mark Chandler, explained").
fn apposition(text: &str, toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let open = (comma.saturating_sub(12)..comma)
        .rev()
        .find(|&j| !toks[j].word)
        .filter(|&j| &text[toks[j].range.clone()] == ",")?;
    let inner = &toks[open + 1..comma];
    let first = &text[inner.first()?.range.clone()];
    // "The suit, filed in September, claims": a participle clause, no apposition.
    let clause = !capitalised(first) && (first.ends_with("ed") || first.ends_with("ing"));
    if clause || inner.iter().any(|t| cues::is_verb(&text[t.range.clone()])) {
        return None;
    }
    let head_start = match (open.saturating_sub(12)..open)
        .rev()
        .find(|&j| !toks[j].word)
    {
        Some(j) => j + 1,
        None if open <= 12 => 0,
        None => return None,
    };
    let head = &toks[head_start..open];
    let lead = &text[head.first()?.range.clone()];
    // The head opens its clause, not with a conjunction ("When the Air Force …, Boeing …").
    if cues::is_function_word(lead) && !cues::is_determiner(lead)
        || head.iter().any(|t| cues::is_verb(&text[t.range.clone()]))
    {
        return None;
    }
    let last = &text[head[head.len() - 1].range.clone()];
    if !capitalised(last) && capitalised(first) {
        if let Some(r) = pick(text, inner) {
            return Some(r);
        }
    }
    pick(text, &head[phrase_start(text, head, head.len())..])
}

/// Where the speaker phrase ending at `end` starts: back over words that are no stop
/// word, cue or pronoun, at most eight.
fn phrase_start(text: &str, toks: &[Tok], end: usize) -> usize {
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &toks[start - 1];
        let w = &text[t.range.clone()];
        if !t.word || cues::is_pronoun(w) || cues::is_stop(w) || cues::is_verb(w) {
            break;
        }
        start -= 1;
    }
    start
}

/// The speaker phrase ending at `end`: a pronoun, a name or a short nominal.
fn phrase_before(text: &str, toks: &[Tok], end: usize) -> Option<Range<usize>> {
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
    // Nor one with an auxiliary inside, which crosses a verb ("the deal does not affect").
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "does", "do", "did",
        "not", "been", "being",
    ];
    let aux = |t: &&Tok| AUX.contains(&&text[t.range.clone()]);
    if words.iter().any(aux) {
        return None;
    }
    Some(words[0].range.start..words[words.len() - 1].range.end)
}

/// The first name of a sentence ("President Xi expressed …"): the sentence's subject.
fn first_name(text: &str, toks: &[Tok]) -> Option<Range<usize>> {
    let mut run: Option<Range<usize>> = None;
    let mut bridged = false;
    for (i, t) in toks.iter().enumerate() {
        let w = &text[t.range.clone()];
        if t.word && capitalised(w) && !(run.is_none() && cues::is_function_word(w)) {
            let stripped = strip_possessive(w);
            let r = t.range.start..t.range.start + stripped.0.len();
            run = Some(run.map_or(r.clone(), |x| x.start..r.end));
            if stripped.1 {
                break;
            }
        } else if run.is_some() {
            // "Washington senator Patty Murray": a role word between a place or company
            // and the name belongs to the speaker; the name is the run after it.
            let role = t.word && lexicon::is_role_word(w);
            let next = toks.get(i + 1).map(|n| &text[n.range.clone()]);
            if role && next.is_some_and(capitalised) && !bridged {
                bridged = true;
                run = None;
                continue;
            }
            break;
        }
    }
    run
}

/// The subject of a sentence, for a cue without a speaker of its own ("Boeing protested,
/// claiming …", "He fought cancer, later revealing …"): a pronoun opening the main clause,
/// else its first name. A clause opening with a preposition or conjunction ("In his
/// speech, the Prime Minister …", "Citing …, Airbus said") is passed over to its comma.
fn subject(text: &str, toks: &[Tok]) -> Option<Range<usize>> {
    let first = toks.iter().position(|t| t.word)?;
    let w = &text[toks[first].range.clone()];
    let opener = (cues::is_function_word(w) && !matches!(w, "The" | "A" | "An"))
        || (cues::is_opening_verb(w) && w.ends_with("ing"));
    let from = if opener {
        toks.iter().position(|t| &text[t.range.clone()] == ",")? + 1
    } else {
        first
    };
    let main = &toks[from.min(toks.len())..];
    let lead = main.iter().find(|t| t.word)?;
    if cues::is_pronoun(&text[lead.range.clone()]) {
        return Some(lead.range.clone());
    }
    // The name must open the clause, within its first four words.
    let mut words = 0;
    let near = main
        .iter()
        .position(|t| {
            words += usize::from(t.word);
            words > 4
        })
        .unwrap_or(main.len());
    first_name(text, &main[..near])
}

/// The plural source noun a participle cue follows ("reports stating", "media reports
/// saying"): the documents themselves are the source.
fn source_noun(text: &str, toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let noun = toks.get(k.checked_sub(1)?).filter(|t| t.word)?;
    let w = &text[toks.get(k)?.range.clone()];
    if !(w.ends_with("ing") && cues::is_verb(w)) || !cues::is_source_noun(&text[noun.range.clone()])
    {
        return None;
    }
    let start = phrase_start(text, toks, k - 1).max(k.saturating_sub(4));
    Some(toks[start].range.start..noun.range.end)
}

/// Whether the cue at `k` has no subject of its own: it opens the sentence or follows a
/// comma, "and", "by" or "but" ("…, citing", "and cited", "by saying").
fn subjectless(text: &str, toks: &[Tok], k: usize) -> bool {
    let end = skip_back(text, toks, k);
    end == 0
        || matches!(
            &text[toks[end - 1].range.clone()],
            "," | "and" | "by" | "but"
        )
}

/// "quoted Djamal as saying": the speaker between, and the cue from "quoted" to the verb.
fn quoted_as(text: &str, toks: &[Tok], k: usize) -> Option<Found> {
    let w = &text[toks.get(k)?.range.clone()];
    if !matches!(w, "quoted" | "quoting" | "quotes" | "quote") {
        return None;
    }
    let as_at = (k + 1..toks.len().min(k + 8)).find(|&j| &text[toks[j].range.clone()] == "as")?;
    let verb = toks.get(as_at + 1).filter(|t| t.word)?;
    let speaker = speaker_after(text, &toks[..as_at], k + 1)?;
    Some(Found {
        cue: Some(toks[k].range.start..verb.range.end),
        speaker,
    })
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
        let end = floor_char(text, s.range.end.min(s.range.start + 4 * WINDOW)).max(s.range.start);
        let quoted: Vec<&QuoteSpan> = direct[d..]
            .iter()
            .take_while(|q| q.range.start < end)
            .collect();
        let toks = tokens(text, s.range.start..end);
        Sentence {
            text,
            toks: &toks,
            quoted: &quoted,
        }
        .speech(&mut out);
    }
    out
}

/// One sentence searched for reported speech, with the direct quotes inside it: their
/// words and cues are theirs, the cues around them may report more ("Citing “…”, Airbus
/// announced that …").
struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Tok],
    quoted: &'a [&'a QuoteSpan],
}

impl Sentence<'_> {
    /// Whether the token at `k` belongs to a direct quote: inside it or its cue.
    fn taken(&self, k: usize) -> bool {
        let r = &self.toks[k].range;
        self.quoted.iter().any(|q| {
            (q.range.start <= r.start && r.start < q.range.end)
                || q.cue
                    .as_ref()
                    .is_some_and(|c| c.start < r.end && r.start < c.end)
        })
    }

    fn speech(&self, out: &mut Vec<QuoteSpan>) {
        let (text, toks) = (self.text, self.toks);
        let start = toks.first().map_or(0, |t| t.range.start);
        let content_end = toks
            .iter()
            .rposition(|t| t.word)
            .map_or(start, |i| toks[i].range.end);
        if let Some(q) = self.medium_opener(content_end) {
            out.push(q);
        }
        let mut k = 0;
        while k < toks.len() {
            let t = &toks[k];
            if !t.word || self.taken(k) {
                k += 1;
                continue;
            }
            if let Some(cue) = according_to(text, toks, k) {
                if let Some(sp) = speaker_after(text, toks, k + 2) {
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
                            .map(|j| start..toks[j].range.end)
                    };
                    if let Some(range) = range.filter(|r| r.start < r.end) {
                        out.push(speech(text, range, cue, sp));
                    }
                }
                k += 2;
                continue;
            }
            if let Some(f) = quoted_as(text, toks, k) {
                // "Reuters quoted Smith as saying the talks failed."
                let cue = f.cue.unwrap_or(t.range.clone());
                let after_cue = toks.iter().find(|t| t.range.start >= cue.end);
                if let Some(n) = after_cue.filter(|n| n.range.start < content_end) {
                    out.push(speech(text, n.range.start..content_end, cue, f.speaker));
                }
                k += 1;
                continue;
            }
            if cue_at(text, toks, k) {
                if let Some(q) = self.verb(k, content_end) {
                    out.push(q);
                }
            }
            k += 1;
        }
    }

    /// "In his speech, the Prime Minister applauded …": the opener names the medium, so
    /// the main clause is what the subject said, even when its verb is no cue of its own.
    fn medium_opener(&self, content_end: usize) -> Option<QuoteSpan> {
        let (text, toks) = (self.text, self.toks);
        let word = |i: usize| toks.get(i).map_or("", |t| &text[t.range.clone()]);
        if word(0) != "In" || !matches!(word(1), "his" | "her" | "their" | "its" | "a" | "an") {
            return None;
        }
        // "In a televised speech,": the medium within three words, then the comma.
        let m = (2..5).find(|&i| cues::is_medium(word(i)))?;
        if word(m + 1) != "," || self.taken(m) {
            return None;
        }
        let sp = subject(text, toks)?;
        let mut v = toks.iter().position(|t| t.range.start >= sp.end)?;
        while toks.get(v).is_some_and(|t| t.word) && cues::is_skip(word(v)) {
            v += 1;
        }
        let (t, verb) = (toks.get(v)?, word(v));
        // A cue of its own ("In a statement, Airbus said …") reports the clause itself.
        if !t.word || capitalised(verb) || cues::is_stop(verb) || cue_at(text, toks, v) {
            return None;
        }
        let range = t.range.start..content_end;
        Some(speech(
            text,
            range,
            toks[0].range.start..toks[m].range.end,
            sp,
        ))
    }

    /// Reported speech around the cue verb at `k`.
    fn verb(&self, k: usize, content_end: usize) -> Option<QuoteSpan> {
        let (text, toks) = (self.text, self.toks);
        let t = &toks[k];
        let w = &text[t.range.clone()];
        let start = toks.first().map_or(0, |t| t.range.start);
        // "a data center in North Carolina intended to …": a participle after a
        // preposition's object, no subject.
        let object = |sp: &Range<usize>| {
            cues::is_intent(w)
                && toks
                    .iter()
                    .rev()
                    .find(|t| t.range.end <= sp.start)
                    .is_some_and(|p| is_preposition(&text[p.range.clone()]))
        };
        if let Some(sp) = speaker_before(text, toks, k).filter(|sp| !object(sp)) {
            let cue = cue_phrase(text, toks, k);
            let mut c = k + toks[k..]
                .iter()
                .take_while(|t| t.range.start < cue.end)
                .count();
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
                    .map(|j| start..toks[j].range.end)
            } else {
                toks.get(c).map(|n| n.range.start..content_end)
            };
            let range = range.filter(|r| r.start < r.end && r.end <= text.len())?;
            return Some(speech(text, range, cue, sp));
        }
        if let Some(sp) = postposed(text, toks, k) {
            // "…, said Kremlin aide Yuri Ushakov."
            let j = toks[..k - 1].iter().rposition(|t| t.word)?;
            return Some(speech(text, start..toks[j].range.end, t.range.clone(), sp));
        }
        if let Some(sp) = source_noun(text, toks, k) {
            // "reports stating that the deal had favored Boeing"
            let that = toks
                .get(k + 1)
                .is_some_and(|n| &text[n.range.clone()] == "that");
            let from = toks.get(k + 1 + usize::from(that))?.range.start;
            let range = (from < content_end).then_some(from..content_end)?;
            return Some(speech(text, range, t.range.clone(), sp));
        }
        if !subjectless(text, toks, k) {
            return None;
        }
        // "…, citing major flaws", "and cited its success": the sentence's subject, or
        // the speaker of a direct quote before ("“…,” he said, adding that …").
        let content = toks.get(k + 1).map(|n| n.range.start..content_end);
        let earlier = self
            .quoted
            .iter()
            .rev()
            .find(|q| q.range.start < t.range.start);
        let sp = match earlier {
            Some(q) => q.speaker.as_ref()?.range.clone()?,
            None => subject(text, toks)?,
        };
        Some(speech(
            text,
            content.filter(|r| r.start < r.end)?,
            t.range.clone(),
            sp,
        ))
    }
}

/// The cue phrase of the verb at `k`: with the medium it names ("said in a statement",
/// "announced in an internal memo").
fn cue_phrase(text: &str, toks: &[Tok], k: usize) -> Range<usize> {
    let cue = toks[k].range.clone();
    let in_a = toks
        .get(k + 1)
        .is_some_and(|t| &text[t.range.clone()] == "in")
        && toks.get(k + 2).is_some_and(|t| {
            matches!(
                &text[t.range.clone()],
                "a" | "an" | "his" | "her" | "its" | "their"
            )
        });
    if !in_a {
        return cue;
    }
    let medium = toks[(k + 3).min(toks.len())..]
        .iter()
        .take(3)
        .take_while(|t| t.word)
        .find(|t| cues::is_medium(&text[t.range.clone()]));
    medium.map_or(cue.clone(), |m| cue.start..m.range.end)
}

fn is_preposition(w: &str) -> bool {
    [
        "in", "of", "at", "from", "for", "with", "by", "on", "to", "into", "near", "under", "over",
    ]
    .contains(&w)
}

/// Whether the word at `k` cues speech: a cue verb, "call(ed) for", or an intention
/// before "to".
fn cue_at(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = &text[toks[k].range.clone()];
    let next_is = |x: &str| toks.get(k + 1).is_some_and(|n| &text[n.range.clone()] == x);
    // "reports saying …": a noun before a participle cue.
    if source_noun(text, toks, k + 1).is_some() {
        return false;
    }
    cues::is_verb(w)
        || (k == 0 && cues::is_opening_verb(w))
        || (cues::is_intent(w) && next_is("to"))
        || (matches!(w, "call" | "calls" | "called" | "calling") && next_is("for"))
}

/// The speaker after a cue that follows a comma ("…, said Kremlin aide Yuri Ushakov."):
/// a name, pronoun or determined nominal ("the company") that ends the clause.
fn postposed(text: &str, toks: &[Tok], k: usize) -> Option<Range<usize>> {
    if k == 0 || &text[toks[k - 1].range.clone()] != "," {
        return None;
    }
    // The clause after the cue is the speaker alone: short, with no verb of its own.
    let clause: Vec<&Tok> = toks[k + 1..].iter().take_while(|t| t.word).collect();
    let verb_or_date = |t: &&Tok| {
        let w = &text[t.range.clone()];
        cues::is_skip(w) || is_date_word(w) || w == "last"
    };
    if clause.len() > 8 || clause.iter().any(verb_or_date) {
        return None;
    }
    let sp = speaker_after(text, toks, k + 1)?;
    let next = toks.iter().find(|t| t.range.start >= sp.end);
    if next.is_some_and(|t| t.word) {
        return None;
    }
    let first = tokens(text, sp.clone()).into_iter().next()?;
    let w = &text[first.range];
    (capitalised(w) || cues::is_pronoun(w) || cues::is_determiner(w)).then_some(sp)
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
