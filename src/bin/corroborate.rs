//! The `corroborate` command: a thin shell over [`corroborate::analyze`].

// The CLI is native only; cargo still builds this target when testing for wasm32.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand, ValueEnum};
    use corroborate::{analyze, ArticleInput};

    /// Compare news articles about one event: what the outlets agree on, where they
    /// contradict each other, and what only one of them reports.
    #[derive(Parser)]
    #[command(name = "corroborate", version, about, long_about = None)]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Analyse article files (UTF-8 text, or saved web pages as .html/.htm; one article per
        /// file) and print the analysis.
        ///
        /// Each file's name (without its extension) becomes the article's id. A web page's
        /// story is extracted (its declared charset is honoured) and its metadata read.
        /// Prints the same Analysis JSON as analyze() in JavaScript, spans in UTF-16 code units.
        Analyze {
            /// The article files, two or more for a comparison.
            #[arg(required = true, value_name = "FILE")]
            files: Vec<PathBuf>,
            /// Output format: the Analysis as JSON, or a readable Markdown report.
            #[arg(long, value_enum, default_value_t = Format::Json)]
            format: Format,
            /// Indent the JSON for reading.
            #[arg(long)]
            pretty: bool,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Format {
        Json,
        Md,
    }

    pub fn main() -> ExitCode {
        let Command::Analyze {
            files,
            format,
            pretty,
        } = Cli::parse().command;
        let mut articles = Vec::with_capacity(files.len());
        for path in &files {
            match read_article(path) {
                Ok(article) => articles.push(article),
                Err(message) => {
                    eprintln!("corroborate: {}: {message}", path.display());
                    return ExitCode::from(2);
                }
            }
        }
        let analysis = match analyze(articles, &Default::default()) {
            Ok(analysis) => analysis,
            Err(e) => {
                eprintln!("corroborate: {e}");
                return ExitCode::from(2);
            }
        };
        let out = match format {
            Format::Md => corroborate::output::markdown::render(&analysis),
            Format::Json if pretty => {
                serde_json::to_string_pretty(&analysis).unwrap_or_default() + "\n"
            }
            Format::Json => serde_json::to_string(&analysis).unwrap_or_default() + "\n",
        };
        print!("{out}");
        ExitCode::SUCCESS
    }

    fn read_article(path: &Path) -> Result<ArticleInput, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let html = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        if html {
            // As bytes: a page may declare a legacy charset such as windows-1252.
            return Ok(ArticleInput::html_bytes(&bytes).with_id(id));
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "not UTF-8 text (invalid byte at offset {}); save it as UTF-8 and try again",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok(ArticleInput::text(text).with_id(id))
    }
}
