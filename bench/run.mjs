// `npm run bench`: speed, scaling and size of corroborate next to compromise and wink-nlp,
// in one Node process. Prints the tables and writes them to bench/results.md.
//
//   node bench/run.mjs                    everything (builds pkg/ and the native example first)
//   node bench/run.mjs --smoke            a tiny run that checks the harness works (no figures
//                                         are meaningful; writes bench/out/smoke.md)
//   options: --no-build  --runs N  --warmup N  --out FILE  --skip extraction,native,scaling,size,html,page
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

import {
  countWords, dataDir, excerpts, extractionCorpus, root, scalingPool, seedArticles, spread, totals,
} from "./corpus.mjs";
import { BUNDLES, installedVersion, loadCompromise, loadCorroborate, loadWink } from "./engines.mjs";
import { PeakRss } from "./memory.mjs";
import { wasmComposition } from "./wasm-size.mjs";
import { PAGE, chromiumPath, pageLatency } from "./page.mjs";

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const smoke = flag("--smoke");
const build = !flag("--no-build") && !smoke;
const runs = Number(option("--runs", smoke ? 1 : 5));
const warmup = Number(option("--warmup", smoke ? 0 : 1));
const skip = new Set(option("--skip", "").split(",").filter(Boolean));
const outDir = join(root, "bench/out");
const outFile = option("--out", smoke ? join(outDir, "smoke.md") : join(root, "bench/results.md"));
// Slow engines get fewer timed passes: no more are started once this much time is spent.
const budgetMs = smoke ? 0 : Number(option("--budget-ms", 30_000));
// Warm-up passes go on until this much time is spent.
const warmMs = smoke ? 0 : 2_000;
const cargoTarget = process.env.CARGO_TARGET_DIR || join(root, "target");
mkdirSync(outDir, { recursive: true });

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
// Other work on the machine skews every figure: the report gives the load when the bench began.
const loadAtStart = loadavg()[0];

// Targets from issue 6.
const TARGETS = {
  mbps: 5, // WASM extraction, MB/s, at least
  cluster200Ms: 1000, // 200 articles analysed and compared, at most
  cluster2000Ms: 10000, // 2,000 articles, at most
  sizeGzipBytes: 250 * 1024, // .wasm + JS glue, gzip -9, at most
  editMs: 50, // edit-to-results with the five samples, at most
  htmlPagesPerSecond: 25, // WASM analyze on the extraction benchmark's HTML pages, at least (issue 8)
};

// ---------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toLocaleString("en-US", {
  minimumFractionDigits: digits, maximumFractionDigits: digits,
}));
const kb = (bytes) => fmt(bytes / 1024, 1);
const mb = (bytes) => fmt(bytes / 1e6, 2);
// Markdown table; columns whose cells all look like figures are right-aligned.
const table = (head, rows) => [
  `| ${head.join(" | ")} |`,
  `|${head.map((h, i) => (rows.every((r) => /^[\d,.–×*\s]*(ms|KB|MB|MB\/s)?$/.test(r[i] ?? "")) ? " ---: " : " --- ")).join("|")}|`,
  ...rows.map((r) => `| ${r.join(" | ")} |`),
].join("\n");
const verdict = (ok) => (ok === null ? "–" : ok ? "pass" : "**miss**");

/**
 * Median wall time (ms) of passes of `fn` over `items`, one call per item, after `warm` untimed
 * passes and at least `warmMs` of them (V8 compiles hot WebAssembly and JS functions with its
 * optimising tier only after a while).
 */
function timePasses(items, fn, { warm = warmup, n = runs } = {}) {
  const warmStart = performance.now();
  for (let w = 0; w < warm || (warm > 0 && performance.now() - warmStart < warmMs); w++) for (const it of items) fn(it);
  const times = [];
  const started = performance.now();
  do {
    const t0 = performance.now();
    for (const it of items) fn(it);
    times.push(performance.now() - t0);
  } while (times.length < n && performance.now() - started < budgetMs);
  return { ms: median(times), passes: times.length };
}

function run(cmd, args, opts = {}) {
  log(`${cmd} ${args.join(" ")}`);
  return execFileSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28,
    env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}`, CARGO_TARGET_DIR: cargoTarget },
    stdio: ["ignore", "pipe", "inherit"], ...opts });
}

function writeJsonl(name, list) {
  const path = join(outDir, name);
  writeFileSync(path, list.map((a) => JSON.stringify({ id: a.id, text: a.text })).join("\n") + "\n");
  return path;
}

// ---------------------------------------------------------------- build
if (build) {
  // Build logs go to stderr: stdout is the report.
  run("node", ["scripts/build-wasm.mjs", "node", "web"], { stdio: ["ignore", 2, 2] });
  run("cargo", ["build", "--release", "--example", "bench_native"], { stdio: ["ignore", 2, 2] });
}
if (!existsSync(join(root, "pkg/node/corroborate.js"))) {
  console.error("bench: pkg/node is not built; run `node scripts/build-wasm.mjs node web` (or drop --no-build)");
  process.exit(1);
}
const nativeBin = [join(cargoTarget, "release/examples/bench_native"), ...(smoke ? [join(cargoTarget, "debug/examples/bench_native")] : [])]
  .find((p) => existsSync(p));

// ---------------------------------------------------------------- texts
const seeds = seedArticles();
const haveData = existsSync(dataDir);
let corpus = haveData ? extractionCorpus() : [];
if (smoke) corpus = corpus.slice(0, 3);
const pool = haveData ? scalingPool() : seeds;
const clusterSizes = smoke ? [2, 5] : [5, 50, 200, 1000, 2000];
const wholeSizes = clusterSizes.filter((n) => n <= pool.length && n <= 200);
const cut = excerpts(pool, Math.max(...clusterSizes));
const sets = [{ name: "seed articles", list: seeds }, ...(corpus.length ? [{ name: "MEANTIME + ECB+", list: corpus }] : [])];

const corroborate = loadCorroborate(root);
const competitors = skip.has("extraction") ? [] : [await loadCompromise(), await loadWink()].filter(Boolean);
const missingCompetitors = ["compromise", "wink-nlp"].filter((n) => !competitors.some((c) => c.name === n));

const sections = [];
const targetRows = [];
const notes = [];

// ---------------------------------------------------------------- 1. per-article extraction
const extraction = {};
const nativeMbps = {};
if (!skip.has("extraction")) {
  const rows = [];
  for (const set of sets) {
    const t = totals(set.list);
    for (const engine of [corroborate, ...competitors]) {
      log(`extraction: ${engine.name} on ${set.name}`);
      const { ms, passes } = timePasses(set.list, engine.one);
      const mbps = t.bytes / 1e6 / (ms / 1000);
      extraction[`${engine.name}|${set.name}`] = { ms, mbps };
      rows.push([set.name, `${t.articles} articles, ${mb(t.bytes)} MB`, engine.name, fmt(ms, 0), fmt(mbps, 2),
        fmt(t.words / (ms / 1000), 0), String(passes)]);
    }
  }
  sections.push(`## Per-article extraction (one article per call)\n\n${table(
    ["texts", "size", "engine", "ms per pass", "MB/s", "words/s", "passes"], rows)}\n\n` +
    `Median of up to ${runs} timed passes over every article of the set (fewer for slow engines: no pass starts ` +
    `after ${fmt(budgetMs / 1000, 0)} s), after ${warmup} or more warm-up passes (${fmt(warmMs / 1000, 0)} s at least). corroborate runs every ` +
    "per-article layer and returns the whole `Analysis` as a JS object; compromise finds people, places, " +
    "organisations, quotations, dates and numbers; wink-nlp finds entities and sentences." +
    (missingCompetitors.length ? ` Not installed, so not run: ${missingCompetitors.join(", ")}.` : ""));
  const main = extraction[`${corroborate.name}|${sets.at(-1).name}`];
  targetRows.push([`WASM extraction ≥ ${TARGETS.mbps} MB/s (${sets.at(-1).name})`, `${fmt(main.mbps, 2)} MB/s`,
    verdict(main.mbps >= TARGETS.mbps),
    main.mbps >= TARGETS.mbps ? "" : `${fmt(TARGETS.mbps / main.mbps, 1)}× too slow`]);
}

// ---------------------------------------------------------------- 2. native vs WASM
if (!skip.has("native")) {
  if (!nativeBin) {
    notes.push("Native: no `bench_native` binary (cargo build --release --example bench_native), so not run.");
  } else {
    const rows = [];
    for (const set of sets) {
      log(`native: ${set.name}`);
      const file = writeJsonl(`native-${set.name.replace(/\W+/g, "-")}.jsonl`, set.list);
      const out = JSON.parse(run(nativeBin, ["each", file, String(warmup), String(runs)]));
      const wasm = extraction[`${corroborate.name}|${set.name}`]?.ms ??
        timePasses(set.list, corroborate.one).ms;
      const t = totals(set.list);
      const nat = median(out.each.analyze_passes_ms);
      const json = median(out.each.json_passes_ms);
      nativeMbps[set.name] = t.bytes / 1e6 / (json / 1000);
      rows.push([set.name, fmt(nat, 1), fmt(json, 1), fmt(wasm, 1), fmt(t.bytes / 1e6 / (json / 1000), 2),
        fmt(t.bytes / 1e6 / (wasm / 1000), 2), `${fmt(wasm / json, 2)}×`]);
    }
    sections.push(`## Native vs WASM (one article per call)\n\n${table(
      ["texts", "native analyze ms", "native analyze + JSON ms", "WASM ms", "native MB/s", "WASM MB/s", "WASM / native"], rows)}\n\n` +
      `Native: \`examples/bench_native.rs\` (${nativeBin.includes("/debug/") ? "debug" : "release"} build), median of ${runs} passes after ${warmup} warm-up. The WASM export is ` +
      "`analyze` + JSON, parsed into a JS object in JS, so it compares with the \"analyze + JSON\" column.");
  }
}

// Where native extraction time goes: perf's top symbols over the corpus (when perf works here).
if (!skip.has("native") && !smoke && nativeBin && targetRows.some((r) => r[0].startsWith("WASM extraction") && r[2] !== "pass")) {
  try {
    const file = writeJsonl("profile.jsonl", sets.at(-1).list);
    const data = join(outDir, "perf.data");
    run("perf", ["record", "-q", "-F", "999", "-o", data, "--", nativeBin, "each", file, "0", String(Math.max(runs, 3))]);
    const report = run("perf", ["report", "-i", data, "--no-children", "--sort", "symbol", "--stdio"]);
    const top = report.split("\n").map((l) => /^\s*([\d.]+)%\s+\[\.\]\s+(.+?)\s*(?:-\s+-\s*)?$/.exec(l))
      .filter(Boolean).slice(0, 12).map(([, pct, sym]) => [`\`${sym.length > 90 ? `${sym.slice(0, 87)}…` : sym}\``, `${pct} %`]);
    if (top.length) {
      const row = targetRows.find((r) => r[0].startsWith("WASM extraction"));
      const native = nativeMbps[sets.at(-1).name];
      row[3] += `; native: ${fmt(native, 2)} MB/s, so ${native < TARGETS.mbps ? "the extraction itself is too slow, not WASM" : "WASM costs the most"}; profile below`;
      sections.push(`## Where extraction time goes (native profile)\n\n${table(["function (perf, self time)", "share of samples"], top)}\n\n` +
        `\`perf record\` of \`bench_native each\` on ${sets.at(-1).name} (release build: inlined functions count in their callers).`);
    }
  } catch (e) {
    notes.push(`No native profile: perf did not run here (${String(e.message).split("\n")[0]}).`);
  }
}

// ---------------------------------------------------------------- 3. cross-source scaling
if (!skip.has("scaling")) {
  const peak = new PeakRss();
  const clusters = [
    ...wholeSizes.map((n) => ({ series: "whole articles", list: spread(pool, n) })),
    ...clusterSizes.map((n) => ({ series: `${cut.size}-sentence excerpts`, list: spread(cut.list, n) })),
  ];
  const rows = [];
  const byKey = {};
  for (const { series, list } of clusters) {
    log(`scaling: analyze() on ${list.length} ${series}`);
    const input = list.map((a) => ({ id: a.id, text: a.text }));
    const t = totals(list);
    const times = [];
    let peakRss = 0;
    const rssBefore = process.memoryUsage.rss();
    const nRuns = list.length >= 1000 ? Math.min(runs, 3) : runs;
    for (let i = 0; i < warmup + nRuns; i++) {
      peak.reset();
      const t0 = performance.now();
      corroborate.analyze(input);
      const ms = performance.now() - t0;
      await peak.settle();
      peakRss = Math.max(peakRss, peak.read());
      if (i >= warmup) times.push(ms);
    }
    const ms = median(times);
    let nativeMs = null;
    if (nativeBin && !skip.has("native")) {
      const file = writeJsonl("cluster.jsonl", list);
      nativeMs = JSON.parse(run(nativeBin, ["cluster", file, String(warmup), String(nRuns)])).cluster.json_ms;
    }
    byKey[`${series}|${list.length}`] = ms;
    rows.push([series, String(list.length), mb(t.bytes), fmt(t.words, 0), fmt(ms, 0), fmt(ms / list.length, 2),
      fmt(nativeMs, 0), fmt(peakRss / 1e6, 0), fmt(Math.max(0, peakRss - rssBefore) / 1e6, 0),
      corroborate.wasmMemory() ? fmt(corroborate.wasmMemory() / 1e6, 0) : "–"]);
  }
  await peak.stop();
  const ex = `${cut.size}-sentence excerpts`;
  const [small, large] = [clusterSizes.includes(200) ? 200 : clusterSizes[0], clusterSizes.at(-1)];
  const ratio = byKey[`${ex}|${large}`] / byKey[`${ex}|${small}`];
  sections.push(`## Cross-source scaling (one analyze() call per cluster)\n\n${table(
    ["cluster", "articles", "MB", "words", "WASM ms", "ms / article", "native ms", "peak RSS MB", "RSS growth MB", "WASM memory MB"], rows)}\n\n` +
    `time(${large}) / time(${small}) on the excerpts: **${fmt(ratio, 1)}** for ${fmt(large / small, 0)}× the articles and text ` +
    `(${fmt(large / small, 0)} would be linear, ${fmt((large / small) ** 2, 0)} quadratic).\n\n` +
    `Clusters are real texts, never one text repeated: \"whole articles\" are ${wholeSizes.join(", ")} different articles ` +
    `spread over all ${pool.length} real articles there are (seed, MEANTIME, ECB+, the article-extraction benchmark's ` +
    `ground truth, TempEval-3); larger clusters need more articles than the data has, so every article is cut into runs of ` +
    `${cut.size} consecutive sentences (${cut.list.length} excerpts, no sentence in two of them), and clusters of ` +
    `${clusterSizes.join(", ")} excerpts are spread over them. Median of ${runs} runs (3 from 1,000 articles) after ` +
    `${warmup} warm-up. Peak RSS is the whole Node process (sampled every ms by a worker thread); WASM memory is the ` +
    "module's linear memory, which only grows, so it is the peak so far. Native: the same call in `bench_native` " +
    "(analyze + JSON).");
  const w200 = byKey["whole articles|200"];
  if (w200 !== undefined) {
    targetRows.push([`200 articles < ${TARGETS.cluster200Ms / 1000} s (whole articles)`, `${fmt(w200, 0)} ms`,
      verdict(w200 < TARGETS.cluster200Ms), w200 < TARGETS.cluster200Ms ? "" : `${fmt(w200 - TARGETS.cluster200Ms, 0)} ms over`]);
  }
  const e2000 = byKey[`${ex}|2000`];
  if (e2000 !== undefined) {
    targetRows.push([`2,000 articles < ${TARGETS.cluster2000Ms / 1000} s (${ex})`, `${fmt(e2000, 0)} ms`,
      verdict(e2000 < TARGETS.cluster2000Ms), `${e2000 < TARGETS.cluster2000Ms ? "" : `${fmt(e2000 - TARGETS.cluster2000Ms, 0)} ms over; `}` +
        `${mb(totals(spread(cut.list, 2000)).bytes)} MB of text in all: the data has no 2,000 whole articles`]);
  }
}

// ---------------------------------------------------------------- 4. size
if (!skip.has("size")) {
  const gz = (buf) => gzipSync(buf, { level: 9 }).length;
  const rows = [];
  const web = join(root, "pkg/web");
  let oursGzip = null;
  if (existsSync(join(web, "corroborate_bg.wasm"))) {
    const wasm = readFileSync(join(web, "corroborate_bg.wasm"));
    const glue = readFileSync(join(web, "corroborate.js"));
    oursGzip = gz(wasm) + gz(glue);
    rows.push(["corroborate `.wasm` (wasm-opt -Oz)", kb(wasm.length), kb(gz(wasm))]);
    rows.push(["corroborate JS glue (web)", kb(glue.length), kb(gz(glue))]);
    rows.push(["**corroborate total**", kb(wasm.length + glue.length), `**${kb(oursGzip)}**`]);
  } else {
    notes.push("Size: pkg/web is not built (node scripts/build-wasm.mjs web), so corroborate's size is missing.");
  }
  let esbuild = null;
  if (installedVersion("esbuild")) esbuild = await import("esbuild");
  for (const [name, { needs, source }] of Object.entries(BUNDLES)) {
    if (!esbuild || needs.some((n) => !installedVersion(n))) {
      rows.push([name, "not installed", "–"]);
      continue;
    }
    const out = await esbuild.build({ stdin: { contents: source, resolveDir: root, loader: "js" }, bundle: true,
      minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", legalComments: "none" });
    const code = Buffer.from(out.outputFiles[0].contents);
    rows.push([`${name} (esbuild --minify)`, kb(code.length), kb(gz(code))]);
  }
  sections.push(`## Size\n\n${table(["file", "raw KB", "gzip -9 KB"], rows)}\n\n` +
    `Competitors bundled for the browser with esbuild ${esbuild ? installedVersion("esbuild") : "(not installed)"} ` +
    "(ESM, minified). KB = 1,024 bytes.");
  const unoptimised = join(cargoTarget, "wasm32-unknown-unknown/release/corroborate.wasm");
  let parts = null;
  try {
    parts = existsSync(unoptimised) ? wasmComposition(unoptimised) : null;
  } catch (e) {
    notes.push(`Size: could not read what the .wasm is made of (${e.message}).`);
  }
  if (parts) {
    const all = parts.codeTotal + parts.data;
    const shown = parts.code.slice(0, 14);
    const rest = parts.code.slice(14).reduce((a, r) => ({ bytes: a.bytes + r.bytes, gzip: a.gzip + r.gzip }), { bytes: 0, gzip: 0 });
    const share = (n) => `${fmt((100 * n) / all, 1)} %`;
    const label = (o) => (o === "std (core, alloc)" ? "std: core, alloc and their generic code for our types (iterators, maps, sorting, float formatting)" : o);
    const rows2 = [
      ...shown.map((r) => [label(r.owner), kb(r.bytes), kb(r.gzip), share(r.bytes)]),
      [`the other ${parts.code.length - shown.length} crates and symbols`, kb(rest.bytes), kb(rest.gzip), share(rest.bytes)],
      ["data: word lists, gazetteers, string literals, Unicode and entity tables", kb(parts.data), kb(parts.dataGzip), share(parts.data)],
    ];
    sections.push(`### What the .wasm is made of

${table(["part", "raw KB", "gzip -9 KB (alone)", "share"], rows2)}

` +
      "From the function names in the module before wasm-bindgen and wasm-opt (`bench/wasm-size.mjs`): wasm-opt then " +
      "shrinks every part, not all equally, and each part compresses better alone than in the whole file, so the columns " +
      "are shares, not the shipped sizes.");
  }
  if (oursGzip !== null) {
    const top = parts ? parts.code.slice(0, 3).map((r) => r.owner.replace(/ \(.*/, "")).join(", ") : "";
    targetRows.push([`.wasm + glue < ${TARGETS.sizeGzipBytes / 1024} KB gzip`, `${kb(oursGzip)} KB`,
      verdict(oursGzip < TARGETS.sizeGzipBytes), oursGzip < TARGETS.sizeGzipBytes ? "" :
        `${kb(oursGzip - TARGETS.sizeGzipBytes)} KB over${top ? `; most code: ${top} (see "What the .wasm is made of")` : ""}`]);
  }
}

// ---------------------------------------------------------------- 4b. HTML pages
const htmlDir = join(dataDir, "article-extraction-benchmark/html");
if (!skip.has("html") && existsSync(htmlDir)) {
  const utf8 = new TextDecoder("utf-8");
  let pages = readdirSync(htmlDir).filter((f) => f.endsWith(".html.gz")).sort()
    .map((f) => ({ id: f.slice(0, 12), html: utf8.decode(gunzipSync(readFileSync(join(htmlDir, f)))) }));
  if (smoke) pages = pages.slice(0, 2);
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  log(`html: ${corroborate.name} on ${pages.length} pages`);
  const { ms, passes } = timePasses(pages, (p) => corroborate.analyze([{ id: p.id, html: p.html }]));
  const perSecond = pages.length / (ms / 1000);
  sections.push(`## HTML pages

${table(["pages", "size", "engine", "ms per pass", "pages/s", "MB/s", "passes"], [[
    String(pages.length), `${mb(bytes)} MB`, corroborate.name, fmt(ms, 0), fmt(perSecond, 1), fmt(bytes / 1e6 / (ms / 1000), 2), String(passes),
  ]])}\n\n` +
    "`analyze([{ html }])` once per page of the article-extraction benchmark (../shared/data): story extraction, " +
    "metadata and the whole per-article analysis of the extracted text.");
  targetRows.push([`HTML pages ≥ ${TARGETS.htmlPagesPerSecond} pages/s (WASM)`, `${fmt(perSecond, 1)} pages/s`,
    verdict(perSecond >= TARGETS.htmlPagesPerSecond), ""]);
}

// ---------------------------------------------------------------- 5. page latency
if (!skip.has("page")) {
  if (!chromiumPath()) {
    notes.push("Page latency: no Chromium at /usr/bin/chromium (or $CHROMIUM), so not run.");
  } else if (!existsSync(join(root, "pkg/web/corroborate.js"))) {
    notes.push("Page latency: pkg/web is not built, so not run.");
  } else {
    const sizes = smoke ? [5] : [5, 50];
    const clusters = sizes.map((n) => ({
      name: n === seeds.length ? "the five seed articles" : `${n} whole articles`,
      articles: n === seeds.length ? seeds : [...seeds, ...spread(pool.filter((a) => a.source !== "seed"), n - seeds.length)],
    }));
    const rows = await pageLatency({ root, outDir, clusters, runs, warmup: smoke ? 0 : 2, log });
    sections.push(`## Page latency (headless Chromium)\n\n${table(
      ["articles", "edit → results ms", "analysis ms (page's own figure)", "edits timed"],
      rows.map((r) => [r.name, fmt(r.editToResultsMs, 0), fmt(r.reportedMs, 1), String(r.runs)]))}\n\n` +
      "Playwright `fill()` replaces the first article's text; the time runs from the textarea's `input` event to " +
      "the results region changing, on the page's clock (production build served by `vite preview`). It includes " +
      (PAGE.debounceMs ? `the page's ${PAGE.debounceMs} ms wait after typing before it analyses.` : "The page analyses at once after an edit (no wait after typing)."));
    const five = rows.find((r) => r.articles === seeds.length);
    if (five) {
      const ok = five.editToResultsMs < TARGETS.editMs;
      targetRows.push([`edit → results < ${TARGETS.editMs} ms (5 samples)`, `${fmt(five.editToResultsMs, 0)} ms`, verdict(ok),
        `${ok ? "" : `${fmt(five.editToResultsMs - TARGETS.editMs, 0)} ms over. `}${PAGE.debounceMs ? `${PAGE.debounceMs} ms of it is the page's wait after typing, ` : ""}` +
          `${fmt(five.reportedMs, 0)} ms the analysis in the worker, ${fmt(five.editToResultsMs - PAGE.debounceMs - five.reportedMs, 0)} ms ` +
          "messaging and rendering"]);
    }
  }
}

// ---------------------------------------------------------------- report
const versions = [`corroborate ${corroborate.version}`, ...competitors.map((c) => `${c.name} ${c.version}`)].join("; ");
const head = [
  smoke ? "# corroborate benchmark (smoke run: tiny input, figures mean nothing)" : "# corroborate benchmark",
  "",
  `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model?.trim() ?? "CPU"}, ` +
    `${fmt(totalmem() / 2 ** 30, 0)} GiB, load average ${fmt(loadAtStart, 2)} at the start (other work skews the figures), ` +
    `Node ${process.version}. ${versions}.`,
  "",
  `Texts: the ${seeds.length} seed articles (www/samples) and ${corpus.length} MEANTIME + ECB+ articles ` +
    `(${haveData ? "../shared/data, as plain text like ../shared/eval/meantime.py convert" : "data not found"}).`,
].join("\n");
const targets = targetRows.length ? `## Targets\n\n${table(["target", "measured", "", "note"], targetRows)}` : "";
const report = [head, targets, ...sections, notes.length ? `## Notes\n\n${notes.map((n) => `- ${n}`).join("\n")}` : ""]
  .filter(Boolean).join("\n\n") + "\n";
console.log(report);
writeFileSync(outFile, report);
log(`wrote ${outFile}`);
