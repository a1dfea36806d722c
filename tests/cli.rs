//! The native CLI: same JSON as the library, a Markdown report, one-line errors with exit code 2.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

fn sample(name: &str) -> String {
    format!("{}/www/samples/{name}.txt", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn analyze_prints_the_library_json() {
    let out = cli()
        .args([
            "analyze",
            &sample("002_74eeb17b8ca5ca41"),
            &sample("004_99de923a0fd0c2bc"),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = std::fs::read_to_string(sample("002_74eeb17b8ca5ca41")).unwrap();
    let lib = corroborate::analyze(
        vec![corroborate::ArticleInput::text(text).with_id("002_74eeb17b8ca5ca41")],
        &Default::default(),
    )
    .unwrap();
    assert_eq!(
        json["articles"][0],
        serde_json::to_value(&lib.articles[0]).unwrap()
    );
    assert_eq!(json["articles"][1]["id"], "004_99de923a0fd0c2bc");
    assert_eq!(
        json["articles"][1]["sentences"].as_array().unwrap().len(),
        14
    );
}

#[test]
fn markdown_report() {
    let out = cli()
        .args(["analyze", "--format", "md", &sample("004_99de923a0fd0c2bc")])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# corroborate report"), "{md}");
    assert!(md.contains("14 sentences"), "{md}");
}

#[test]
fn unreadable_and_non_utf8_files_fail_with_one_line_and_exit_2() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("latin1.txt");
    std::fs::write(&bin, b"caf\xe9 au lait\x00\xff").unwrap();
    let out = cli()
        .args(["analyze", bin.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("latin1.txt: not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );

    let out = cli()
        .args(["analyze", dir.join("missing.txt").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.txt: cannot read the file"));

    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let out = cli()
        .args(["analyze", empty.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no text"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn help_explains_the_options() {
    let out = cli().args(["analyze", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in ["--format", "json", "md", "FILE"] {
        assert!(help.contains(needle), "{help}");
    }
}

#[test]
fn html_files_are_read_as_pages_in_their_declared_charset() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.htm");
    std::fs::write(
        &page,
        b"<html><head><meta charset=\"windows-1252\"><title>Talks | Daily</title>\
          <meta property=\"og:site_name\" content=\"Daily\"></head><body><nav><a href=\"/\">Home</a></nav>\
          <article><h1>Talks resume</h1><p>Negotiators met at the caf\xe9 on Monday, \x93cautiously\x94 hopeful.</p></article>\
          <footer>\xa9 Daily</footer></body></html>",
    )
    .unwrap();
    let other = sample("004_99de923a0fd0c2bc");
    let out = cli()
        .args(["analyze", page.to_str().unwrap(), &other])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &json["articles"][0];
    assert_eq!(a["id"], "page");
    assert_eq!(
        a["text"],
        "Talks resume\n\nNegotiators met at the café on Monday, \u{201c}cautiously\u{201d} hopeful."
    );
    assert_eq!(a["outlet"]["value"], "Daily");
    assert_eq!(a["outlet"]["source"], "markup");
    assert_eq!(a["page"]["removed"][0]["kind"], "navigation");
    assert!(
        json["articles"][1].get("text").is_none(),
        "text files report no text"
    );
    std::fs::remove_dir_all(&dir).ok();
}
