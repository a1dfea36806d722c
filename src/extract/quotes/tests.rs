/// (quote text, direct, speaker name, cue text)
fn quotes(text: &str) -> Vec<(String, bool, Option<String>, Option<String>)> {
    crate::extract::read_text(text, |doc| {
        doc.quotes
            .iter()
            .map(|q| {
                (
                    text[q.range.clone()].to_string(),
                    q.direct,
                    q.speaker.as_ref().map(|s| s.name.clone()),
                    q.cue.as_ref().map(|c| text[c.clone()].to_string()),
                )
            })
            .collect()
    })
}

fn direct(text: &str) -> Vec<(String, Option<String>)> {
    quotes(text)
        .into_iter()
        .filter(|q| q.1)
        .map(|q| (q.0, q.2))
        .collect()
}

fn pair(q: &str, s: &str) -> (String, Option<String>) {
    (q.to_string(), Some(s.to_string()))
}

#[test]
fn speaker_after_the_quote() {
    let t = "“Both sides believe there is no military solution,” said Kremlin aide Yuri Ushakov.";
    assert_eq!(
        direct(t),
        vec![pair(
            "Both sides believe there is no military solution,",
            "Yuri Ushakov"
        )]
    );
    let t = "\"We agreed to share information on Iran,\" Ushakov stated.";
    assert_eq!(
        direct(t),
        vec![pair("We agreed to share information on Iran,", "Ushakov")]
    );
    assert_eq!(quotes(t)[0].3.as_deref(), Some("stated"));
}

#[test]
fn speaker_before_and_in_the_middle() {
    let t = "Kremlin aide Yuri Ushakov told reporters that both leaders “strongly condemn Israel’s actions.”";
    assert_eq!(
        direct(t),
        vec![pair("strongly condemn Israel’s actions.", "Yuri Ushakov")]
    );
    let t = "“A ceasefire is urgently needed,” Xi said, “and all parties must show restraint now.”";
    let d = direct(t);
    assert_eq!(d[0], pair("A ceasefire is urgently needed,", "Xi"));
    assert_eq!(d[1], pair("and all parties must show restraint now.", "Xi"));
}

#[test]
fn quote_across_paragraphs_and_carry_over() {
    let t = "“The first part of the statement goes on,\n\n“and the second part ends here,” Putin said.\n\n“A whole paragraph of quote follows here.”";
    let d = direct(t);
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d[0].0.starts_with("The first part") && d[0].0.ends_with("ends here,"));
    assert_eq!(d[0].1.as_deref(), Some("Putin"));
    assert_eq!(
        d[1],
        pair("A whole paragraph of quote follows here.", "Putin")
    );
}

#[test]
fn pronoun_takes_the_last_speaker() {
    let t = "“We are in full agreement on this,” Ushakov said. He further elaborated that the leaders “see no military solution at all.”";
    let d = direct(t);
    assert_eq!(d[1].1.as_deref(), Some("Ushakov"));
}

#[test]
fn scare_quotes_and_apostrophes_are_not_quotes() {
    let t = "Israel launched 'Operation Rising Lion', and Xi urged “major countries” to act. Israel’s leaders don't agree.";
    assert!(direct(t).is_empty(), "{:?}", direct(t));
    let t = "Israel’s ‘Operation Rising Lion’ and Iran’s retaliation";
    assert!(direct(t).is_empty());
}

#[test]
fn reported_speech() {
    let q = quotes("Ushakov said both leaders condemned the strikes.");
    assert_eq!(
        q,
        vec![(
            "both leaders condemned the strikes".into(),
            false,
            Some("Ushakov".into()),
            Some("said".into())
        )]
    );
    let q = quotes("According to the Kremlin, Putin offered to mediate.");
    assert_eq!(q[0].0, "Putin offered to mediate");
    assert_eq!(q[0].2.as_deref(), Some("Kremlin"));
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "“",
        "”",
        "\"\"\"\"",
        "‘’‘’",
        "« »",
        "„x“",
        "``",
        "``a b c d''",
        "x '' `` ''",
        "“unclosed and long quote with many words",
        "'",
        "said",
        "according to",
        "He said",
        ", said",
    ] {
        let _ = quotes(t);
    }
    let big = "“a b c d,” he said. ".repeat(20000);
    assert!(quotes(&big).len() >= 20000);
}

#[test]
fn tex_style_quote_marks() {
    let t = "``We've reduced our design effort,'' said Angers. She isn't ``sure'' of it's.";
    assert_eq!(
        direct(t),
        vec![pair("We've reduced our design effort,", "Angers")]
    );
    // An unpaired `` runs to the end of its paragraph; a lone '' closes nothing.
    let t = "``an open quote with no end here\n\nNext paragraph, it'' s fine.";
    let d = direct(t);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].0, "an open quote with no end here");
}

/// (speaker name, cue) of every quote, in text order.
fn who(text: &str) -> Vec<(Option<String>, Option<String>)> {
    quotes(text).into_iter().map(|q| (q.2, q.3)).collect()
}

fn said(name: &str, cue: &str) -> (Option<String>, Option<String>) {
    (Some(name.to_string()), Some(cue.to_string()))
}

#[test]
fn abbreviation_dots_stay_in_names() {
    let t = "Apple Inc. announced Monday it has settled the dispute.";
    assert_eq!(who(t), vec![said("Apple Inc.", "announced")]);
}

#[test]
fn apposition_between_speaker_and_cue() {
    let t = "Louis Gallois, the Airbus chief executive, said the company expects to cut jobs.";
    assert_eq!(
        who(t),
        vec![
            said("Louis Gallois", "said"),
            said("the company", "expects")
        ]
    );
    // A common-noun head: the name is the apposition.
    let t = "Irish low cost airline, Ryanair, announced today that it is buying five jets.";
    assert_eq!(who(t), vec![said("Ryanair", "announced")]);
}

#[test]
fn passive_cues_have_no_speaker() {
    assert!(who("The deal, valued at five billion, was announced on Monday.").is_empty());
    assert!(who("It was reported that the plant will close.").is_empty());
}

#[test]
fn subjectless_cues_take_the_sentence_subject() {
    let t = "The Government Accountability Office on 18 June called for a re-run of the bidding, citing major flaws in the process.";
    let gao = "Government Accountability Office";
    assert_eq!(who(t), vec![said(gao, "called"), said(gao, "citing")]);
    let t = "When the Air Force picked Northrop Grumman, Boeing protested the award, claiming the evaluation was skewed towards Northrop.";
    assert_eq!(who(t), vec![said("Boeing", "claiming")]);
    let t = "Apple releases iPhone SDK, announces upcoming update";
    assert_eq!(who(t), vec![said("Apple", "announces")]);
    let t = "“Growth is back,” Smith said, adding that sales rose by a third.";
    assert_eq!(who(t), vec![said("Smith", "said"), said("Smith", "adding")]);
}

#[test]
fn quoted_as_saying() {
    let t = "“We do not need to buy aircraft from Europe,” Detik.com quoted Djamal as saying.";
    assert_eq!(who(t), vec![said("Djamal", "quoted Djamal as saying")]);
    let t = "Reuters quoted Smith as saying the talks had failed.";
    let q = quotes(t);
    assert_eq!(q[0].0, "the talks had failed");
    assert_eq!(q[0].2.as_deref(), Some("Smith"));
}

#[test]
fn opening_participle_cites_for_the_subject() {
    let t =
        "Citing “a precautionary measure”, Airbus announced that two engines would be replaced.";
    let q = quotes(t);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        (q[0].1, q[0].2.as_deref(), q[0].3.as_deref()),
        (true, Some("Airbus"), Some("Citing"))
    );
    assert_eq!(q[1].0, "two engines would be replaced");
    assert_eq!(q[1].2.as_deref(), Some("Airbus"));
}

#[test]
fn cue_phrase_names_the_medium() {
    let t = "Chief executive Thomas Enders said in a statement that the company wants answers.";
    let q = quotes(t);
    assert_eq!(q[0].0, "the company wants answers");
    assert_eq!(q[0].3.as_deref(), Some("said in a statement"));
}

#[test]
fn letter_stating_quotes_its_writer() {
    let t = "Jobs resigned in a letter to the board of directors stating, “I would be the first to let you know.”";
    assert_eq!(
        direct(t),
        vec![pair("I would be the first to let you know.", "Jobs")]
    );
}

#[test]
fn capitalised_cue_words_inside_names_are_no_cues() {
    assert!(who("United States Air Force officials met on Monday.").is_empty());
}

#[test]
fn clauses_and_dates_are_no_speakers() {
    // A participle clause between commas is no apposition: the subject speaks.
    let t = "Apple Corps' latest suit, filed in September 2003, claims that the deal was broken.";
    assert_eq!(who(t), vec![said("Apple Corps", "claims")]);
    // "…, announced last November." is passive: no speaker after the cue.
    assert!(who("The freighter is based on the 777, announced last November.").is_empty());
}

#[test]
fn role_words_join_place_and_name() {
    let t = "Washington senator Patty Murray, who hails from the state where Boeing builds its airliners, said in a statement “We are shocked by this decision.”";
    assert_eq!(
        direct(t),
        vec![pair("We are shocked by this decision.", "Patty Murray")]
    );
}

#[test]
fn intention_before_to_is_a_cue() {
    let t = "The carrier will show the jet they intend to fly on the new route next spring.";
    assert_eq!(who(t), vec![said("they", "intend")]);
    let t = "Maria Lopez, head of the union, has decided to resign after the vote.";
    assert_eq!(who(t), vec![said("Maria Lopez", "decided")]);
    // Without "to" it is no cue; nor after a preposition's object, nor passive.
    assert!(who("The mayor unveiled the plans for a new bridge.").is_empty());
    assert!(who("A depot in East Harbor intended to store grain burned down.").is_empty());
    assert!(who("She was chosen to lead the panel.").is_empty());
}

#[test]
fn a_phrase_across_an_auxiliary_is_no_speaker() {
    let q = quotes("The city says the levy does not affect plans to widen the road.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("The city"));
}

#[test]
fn medium_opener_reports_the_main_clause() {
    let t = "In her speech, Governor Ana Ruiz praised the rescue teams for their courage.";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "praised the rescue teams for their courage");
    assert_eq!(q[0].3.as_deref(), Some("In her speech"));
    assert_eq!(q[0].2.as_deref(), Some("Ana Ruiz"));
    // A cue verb of its own reports the clause once, as before.
    let t = "In a statement, the ministry said the border would stay open.";
    assert_eq!(who(t), vec![said("the ministry", "said")]);
    // No medium, no speech.
    assert!(who("In his garden, the farmer grows three kinds of beans.").is_empty());
    let _ = quotes("In his speech,");
    let _ = quotes("In his speech, he");
}

#[test]
fn short_quote_named_by_a_speaker() {
    let t = "The launch slipped by a year because of what the engineers call “supply trouble” at the plant.";
    assert_eq!(direct(t), vec![pair("supply trouble", "the engineers")]);
    let t = "Voters rejected the tax, which its opponents described as “daylight robbery”.";
    assert_eq!(direct(t), vec![pair("daylight robbery", "its opponents")]);
    // Other short quotes stay scare quotes.
    assert!(direct("The minister urged “major countries” to act.").is_empty());
}

#[test]
fn source_nouns_before_a_participle_speak() {
    let t = "The bid collapsed after reports stating that the mayor had a stake in it.";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "the mayor had a stake in it");
    assert_eq!(
        (q[0].2.as_deref(), q[0].3.as_deref()),
        (Some("reports"), Some("stating"))
    );
    let t = "Prices rose, with local media reports saying stocks were low.";
    assert_eq!(who(t), vec![said("local media reports", "saying")]);
}

#[test]
fn by_saying_joins_the_main_verb_to_the_cue() {
    let t = "Dana Holt, the club's coach, defended the new lineup by saying, “We need fresh legs up front.”";
    let q = quotes(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Dana Holt"));
    assert_eq!(q[0].3.as_deref(), Some("defended the new lineup by saying"));
    // Without "by" the cue stays the participle.
    let t = "Dana Holt defended the new lineup, saying, “We need fresh legs up front.”";
    assert_eq!(quotes(t)[0].3.as_deref(), Some("saying"));
}

#[test]
fn negotiating_is_a_speech_act() {
    let t = "Coastal carrier Nordair has negotiated the lease of four turboprops.";
    assert_eq!(who(t), vec![said("Nordair", "negotiated")]);
    assert!(who("The lease was negotiated last year.").is_empty());
}

#[test]
fn cjk_corner_brackets_are_quote_marks() {
    // Found by tests/hostile.rs: 「…」 was not a quote, so its words were not quoted speech.
    let t = "「A ceasefire is urgently needed」, Xi Jinping said on Thursday. 「He said 『no』 twice」, Peskov said.";
    assert_eq!(
        direct(t),
        vec![
            pair("A ceasefire is urgently needed", "Xi Jinping"),
            pair("He said 『no』 twice", "Peskov")
        ]
    );
}
