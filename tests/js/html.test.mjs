// HTML input gives the same result everywhere: the built Node package (pkg/node) on the committed
// pages in tests/fixtures/html/ equals the CLI's JSON for the same files, byte for byte after
// parsing; tests/e2e/html.spec.js checks that the page in Chromium reads the same stories.
//
// Why this way: the CLI is run through `cargo run` (a debug build of the current source; cargo
// rebuilds it only when the source changed, and `npm test` has just built it for `cargo test`),
// rather than against a committed expected JSON, which every change to the analysis would have to
// regenerate. Both sides get the files the way their users give them: the CLI reads the bytes and
// decodes them in Rust (src/input/html/charset.rs); here they are decoded by the page's own
// decoder (www/html.js), so the windows-1252 fixture also checks that the two decoders agree.
// Without cargo (a machine with only Node) the comparison is skipped, said so in the output, and
// the Node-only checks still run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeHtml } from "../../www/html.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);
const { analyze } = require(join(root, "pkg/node/corroborate.js"));
const dir = join(root, "tests/fixtures/html");
const files = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();

/** What analyze() in Node gives for the fixtures, each with its file name's stem as id (as the CLI names them). */
function inNode() {
  return analyze(files.map((f) => ({ id: f.replace(/\.html$/, ""), html: decodeHtml(readFileSync(join(dir, f))).html })));
}

const cargo = spawnSync("cargo", ["--version"], { encoding: "utf8" }).status === 0;

test("the HTML fixtures: stories without the page chrome, metadata from the markup, spans into the text", () => {
  const analysis = inNode();
  assert.deepEqual(analysis.articles.map((a) => a.id), ["alliance-news", "cp1252-report"]);
  for (const a of analysis.articles) {
    assert.equal(a.length, a.text.length);
    for (const chrome of ["cookies", "Share on", "Related stories", "Great article", "All rights reserved", "injected"]) {
      assert.ok(!a.text.includes(chrome), `${a.id}: ${chrome}`);
    }
    for (const s of [...a.paragraphs, ...a.sentences, ...a.quotes, ...a.mentions, ...a.times]) assert.equal(a.text.slice(s.start, s.end), s.text);
    assert.equal(a.outlet.source, "markup");
    assert.equal(a.title.source, "markup");
    for (const kind of ["cookie", "header", "share", "related", "comments", "footer"]) {
      assert.ok(a.page.removed.some((r) => r.kind === kind), `${a.id}: no ${kind}`);
    }
  }
  const [alliance, courier] = analysis.articles;
  assert.equal(alliance.outlet.value, "Alliance News");
  assert.equal(alliance.published.value, "2025-06-20");
  assert.deepEqual(alliance.page.authors, ["Staff Reporter"]);
  assert.equal(alliance.page.modified, "2025-06-20T09:30:00Z");
  // The windows-1252 page: its curly quotes, apostrophes and é decoded.
  assert.equal(courier.outlet.value, "The Daily Courier");
  assert.match(courier.text, /Moscow’s willingness/);
  assert.match(courier.text, /“friendly and constructive”/);
  assert.match(courier.text, /outside a café near the Kremlin/);
});

test("the Node package and the CLI give the same JSON for the same HTML files", { skip: !cargo && "cargo not found" }, () => {
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "corroborate", "--", "analyze", ...files.map((f) => join(dir, f))],
    { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "inherit"] });
  const cli = JSON.parse(out);
  const node = JSON.parse(JSON.stringify(inNode()));
  assert.equal(cli.articles.length, files.length);
  // Per article first (a clearer message when they differ), then the whole analysis.
  for (const [i, a] of node.articles.entries()) {
    assert.equal(cli.articles[i].text, a.text, `${a.id}: the extracted text`);
    assert.deepEqual(cli.articles[i], a, `${a.id}: the article's analysis`);
  }
  assert.deepEqual(cli, node);
});
