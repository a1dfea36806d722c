// Runs analyze() off the main thread so typing never waits for it; also turns an analysis into
// the CLI's Markdown report for the download.
import init, { analyze, toMarkdown } from "corroborate/web";

const ready = init();

self.onmessage = async ({ data }) => {
  const { type, seq } = data;
  try {
    await ready;
    if (type === "markdown") {
      self.postMessage({ type, seq, ok: true, markdown: toMarkdown(data.analysis) });
      return;
    }
    const started = performance.now();
    const analysis = analyze(data.articles);
    self.postMessage({ type, seq, ok: true, analysis, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ type, seq, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
