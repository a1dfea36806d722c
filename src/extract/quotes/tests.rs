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
