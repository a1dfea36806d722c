// The built package (pkg/node) after errors and on hostile input (issue 7): every bad call
// throws a real Error with a message and a code, and the module keeps giving the same results
// afterwards, even when the input throws from a getter or is not plain data at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);
const { analyze, toMarkdown } = require(join(root, "pkg/node/corroborate.js"));

const good = [
  { id: "a", text: readFileSync(join(root, "www/samples/002_74eeb17b8ca5ca41.txt"), "utf8") },
  { id: "b", text: readFileSync(join(root, "www/samples/004_99de923a0fd0c2bc.txt"), "utf8") },
];

/** Calls that must throw, with what the message must say and the code. */
const bad = [
  [() => analyze(42), /expects an array of articles/, "INVALID_INPUT"],
  [() => analyze([]), /no articles to analyse/, "NO_ARTICLES"],
  [() => analyze([{ text: "" }]), /article 1: has no text/, "MISSING_TEXT"],
  [() => analyze([{ text: "\u0000" }, { text: " \n " }]), /article 2: has no text/, "MISSING_TEXT"],
  [() => analyze([{ text: 5 }]), /article 1:/, "INVALID_INPUT"],
  [() => analyze([{ text: "x", id: 7 }]), /article 1:/, "INVALID_INPUT"],
  [() => analyze(["just a string"]), /article 1 is string/, "INVALID_INPUT"],
  [() => analyze([{ text: "x" }, undefined]), /article 2 is undefined/, "INVALID_INPUT"],
  [() => analyze([{ text: "x", published: "2025-02-30" }]), /YYYY-MM-DD/, "INVALID_DATE"],
  [() => analyze([{ text: "x", id: "d" }, { text: "y", id: "d" }]), /already used by article 1/, "DUPLICATE_ID"],
  [() => analyze([{ text: "x" }], { bogus: 1 }), /bogus/, "INVALID_INPUT"],
  [() => analyze([{ text: "x" }], [1]), /options must be an object/, "INVALID_INPUT"],
  [() => analyze([{ text: "a".repeat(5_000_001) }]), /limit of 5000000 bytes \(5 MB\) per article/, "ARTICLE_TOO_LARGE"],
  [() => analyze(Array.from({ length: 5001 }, () => ({ text: "x" }))), /at most 5000 per call/, "TOO_MANY_ARTICLES"],
  [() => toMarkdown({ nope: true }), /expects the Analysis/, "INVALID_INPUT"],
];

test("errors are Error instances with a message and a code, and the module recovers", () => {
  const first = analyze(good);
  for (let round = 0; round < 25; round++) {
    for (const [call, message, code] of bad) {
      assert.throws(call, (e) => {
        assert.ok(e instanceof Error, `an Error, got ${e}`);
        assert.equal(e.name, "CorroborateError");
        assert.match(e.message, message);
        assert.equal(e.code, code, e.message);
        return true;
      });
    }
    assert.deepEqual(analyze(good), first, `round ${round}: the same result after errors`);
  }
});

test("input that throws while it is read, or is not plain data, leaves the module usable", () => {
  const first = analyze(good);
  const hostile = [
    [{ get text() { throw new Error("getter boom"); } }],
    new Proxy([{ text: "x" }], { get() { throw new Error("proxy boom"); } }),
    [{ text: Symbol("s") }],
    [{ text: 10n }],
    [{ text: { toString() { return "an object"; } } }],
    [{ text: ["an", "array"] }],
    [Object.create(null)],
  ];
  const circular = { text: "Circular. Fine." };
  circular.self = circular;
  for (let round = 0; round < 10; round++) {
    for (const input of hostile) {
      assert.throws(() => analyze(input), (e) => e instanceof Error && typeof e.message === "string" && e.message.length > 0);
    }
    // Extra and circular fields are ignored: it is analysed.
    assert.equal(analyze([circular]).articles[0].sentences.length, 2);
    assert.deepEqual(analyze(good), first, `round ${round}`);
  }
});

test("hostile text gives results whose spans slice the text", () => {
  const texts = [
    "\u0000\u0001 Putin\u200b said\u202e on Thursday. “Unbalanced quote, Xi said.",
    "「停火是迫切需要的」, Xi said. قال الرئيس بوتين يوم الخميس إن «وقف إطلاق النار ضروري».",
    "!!!!".repeat(20_000),
    "<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)",
    "\ud800 lone surrogates \udc00 are replaced. 😀 stays.",
  ];
  const analysis = analyze(texts.map((text, i) => ({ id: `h${i}`, text })));
  analysis.articles.forEach((article, i) => {
    // A lone surrogate cannot cross into Rust: it arrives as U+FFFD, one unit long too.
    const text = texts[i].replace(/[\ud800-\udfff](?![\udc00-\udfff])/g, (c, at, s) =>
      at > 0 && /[\ud800-\udbff]/.test(s[at - 1]) ? c : "\ufffd");
    assert.equal(article.length, text.length);
    for (const span of [...article.paragraphs, ...article.sentences, ...article.mentions, ...article.quotes]) {
      assert.equal(text.slice(span.start, span.end), span.text);
    }
  });
});
