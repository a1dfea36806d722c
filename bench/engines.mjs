// What each engine does to one article, so they all run on the same texts in the same process.
// corroborate: the WASM analyze() of the Node build (pkg/node). The competitors, pinned in
// package.json's devDependencies, are loaded only when installed.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** corroborate's Node build, and its WebAssembly memory (captured as the glue instantiates it). */
export function loadCorroborate(root) {
  const Original = WebAssembly.Instance;
  let instance = null;
  WebAssembly.Instance = class extends Original {
    constructor(module, imports) {
      super(module, imports);
      instance = this;
    }
  };
  let mod;
  try {
    mod = require(join(root, "pkg/node/corroborate.js"));
  } finally {
    WebAssembly.Instance = Original;
  }
  const memory = instance?.exports?.memory;
  return {
    name: "corroborate (WASM)",
    version: mod.version(),
    analyze: mod.analyze,
    /** Every layer of one article: sentences, entities, times, quantities, quotes, claims. */
    one: (a) => mod.analyze([{ id: a.id, text: a.text }]),
    /** Bytes of WebAssembly linear memory (it only grows), or null when it could not be seen. */
    wasmMemory: () => (memory ? memory.buffer.byteLength : null),
  };
}

const root = fileURLToPath(new URL("..", import.meta.url));

/** The installed version of an npm package of the workspace, or null (some export no package.json). */
function installedVersion(name) {
  const path = join(root, "node_modules", name, "package.json");
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")).version : null;
}

/** compromise with its dates and numbers plugins: people, places, organisations, quotations, dates, numbers. */
export async function loadCompromise() {
  if (!installedVersion("compromise") || !installedVersion("compromise-dates")) return null;
  const nlp = (await import("compromise")).default;
  nlp.plugin((await import("compromise-dates")).default);
  const numbersVersion = installedVersion("compromise-numbers");
  if (numbersVersion) nlp.plugin((await import("compromise-numbers")).default);
  return {
    name: "compromise",
    version: `${installedVersion("compromise")} + dates ${installedVersion("compromise-dates")}${numbersVersion ? ` + numbers ${numbersVersion}` : ""}`,
    one: (a) => {
      const doc = nlp(a.text);
      return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array"),
        doc.quotations().out("array"), doc.dates().get(), doc.numbers().get()];
    },
  };
}

/** wink-nlp with its English web model: entities and sentences. */
export async function loadWink() {
  if (!installedVersion("wink-nlp") || !installedVersion("wink-eng-lite-web-model")) return null;
  const winkNLP = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    name: "wink-nlp",
    version: `${installedVersion("wink-nlp")} + wink-eng-lite-web-model ${installedVersion("wink-eng-lite-web-model")}`,
    one: (a) => {
      const doc = nlp.readDoc(a.text);
      return [doc.entities().out(its.detail), doc.sentences().out()];
    },
  };
}

/** Browser bundles of the competitors (esbuild, minified), for the size table. */
export const BUNDLES = {
  "compromise + dates + numbers": {
    needs: ["compromise", "compromise-dates", "compromise-numbers"],
    source: `import nlp from "compromise"; import dates from "compromise-dates"; import numbers from "compromise-numbers";
nlp.plugin(dates); nlp.plugin(numbers); export default nlp;`,
  },
  "wink-nlp + wink-eng-lite-web-model": {
    needs: ["wink-nlp", "wink-eng-lite-web-model"],
    source: `import winkNLP from "wink-nlp"; import model from "wink-eng-lite-web-model"; export default winkNLP(model);`,
  },
};

export { installedVersion };
