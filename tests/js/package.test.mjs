// The built npm package (pkg/) in Node, as a user imports it: analyze() on the sample articles,
// UTF-16 spans, errors as real Error objects, and a module that keeps working after them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);
const { analyze, toMarkdown, version } = require(join(root, "pkg/node/corroborate.js"));

const samplesDir = join(root, "www/samples");
const samples = readdirSync(samplesDir).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(join(samplesDir, f), "utf8") }));

function allSpans(article) {
  return [...article.paragraphs, ...article.sentences];
}

test("analyze() splits the five samples into sentences", () => {
  const analysis = analyze(samples);
  assert.equal(analysis.version, version());
  assert.deepEqual(analysis.articles.map((a) => a.id), ["000", "001", "002", "003", "004"]);
  assert.deepEqual(analysis.articles.map((a) => a.sentences.length), [36, 34, 17, 31, 14]);
  for (const key of ["entities", "facts", "conflicts", "quoteGroups", "timeline", "reuse", "sources"]) {
    assert.ok(Array.isArray(analysis[key]), key);
  }
  const a002 = analysis.articles[2];
  assert.equal(a002.sentences.filter((s) => s.paragraph === 3).length, 2);
});

test("every span slices back to its text (UTF-16), curly quotes and emoji too", () => {
  const tricky = { id: "emoji", text: "“Curly” quotes 👋🏽 and café. Then 😀 the U.S. delegation left. «Fin» ‘ok’." };
  const analysis = analyze([...samples, tricky]);
  let checked = 0;
  for (const article of analysis.articles) {
    const text = article.id === "emoji" ? tricky.text : samples.find((s) => s.id === article.id).text;
    assert.equal(article.length, text.length);
    for (const span of allSpans(article)) {
      assert.equal(text.slice(span.start, span.end), span.text);
      checked++;
    }
  }
  assert.ok(checked > 150, `checked ${checked} spans`);
  const emoji = analysis.articles.at(-1);
  assert.deepEqual(emoji.sentences.map((s) => s.text),
    ["“Curly” quotes 👋🏽 and café.", "Then 😀 the U.S. delegation left.", "«Fin» ‘ok’."]);
});

test("bad input throws an Error with a message, and the module keeps working", () => {
  const cases = [
    [() => analyze("nope"), /expects an array of articles/],
    [() => analyze(), /expects an array of articles.*got undefined/],
    [() => analyze([]), /no articles to analyse/],
    [() => analyze([{ id: "x" }]), /article 1 \(id "x"\): has no text/],
    [() => analyze([null]), /article 1 is null/],
    [() => analyze([{ text: "a", published: "June 20" }]), /YYYY-MM-DD/],
    [() => analyze([{ text: "a", id: "d" }, { text: "b", id: "d" }]), /already used by article 1/],
    [() => analyze([{ text: "a" }], { bogus: true }), /bogus/],
  ];
  for (let round = 0; round < 10; round++) {
    for (const [call, message] of cases) {
      assert.throws(call, (e) => e instanceof Error && message.test(e.message) && typeof e.code === "string");
    }
    assert.equal(analyze([{ text: "Still fine. Yes." }]).articles[0].sentences.length, 2);
  }
});

test("toMarkdown() renders the report the CLI prints", () => {
  const md = toMarkdown(analyze(samples.slice(0, 2)));
  assert.match(md, /^# corroborate report/);
  assert.match(md, /36 sentences/);
});

test("the package resolves by name from ESM and CommonJS", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-pkg-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(join(root, "pkg"), join(dir, "node_modules/corroborate"), "dir");
    writeFileSync(join(dir, "esm.mjs"),
      'import { analyze } from "corroborate";\nconsole.log(analyze([{ text: "One. Two." }]).articles[0].sentences.length);\n');
    writeFileSync(join(dir, "cjs.cjs"),
      'const { analyze } = require("corroborate");\nconsole.log(analyze([{ text: "One. Two. Three." }]).articles[0].sentences.length);\n');
    assert.equal(execFileSync("node", ["esm.mjs"], { cwd: dir, encoding: "utf8" }).trim(), "2");
    assert.equal(execFileSync("node", ["cjs.cjs"], { cwd: dir, encoding: "utf8" }).trim(), "3");
    const manifest = JSON.parse(readFileSync(join(root, "pkg/package.json"), "utf8"));
    assert.equal(manifest.name, "corroborate");
    assert.ok(manifest.types && manifest.license && manifest.files.includes("web/"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The code block after `<!-- example:NAME -->` in the README. */
function readmeExample(name) {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const match = new RegExp(`<!-- example:${name} -->\\s*\`\`\`js\\n([\\s\\S]*?)\`\`\``).exec(readme);
  assert.ok(match, `README has an example:${name} block`);
  return match[1];
}

/** Runs `code` as example.mjs in a folder where `corroborate` resolves to pkg/; returns its output lines. */
function runWithPackage(code) {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-readme-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(join(root, "pkg"), join(dir, "node_modules/corroborate"), "dir");
    writeFileSync(join(dir, "example.mjs"), code);
    return execFileSync("node", ["example.mjs"], { cwd: dir, encoding: "utf8" }).trim().split("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the README's Node example runs and prints what its comments say", () => {
  const code = readmeExample("node");
  const expected = [...code.matchAll(/console\.log\(.*\);\s*\/\/ (.*)$/gm)].map((m) => m[1].replace(/^"(.*)"$/, "$1"));
  assert.equal(expected.length, 4);
  assert.deepEqual(runWithPackage(code), expected);
});

test("the README's HTML example runs and prints what its comments say", () => {
  const code = readmeExample("node-html");
  const expected = [...code.matchAll(/console\.log\(.*\);\s*\/\/ (.*)$/gm)].map((m) => m[1]);
  assert.equal(expected.length, 4);
  assert.deepEqual(runWithPackage(code), expected);
});
