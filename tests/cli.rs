//! The native CLI: same JSON as the library, a Markdown report, one-line errors with exit code 2.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corroborate"))
}

/// Runs `corroborate` with `args`, which must succeed, and parses the JSON it prints.
fn analyzed<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> serde_json::Value {
    let out = cli().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sample(name: &str) -> String {
    format!("{}/www/samples/{name}.txt", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn analyze_prints_the_library_json() {
    let json = analyzed(&[
        "analyze",
        &sample("002_74eeb17b8ca5ca41"),
        &sample("004_99de923a0fd0c2bc"),
    ]);
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
    let json = analyzed(&["analyze", page.to_str().unwrap(), &other]);
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

/// Binary files and invalid UTF-8 give one line naming the file and exit code 2, never a
/// panic; valid UTF-8 full of NUL and control characters is analysed; a file name that is not
/// UTF-8 becomes a readable id.
#[test]
fn binary_files_and_odd_names_never_panic() {
    let dir = std::env::temp_dir().join(format!("corroborate-cli-bin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, Vec<u8>); 4] = [
        (
            "png.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00".to_vec(),
        ),
        (
            "random.bin",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect(),
        ),
        (
            "utf16.txt",
            "\u{feff}Putin said."
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect(),
        ),
        (
            "truncated.txt",
            "Putin said “peace”".as_bytes()[..21].to_vec(),
        ),
    ];
    for (name, bytes) in &cases {
        assert!(
            std::str::from_utf8(bytes).is_err(),
            "{name} must not be UTF-8"
        );
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = cli()
            .args(["analyze", path.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(
            err.contains(&format!("{name}: not UTF-8 text (invalid byte at offset")),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty());
    }

    let controls = dir.join("controls.txt");
    std::fs::write(
        &controls,
        "Putin\u{0} said\u{1}\u{7} on Thursday\u{1b}[0m that \u{200b}talks went well.\u{0}\u{0}",
    )
    .unwrap();
    let json = analyzed(&["analyze", controls.to_str().unwrap()]);
    assert_eq!(json["articles"][0]["id"], "controls");

    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let odd = dir.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
        std::fs::write(&odd, "Xi spoke on Friday. Putin listened.").unwrap();
        let json = analyzed(&[std::ffi::OsStr::new("analyze"), odd.as_os_str()]);
        assert_eq!(json["articles"][0]["id"], "caf\u{fffd}");
    }

    // Too large: refused with the limit named, not cut.
    let big = dir.join("big.txt");
    std::fs::write(&big, "word ".repeat(1_000_001)).unwrap();
    let out = cli()
        .args(["analyze", big.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("more than the limit of 5000000 bytes (5 MB) per article"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
