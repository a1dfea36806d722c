//! The WASM boundary, tested the same way in Node (`wasm_node.rs`) and headless Chrome
//! (`wasm_browser.rs`): results reach JS as plain objects, errors as real `Error`s, and
//! the module keeps working after an error.

use corroborate::wasm::{analyze, to_markdown, version};
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn articles(json: &str) -> JsValue {
    JSON::parse(json).expect("test input is JSON")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("property")
}

fn error_message(e: JsValue) -> String {
    let error: &js_sys::Error = e.dyn_ref().expect("a real Error object");
    assert_eq!(String::from(error.name()), "CorroborateError");
    String::from(error.message())
}

#[wasm_bindgen_test]
fn analyze_returns_a_plain_object_with_utf16_spans() {
    let text = "“Curly” quotes — café 👋🏽 said. Next one here.";
    let input = Array::of1(
        &Object::from_entries(&Array::of1(&Array::of2(&"text".into(), &text.into()))).unwrap(),
    );
    let analysis = analyze(input.into(), None).expect("analysis");
    assert_eq!(get(&analysis, "version").as_string().unwrap(), version());
    let article = Array::from(&get(&analysis, "articles")).get(0);
    let sentences = Array::from(&get(&article, "sentences"));
    assert_eq!(sentences.length(), 2);
    let js_text = js_sys::JsString::from(text);
    for s in sentences.iter() {
        let start = get(&s, "start").as_f64().unwrap() as u32;
        let end = get(&s, "end").as_f64().unwrap() as u32;
        assert_eq!(
            js_text.slice(start, end),
            js_sys::JsString::from(get(&s, "text"))
        );
    }
    assert_eq!(
        get(&Array::from(&get(&article, "sentences")).get(1), "text")
            .as_string()
            .unwrap(),
        "Next one here."
    );
}

#[wasm_bindgen_test]
fn bad_input_throws_errors_with_messages_and_the_module_recovers() {
    for _ in 0..20 {
        let message = error_message(analyze(JsValue::from_str("not an array"), None).unwrap_err());
        assert!(
            message.contains("expects an array of articles"),
            "{message}"
        );
        let message = error_message(analyze(articles(r#"[{"id": "x"}]"#), None).unwrap_err());
        assert_eq!(
            message,
            "article 1 (id \"x\"): has no text; give its story as `text` (a string)"
        );
        let message = error_message(analyze(articles("[]"), None).unwrap_err());
        assert!(message.starts_with("no articles to analyse"), "{message}");
        let message = error_message(analyze(articles(r#"[{"text": 5}]"#), None).unwrap_err());
        assert!(message.starts_with("article 1:"), "{message}");
        let message = error_message(
            analyze(
                articles(r#"[{"text": "a"}]"#),
                Some(articles(r#"{"bogus": 1}"#)),
            )
            .unwrap_err(),
        );
        assert!(message.contains("bogus"), "{message}");
        let code = get(
            &analyze(articles(r#"[{"text": "a", "published": "June 20"}]"#), None).unwrap_err(),
            "code",
        );
        assert_eq!(code.as_string().unwrap(), "INVALID_DATE");
        let ok = analyze(articles(r#"[{"text": "Still works. Yes."}]"#), None)
            .expect("works after errors");
        assert_eq!(
            Array::from(&get(
                &Array::from(&get(&ok, "articles")).get(0),
                "sentences"
            ))
            .length(),
            2
        );
    }
}

#[wasm_bindgen_test]
fn markdown_report_renders_an_analysis() {
    let analysis = analyze(
        articles(r#"[{"id": "a", "text": "One. Two."}, {"id": "b", "text": "Three."}]"#),
        None,
    )
    .unwrap();
    let md = to_markdown(analysis).unwrap();
    assert!(md.starts_with("# corroborate report"), "{md}");
    assert!(md.contains("2 articles"), "{md}");
    let message = error_message(to_markdown(articles(r#"{"nope": true}"#)).unwrap_err());
    assert!(message.contains("expects the Analysis"), "{message}");
}

#[wasm_bindgen_test]
fn html_articles_report_their_text_and_spans_index_it() {
    let input = articles(
        r#"[{"id": "page", "html": "<title>Talks | Daily</title><nav><a href='/'>Home</a></nav><article><h1>Talks resume</h1><p onclick='x()'>Negotiators met in Gen&egrave;ve &#8212; on Monday.<script>alert(1)</script></p></article>"}]"#,
    );
    let analysis = analyze(input, None).expect("analysis");
    let article = Array::from(&get(&analysis, "articles")).get(0);
    let text = get(&article, "text").as_string().unwrap();
    assert_eq!(
        text,
        "Talks resume\n\nNegotiators met in Genève — on Monday."
    );
    let js_text = js_sys::JsString::from(text);
    for s in Array::from(&get(&article, "sentences")).iter() {
        let start = get(&s, "start").as_f64().unwrap() as u32;
        let end = get(&s, "end").as_f64().unwrap() as u32;
        assert_eq!(
            js_text.slice(start, end),
            js_sys::JsString::from(get(&s, "text"))
        );
    }
    let removed = Array::from(&get(&get(&article, "page"), "removed"));
    assert_eq!(
        get(&removed.get(0), "kind").as_string().unwrap(),
        "navigation"
    );
    let message = error_message(
        analyze(articles(r#"[{"text": "a", "html": "<p>b</p>"}]"#), None).unwrap_err(),
    );
    assert!(message.contains("has both `text` and `html`"), "{message}");
}
