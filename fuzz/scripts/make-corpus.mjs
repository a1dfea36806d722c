// Writes the committed seed corpus of the fuzz targets (fuzz/corpus/<target>/), once; run from
// the repository root: node fuzz/scripts/make-corpus.mjs. Reads the five seed articles
// (www/samples/) and short texts of MEANTIME, ECB+ and TempEval-3 from ../shared/data, and adds
// the hostile cases of tests/hostile.rs in small form. See fuzz/corpus/SOURCE.md.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { catText, dataDir, root } from "../../bench/corpus.mjs";

const out = join(root, "fuzz/corpus");
const MAX = 3000; // bytes per text: short inputs mutate faster

function cut(text) {
  if (Buffer.byteLength(text) <= MAX) return text;
  const lines = text.split("\n");
  let s = "";
  for (const line of lines) {
    if (Buffer.byteLength(s + line + "\n") > MAX) break;
    s += line + "\n";
  }
  return s || Buffer.from(text).subarray(0, MAX).toString("utf8").replace(/\uFFFD$/, "");
}

const files = (dir, ext) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
const every = (list, n, k) => list.filter((_, i) => i % k === 0).slice(0, n);

const seeds = files(join(root, "www/samples"), ".txt").map((f) => readFileSync(f, "utf8"));
const meantimeDir = join(dataDir, "meantime-en/intra_cross-doc_annotation");
const meantime = {};
for (const topic of readdirSync(meantimeDir).sort()) {
  meantime[topic] = every(files(join(meantimeDir, topic), ".xml"), 6, 5).map((f) => cut(catText(readFileSync(f, "utf8"))));
}
const ecbDir = join(dataDir, "ecbplus/ECB+");
const ecb = {};
for (const topic of readdirSync(ecbDir).sort()) {
  ecb[topic] = every(files(join(ecbDir, topic), ".xml"), 4, 3).map((f) => cut(catText(readFileSync(f, "utf8"))));
}
const teDir = join(dataDir, "tempeval3-platinum/te3-platinum-input");
const tempeval = every(files(teDir, ".TE3input"), 10, 2).map((f) => {
  const xml = readFileSync(f, "utf8");
  const dct = /value="(\d{4}-\d{2}-\d{2})"/.exec(xml)?.[1];
  const body = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "").replace(/<[^>]+>/g, "").trim();
  return { dct, text: cut(body) };
});

const hostile = [
  "", " \n\t ", "\u0000\u0000\u0001\u001f", "A\u200bB\u200d\u2060\ufeff said on Monday.",
  "“Unbalanced quote, said Putin on Thursday.", "„Deutsch“ «français» 「日本語」 ‘single’ “double” \"straight\" 'apostrophe'",
  "مرحبا بالعالم. قال الرئيس يوم الخميس إن «الحرب» يجب أن تنتهي.", "習近平主席は木曜日に電話会談を行った。「停戦が必要だ」と述べた。",
  "!".repeat(2000), ".".repeat(2000), "?!".repeat(1000), "word ".repeat(1500),
  "Share this article\nFacebook Twitter Email\nSubscribe to our newsletter\nCopyright 2025 All rights reserved\n",
  "<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)",
  "1,000,000 people. 3.5% of $12bn on 19 June 2025, June 19, 2025, 2025-06-19, 19/06/2025, 25:99.",
  "MOSCOW, June 20 (Reuters) - Putin said on Thursday that \u201cpeace\u201d was close, Peskov said.",
];

rmSync(out, { recursive: true, force: true });
const write = (target, name, data) => {
  mkdirSync(join(out, target), { recursive: true });
  writeFileSync(join(out, target, name), data);
};
const FF = Buffer.from([0xff]);
const join1 = (parts) => Buffer.concat(parts.flatMap((p, i) => (i ? [FF, Buffer.from(p)] : [Buffer.from(p)])));

seeds.forEach((t, i) => write("article", `seed-${i}`, t));
for (const [topic, texts] of Object.entries(meantime)) texts.forEach((t, i) => write("article", `meantime-${topic.replace("corpus_", "")}-${i}`, t));
for (const [topic, texts] of Object.entries(ecb)) texts.forEach((t, i) => write("article", `ecb-${topic}-${i}`, t));
tempeval.forEach(({ text }, i) => write("article", `tempeval-${i}`, text));
hostile.forEach((t, i) => write("article", `hostile-${i}`, t));
write("article", "hostile-invalid-utf8", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x00, 0x80, 0x2e]));

write("analyze", "seeds-all", join1(seeds.map((t) => cut(t))));
write("analyze", "seeds-dated", join1(seeds.map((t, i) => (i % 2 ? `@2025-06-2${i}\n` : "@@Outlet\n") + cut(t))));
for (const [topic, texts] of Object.entries(meantime)) write("analyze", `meantime-${topic.replace("corpus_", "")}`, join1(texts.slice(0, 4)));
for (const [topic, texts] of Object.entries(ecb)) write("analyze", `ecb-${topic}`, join1(texts));
write("analyze", "tempeval-dated", join1(tempeval.slice(0, 4).map(({ dct, text }) => `@${dct}\n${text}`)));
write("analyze", "hostile-mix", join1([hostile[4], hostile[5], hostile[15], hostile[1], seeds[4]]));
write("analyze", "hostile-bad-date", join1(["@June 20\nPutin spoke.", "@@\nXi spoke."]));
write("analyze", "same-text-twice", join1([seeds[2], seeds[2]]));
console.log(`fuzz corpus written to ${out}`);
