//! The WebAssembly bindings: a thin shell over the core, as in `ywasm`.
//!
//! Every export returns [`JsResult`]; core errors become real JS `Error`s whose `message`
//! says what to fix and whose `code` names the case (`"TOO_MANY_ARTICLES"`, …).

use wasm_bindgen::prelude::*;

use crate::{AnalyzeOptions, ArticleInput, Error};

type JsResult<T> = Result<T, JsValue>;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../types/corroborate.d.ts");

// Declared by hand because wasm-bindgen cannot mark a typed parameter optional.
#[wasm_bindgen(typescript_custom_section)]
const ANALYZE: &str = r#"
/**
 * Analyses news articles about one event: per-article layers (sentences, entities, times,
 * quotes, …) and the comparison across articles. Give each article's story as `text`, or its
 * web page as `html` (its story is extracted; the article then reports that `text`).
 * Spans are UTF-16 offsets into each article's `text`.
 * @throws {Error} a `CorroborateError` with a `code` and a message saying what to fix.
 */
export function analyze(articles: ArticleInput[], options?: AnalyzeOptions): Analysis;
"#;

fn js_error(message: &str, code: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("CorroborateError");
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        js_error(&e.to_string(), e.code())
    }
}

fn invalid(message: String) -> JsValue {
    Error::InvalidInput(message).into()
}

/// Reads `articles` (an array of `{ id?, text | html, url?, outlet?, published? }`).
fn read_articles(articles: &JsValue) -> JsResult<Vec<ArticleInput>> {
    if !js_sys::Array::is_array(articles) {
        let got = articles.js_typeof().as_string().unwrap_or_default();
        let got = if articles.is_null() {
            "null".to_string()
        } else {
            got
        };
        return Err(invalid(format!(
            "analyze() expects an array of articles like [{{ text: \"…\" }}], got {got}"
        )));
    }
    let array = js_sys::Array::from(articles);
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        if !item.is_object() {
            let got = if item.is_null() {
                "null".to_string()
            } else {
                item.js_typeof().as_string().unwrap_or_default()
            };
            return Err(invalid(format!(
                "article {} is {got}, not an object like {{ text: \"…\" }}",
                i + 1
            )));
        }
        let article: ArticleInput = serde_wasm_bindgen::from_value(item)
            .map_err(|e| invalid(format!("article {}: {e}", i + 1)))?;
        out.push(article);
    }
    Ok(out)
}

/// Reads `options` through JSON, so unknown (misspelt) options are refused, not ignored.
fn read_options(options: Option<JsValue>) -> JsResult<AnalyzeOptions> {
    let Some(options) = options.filter(|o| !o.is_undefined() && !o.is_null()) else {
        return Ok(AnalyzeOptions::default());
    };
    if !options.is_object() || js_sys::Array::is_array(&options) {
        return Err(invalid("options must be an object like {}".into()));
    }
    let json = js_sys::JSON::stringify(&options)
        .map_err(|_| invalid("options must be plain data".into()))?;
    serde_json::from_str(&String::from(json)).map_err(|e| {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        invalid(format!("options: {message}"))
    })
}

/// Analyses news articles about one event. Throws an `Error` (with a `code`) on bad input.
#[wasm_bindgen(skip_typescript)]
pub fn analyze(articles: JsValue, options: Option<JsValue>) -> JsResult<JsValue> {
    let articles = read_articles(&articles)?;
    let options = read_options(options)?;
    let json = crate::analyze_json(articles, &options)?;
    js_sys::JSON::parse(&json)
        .map_err(|_| invalid("could not hand the analysis to JavaScript".into()))
}

/// The Markdown report of an `Analysis` (what `corroborate analyze --format md` prints).
#[wasm_bindgen(js_name = toMarkdown)]
pub fn to_markdown(
    #[wasm_bindgen(unchecked_param_type = "Analysis")] analysis: JsValue,
) -> JsResult<String> {
    let json = js_sys::JSON::stringify(&analysis)
        .map_err(|_| invalid("toMarkdown() expects the Analysis that analyze() returned".into()))?;
    let report: crate::output::markdown::Report = serde_json::from_str(&String::from(json))
        .map_err(|e| {
            invalid(format!(
                "toMarkdown() expects the Analysis that analyze() returned: {e}"
            ))
        })?;
    Ok(crate::output::markdown::render_report(&report))
}

/// The corroborate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
