//! Runs `corroborate::analyze` on every `*.txt` in a folder (one article each) and prints
//! one JSON line per quote: `{"doc", "start", "end", "direct", "cue": [s, e] | null,
//! "speaker": [s, e] | null, "name"}`, offsets in UTF-16 code units. Used by
//! `scripts/eval/meantime-speakers.sh`.

use corroborate::{analyze, ArticleInput};
use serde_json::json;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: eval_speakers TEXT_DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("text folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    for path in paths {
        let doc = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("article text");
        let analysis = match analyze(vec![ArticleInput::text(text)], &Default::default()) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("{doc}: {e}");
                continue;
            }
        };
        for q in &analysis.articles[0].quotes {
            let line = json!({
                "doc": doc,
                "start": q.span.start,
                "end": q.span.end,
                "direct": q.direct,
                "cue": q.cue.as_ref().map(|c| [c.start, c.end]),
                "speaker": q.speaker.as_ref().and_then(|s| s.span.as_ref()).map(|s| [s.start, s.end]),
                "name": q.speaker.as_ref().map(|s| s.name.clone()),
            });
            println!("{line}");
        }
    }
}
