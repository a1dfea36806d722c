// Edit-to-results latency of the page (www/) in headless Chromium: the production build served
// by `vite preview`, driven by Playwright. Everything that depends on the page's markup is in
// PAGE below, so a reworked page needs only these lines changed.
import { existsSync } from "node:fs";
import { join } from "node:path";

export const PAGE = {
  // The page keeps its articles here; the bench writes the cluster to it before loading.
  storageKey: "corroborate.articles.v1",
  toStored: (a, i) => ({ id: `a${i + 1}`, label: `Article ${i + 1}`, text: a.text, sample: false }),
  textarea: "#articles textarea",
  results: "#results",
  // True once the page shows the results of the last edit.
  ready: () => document.getElementById("status")?.dataset.state === "done",
  // The analysis time the page itself reports (ms), or undefined if it reports none.
  reportedMs: () => Number(document.getElementById("status")?.dataset.ms),
  // Milliseconds the page waits after a keystroke before it analyses (its debounce).
  debounceMs: 0,
};

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function chromiumPath() {
  const path = process.env.CHROMIUM || "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/**
 * For each cluster ({ name, articles }): loads the page with it, makes `warmup` + `runs` edits to
 * the first article with Playwright's fill(), and times each from the textarea's input event to
 * the results region changing (in the page's own clock). Returns one row per cluster.
 */
export async function pageLatency({ root, outDir, clusters, runs, warmup, log }) {
  const { build, preview } = await import("vite");
  const { chromium } = await import("@playwright/test");
  const executablePath = chromiumPath();
  const dist = join(outDir, "www-dist");
  log("page: vite build of www/");
  await build({ configFile: join(root, "www/vite.config.js"), logLevel: "warn", build: { outDir: dist } });
  const server = await preview({ configFile: join(root, "www/vite.config.js"), logLevel: "warn",
    build: { outDir: dist }, preview: { port: 4917, strictPort: false, host: "127.0.0.1" } });
  const url = server.resolvedUrls.local[0];
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    const page = await browser.newPage();
    for (const { name, articles } of clusters) {
      log(`page: ${name}`);
      await page.goto(url);
      await page.evaluate(([key, stored]) => localStorage.setItem(key, JSON.stringify(stored)),
        [PAGE.storageKey, articles.map(PAGE.toStored)]);
      await page.reload();
      await page.waitForFunction(PAGE.ready, null, { timeout: 120_000 });
      await page.evaluate((results) => {
        window.__bench = { t0: null, t1: null };
        document.addEventListener("input", () => { window.__bench.t0 ??= performance.now(); }, { capture: true });
        new MutationObserver(() => {
          if (window.__bench.t0 !== null && window.__bench.t1 === null) window.__bench.t1 = performance.now();
        }).observe(document.querySelector(results), { childList: true, subtree: true, characterData: true });
      }, PAGE.results);
      const area = page.locator(PAGE.textarea).first();
      const original = articles[0].text;
      const total = [];
      const reported = [];
      for (let i = 0; i < warmup + runs; i++) {
        await page.evaluate(() => { window.__bench.t0 = null; window.__bench.t1 = null; });
        await area.fill(`${original}\nEdit number ${i + 1} of this article.`);
        await page.waitForFunction(() => window.__bench.t1 !== null, null, { timeout: 120_000 });
        await page.waitForFunction(PAGE.ready, null, { timeout: 120_000 });
        const { t0, t1 } = await page.evaluate(() => window.__bench);
        const ms = await page.evaluate(PAGE.reportedMs);
        if (i >= warmup) {
          total.push(t1 - t0);
          if (Number.isFinite(ms)) reported.push(ms);
        }
      }
      rows.push({ name, articles: articles.length, editToResultsMs: median(total),
        reportedMs: reported.length ? median(reported) : null, runs });
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  return rows;
}
