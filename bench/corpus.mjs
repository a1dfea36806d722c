// The texts the benchmark runs on, all real news text, read straight from the files:
//   - the five seed articles (www/samples/),
//   - MEANTIME (English Wikinews, CAT XML) and ECB+ (CAT XML) from ../shared/data, as plain text
//     with the conventions of ../shared/eval/meantime.py convert (one sentence a line, tokens
//     joined by one space except around punctuation),
//   - for the scaling clusters also the article-extraction benchmark's ground-truth article
//     bodies and TempEval-3 platinum's input texts, from the same folder.
// Nothing here repeats a text: clusters larger than the number of real articles are made of
// excerpts (runs of consecutive sentences of one article), each sentence used at most once.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
export const dataDir = process.env.CORROBORATE_DATA || join(root, "../shared/data");

const bytes = (s) => Buffer.byteLength(s, "utf8");
export const countWords = (s) => (s.match(/\S+/g) || []).length;

function article(id, source, text) {
  return { id, source, text, bytes: bytes(text), words: countWords(text) };
}

/** The five seed articles of the page. */
export function seedArticles() {
  const dir = join(root, "www/samples");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((f) => article(`seed/${f.slice(0, 3)}`, "seed", readFileSync(join(dir, f), "utf8")));
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "n't",
  "'re", "'ve", "'ll", "'d", "'m", "''", "...", "\u201d", "\u2019"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "``", "`", "\u201c"]);

function unescapeXml(s) {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (m, e) => {
    const named = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e.toLowerCase()];
    if (named) return named;
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** A CAT XML document (MEANTIME, ECB+) as plain text, as meantime.py convert writes it. */
export function catText(xml) {
  const tokens = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const attr = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(m[1])?.[1] ?? 0);
    tokens.push({ sentence: attr("sentence"), number: attr("number"), text: unescapeXml(m[2]) });
  }
  tokens.sort((a, b) => a.sentence - b.sentence || a.number - b.number);
  let out = "";
  let prevSentence = null;
  let prevToken = null;
  let prevOpenQuote = false;
  let quotes = 0;
  for (const { sentence, text } of tokens) {
    const isQuote = text === '"';
    const opening = isQuote && quotes % 2 === 0;
    if (isQuote) quotes++;
    if (prevSentence !== null) {
      if (sentence !== prevSentence) out += "\n";
      else if (!(NO_SPACE_BEFORE.has(text) || (isQuote && !opening) || NO_SPACE_AFTER.has(prevToken) || prevOpenQuote)) out += " ";
    }
    out += text;
    prevSentence = sentence;
    prevToken = text;
    prevOpenQuote = opening;
  }
  return out + "\n";
}

function xmlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return xmlFiles(path);
    return e.name.endsWith(".xml") ? [path] : [];
  }).sort();
}

/** MEANTIME English, both clusters (airbus, apple): 60 Wikinews articles. */
export function meantimeArticles() {
  return xmlFiles(join(dataDir, "meantime-en/intra_cross-doc_annotation"))
    .map((p) => article(`meantime/${basename(p, ".xml").split("_")[0]}`, "meantime", catText(readFileSync(p, "utf8"))))
    .filter((a) => a.words > 0);
}

/** ECB+ topics 36–40: 102 articles by several outlets. */
export function ecbArticles() {
  return xmlFiles(join(dataDir, "ecbplus/ECB+"))
    .map((p) => article(`ecb/${basename(p, ".xml")}`, "ecb+", catText(readFileSync(p, "utf8"))))
    .filter((a) => a.words > 0);
}

/** The article-extraction benchmark's ground-truth main texts (91 articles of many outlets). */
export function extractionBenchmarkArticles() {
  const path = join(dataDir, "article-extraction-benchmark/ground-truth.json");
  if (!existsSync(path)) return [];
  return Object.entries(JSON.parse(readFileSync(path, "utf8")))
    .filter(([, v]) => typeof v.articleBody === "string" && v.articleBody.trim())
    .map(([k, v]) => article(`aeb/${k.slice(0, 12)}`, "aeb", v.articleBody));
}

/** TempEval-3 platinum's input (20 news articles): title and text, markup removed. */
export function tempevalArticles() {
  const dir = join(dataDir, "tempeval3-platinum/te3-platinum-input");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((f) => {
    const xml = readFileSync(join(dir, f), "utf8");
    const part = (tag) => unescapeXml((new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? "").replace(/<[^>]+>/g, "")).trim();
    return article(`tempeval/${f.split(".")[0]}`, "tempeval", `${part("TITLE")}\n\n${part("TEXT")}\n`);
  }).filter((a) => a.words > 0);
}

/** The per-article throughput corpus: MEANTIME and ECB+. */
export function extractionCorpus() {
  return [...meantimeArticles(), ...ecbArticles()];
}

/** Every real article there is, for the scaling clusters. */
export function scalingPool() {
  return [...seedArticles(), ...meantimeArticles(), ...ecbArticles(), ...extractionBenchmarkArticles(), ...tempevalArticles()];
}

/** Sentences of a text, roughly (line breaks, then ., ! or ? before a capital). */
export function roughSentences(text) {
  return text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[A-Z0-9])/))
    .map((s) => s.trim()).filter((s) => s.length > 0);
}

/** `n` items spread evenly over `list` (so every source is represented), in list order. */
export function spread(list, n) {
  if (n > list.length) throw new Error(`asked for ${n} items out of ${list.length}`);
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

/**
 * Excerpts of `pool` for clusters up to `largest` articles: every article cut into runs of
 * `size` consecutive sentences (three to a paragraph), the largest `size` that still gives
 * `largest` excerpts. No sentence is in two excerpts.
 */
export function excerpts(pool, largest) {
  const sentences = pool.map((a) => ({ a, s: roughSentences(a.text) }));
  const cut = (size) => sentences.flatMap(({ a, s }) => {
    const out = [];
    for (let i = 0; i + size <= s.length; i += size) {
      const run = s.slice(i, i + size);
      const paras = [];
      for (let j = 0; j < run.length; j += 3) paras.push(run.slice(j, j + 3).join(" "));
      out.push(article(`${a.id}#${i / size}`, a.source, paras.join("\n\n") + "\n"));
    }
    return out;
  });
  for (let size = 40; size >= 1; size--) {
    const list = cut(size);
    if (list.length >= largest) return { size, list, sentences: sentences.reduce((n, x) => n + x.s.length, 0) };
  }
  throw new Error(`the data has fewer than ${largest} sentences`);
}

export const totals = (list) => ({
  articles: list.length,
  bytes: list.reduce((n, a) => n + a.bytes, 0),
  words: list.reduce((n, a) => n + a.words, 0),
});
