//! WASM boundary tests in Node: `wasm-pack test --node -- --test wasm_node`.
#![cfg(target_arch = "wasm32")]

#[path = "common/wasm_cases.rs"]
mod wasm_cases;

/// An error in one call leaves the module usable for the next (issue 7): bad and good input
/// alternate many times, errors of every kind (the JS shell's and the core's, a 5 MB text
/// refused after crossing into WASM memory), and the good result stays the same.
mod after_errors {
    use corroborate::wasm::analyze;
    use js_sys::{Reflect, JSON};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn parse(json: &str) -> JsValue {
        JSON::parse(json).expect("test input is JSON")
    }

    fn stringify(v: &JsValue) -> String {
        String::from(JSON::stringify(v).expect("JSON"))
    }

    #[wasm_bindgen_test]
    fn bad_and_good_input_alternate_many_times() {
        let good = parse(
            r#"[{"id": "a", "text": "Putin and Xi spoke on Thursday. “A ceasefire is needed,” Xi said."},
                {"id": "b", "text": "Xi Jinping and Vladimir Putin held a phone call on Thursday. They condemned the strikes."}]"#,
        );
        let first = stringify(&analyze(good.clone(), None).expect("good input"));
        let big = format!(r#"[{{"text": "{}"}}]"#, "a".repeat(5_000_001));
        let bad: Vec<(JsValue, Option<JsValue>, &str)> = vec![
            (JsValue::from_f64(1.0), None, "INVALID_INPUT"),
            (JsValue::NULL, None, "INVALID_INPUT"),
            (parse("[]"), None, "NO_ARTICLES"),
            (parse(r#"[{"text": "  "}]"#), None, "MISSING_TEXT"),
            (parse(r#"[{"text": ["x"]}]"#), None, "INVALID_INPUT"),
            (
                parse(r#"[{"text": "x", "published": "2025-13-01"}]"#),
                None,
                "INVALID_DATE",
            ),
            (
                parse(r#"[{"text": "x", "id": "d"}, {"text": "y", "id": "d"}]"#),
                None,
                "DUPLICATE_ID",
            ),
            (
                parse(r#"[{"text": "x"}]"#),
                Some(parse(r#"{"nope": 1}"#)),
                "INVALID_INPUT",
            ),
            (parse(&big), None, "ARTICLE_TOO_LARGE"),
        ];
        for round in 0..30 {
            for (articles, options, code) in &bad {
                let e = analyze(articles.clone(), options.clone()).expect_err("bad input");
                let error: &js_sys::Error = e.dyn_ref().expect("a real Error object");
                assert!(!String::from(error.message()).is_empty());
                let got = Reflect::get(&e, &"code".into())
                    .unwrap()
                    .as_string()
                    .unwrap();
                assert_eq!(
                    &got,
                    code,
                    "round {round}: {}",
                    String::from(error.message())
                );
            }
            let again = stringify(&analyze(good.clone(), None).expect("good input after errors"));
            assert_eq!(again, first, "round {round}: the same result after errors");
        }
    }
}
