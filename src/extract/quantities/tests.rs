use crate::output::Bound;

fn quantities(text: &str) -> Vec<(String, f64, Option<String>, Option<Bound>, Option<f64>)> {
    crate::extract::read_text(text, |doc| {
        doc.quantities
            .iter()
            .map(|q| {
                (
                    text[q.range.clone()].to_string(),
                    q.value,
                    q.unit.clone(),
                    q.bound,
                    q.max,
                )
            })
            .collect()
    })
}

fn find(text: &str, value: f64) -> (Option<String>, Option<Bound>, Option<f64>) {
    let qs = quantities(text);
    let q = qs
        .iter()
        .find(|q| q.1 == value)
        .unwrap_or_else(|| panic!("{value} not in {qs:?}"));
    (q.2.clone(), q.3, q.4)
}

#[test]
fn elliptical_unit_carries_over() {
    let t =
        "The toll rose, with at least 639 people killed in Iran and 24 in Israel, officials said.";
    assert_eq!(
        find(t, 639.0),
        (Some("people".into()), Some(Bound::AtLeast), None)
    );
    assert_eq!(find(t, 24.0), (Some("people".into()), None, None));
    let qs = quantities(t);
    assert_eq!(qs.len(), 2);
}

#[test]
fn percent_money_and_words() {
    assert_eq!(
        find("China buys up to 90% of Iran’s crude oil.", 90.0),
        (Some("percent".into()), Some(Bound::AtMost), None)
    );
    assert_eq!(
        find("The deal is worth $5 million in total.", 5e6)
            .0
            .as_deref(),
        Some("USD")
    );
    assert_eq!(
        find("A contract worth €2.3bn was signed.", 2.3e9)
            .0
            .as_deref(),
        Some("EUR")
    );
    assert_eq!(
        find("Some four million people fled.", 4e6),
        (Some("people".into()), Some(Bound::About), None)
    );
    assert_eq!(
        find("They waited twenty minutes.", 20.0).0.as_deref(),
        Some("minute")
    );
    assert_eq!(
        find("Unemployment rose 5 per cent last year.", 5.0)
            .0
            .as_deref(),
        Some("percent")
    );
}

#[test]
fn durations_ordinals_ranges_bounds() {
    assert_eq!(
        find("They held an hour-long phone call.", 1.0).0.as_deref(),
        Some("hour")
    );
    assert_eq!(
        find("Strikes continued for a seventh day.", 7.0)
            .0
            .as_deref(),
        Some("day")
    );
    assert_eq!(
        find("Between 200 and 300 soldiers were deployed.", 200.0),
        (Some("people".into()), None, Some(300.0))
    );
    assert_eq!(
        find("Over 200 Russian personnel work there.", 200.0),
        (Some("people".into()), Some(Bound::MoreThan), None)
    );
}

#[test]
fn dates_times_and_years_are_not_quantities() {
    assert!(quantities(
        "On June 19, 2025, at 10:30 the talks began, as in the 1990s. Talks end 2 July."
    )
    .is_empty());
    assert!(quantities("In 2025 the plan was signed.").is_empty());
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "1",
        "$",
        "%",
        "between 5 and",
        "at least",
        "1,2,3,,",
        "€€€9bn",
        "—‘’“”",
        "first",
        "twenty-",
    ] {
        let _ = quantities(t);
    }
}
