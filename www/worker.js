// Runs analyze() off the main thread so typing never waits for it. The page gets a slim copy
// (what it draws); the worker keeps the full analyses of its last few runs for the exports
// (JSON, and the CLI's Markdown report), so big results never cross to the main thread whole.
import init, { analyze, toMarkdown } from "corroborate/web";

const ready = init();
const kept = new Map(); // seq -> full analysis, for the last few runs (the page may show one a little older)

// Per article the page needs only its metadata and the entity mentions (for highlighting), and
// for a web page the text read from it and what the page says beyond it.
function slim(analysis) {
  return {
    ...analysis,
    articles: analysis.articles.map(({ id, url, title, outlet, published, dateline, length, entities, mentions, text, page }) =>
      ({ id, url, title, outlet, published, dateline, length, entities, mentions, text, page })),
  };
}

// A web page with no story text in it (an empty or image-only paste) is left out of the analysis
// and named in `skipped` ({ id, message }), so one such page does not stop the others.
function analyzeSkippingEmptyPages(articles) {
  const skipped = [];
  for (;;) {
    try {
      return { analysis: analyze(articles), skipped };
    } catch (error) {
      const id = error?.code === "EMPTY_HTML" && /^article \d+ \(id "([^"]*)"\)/.exec(error.message)?.[1];
      const rest = id ? articles.filter((a) => a.id !== id) : articles;
      if (!id || !rest.length || rest.length === articles.length) throw error;
      skipped.push({ id, message: error.message });
      articles = rest;
    }
  }
}

self.onmessage = async ({ data }) => {
  const { type, seq } = data;
  try {
    await ready;
    if (type === "export") {
      const analysis = kept.get(data.of);
      if (!analysis) throw new Error("The results changed; try the download again.");
      const content = data.format === "md" ? toMarkdown(analysis) : `${JSON.stringify(analysis, null, 2)}\n`;
      self.postMessage({ type, seq, ok: true, content });
      return;
    }
    const started = performance.now();
    const { analysis, skipped } = analyzeSkippingEmptyPages(data.articles);
    const ms = performance.now() - started;
    kept.set(seq, analysis);
    for (const old of kept.keys()) if (kept.size > 3) kept.delete(old);
    self.postMessage({ type, seq, ok: true, analysis: slim(analysis), skipped, ms });
  } catch (error) {
    // A trap (a panic, memory exhausted) may leave the module's memory inconsistent: the page
    // replaces this worker. Input errors (a CorroborateError) leave it usable.
    const crashed = error instanceof WebAssembly.RuntimeError;
    self.postMessage({ type, seq, ok: false, crashed, message: error instanceof Error ? error.message : String(error) });
  }
};
