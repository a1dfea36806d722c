// Runs analyze() off the main thread so typing never waits for it.
import init, { analyze } from "corroborate/web";

const ready = init();

self.onmessage = async ({ data: { seq, articles } }) => {
  try {
    await ready;
    const started = performance.now();
    const analysis = analyze(articles);
    self.postMessage({ seq, ok: true, analysis, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ seq, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
