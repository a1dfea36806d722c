// What the `.wasm` is made of: the code of each crate (and of corroborate's own pipeline stages)
// and the data, read from the function names rustc leaves in the unoptimised module
// (target/wasm32-unknown-unknown/release/corroborate.wasm, before wasm-bindgen and wasm-opt).
// Shares of that module, not of the shipped one: wasm-opt shrinks all parts, not equally.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

function leb(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, pos];
  }
}

function name(buf, pos) {
  const [len, at] = leb(buf, pos);
  return [buf.toString("utf8", at, at + len), at + len];
}

/** The sections of a module: [{ id, name (custom ones), start, end }]. */
function sections(buf) {
  const out = [];
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, body] = leb(buf, pos + 1);
    const section = { id, start: body, end: body + size };
    if (id === 0) [section.name, section.contentStart] = name(buf, body);
    out.push(section);
    pos = body + size;
  }
  return out;
}

/** The crate (or `corroborate::stage`) a mangled Rust symbol belongs to. */
export function owner(symbol) {
  let path = [];
  const legacy = /^_ZN(.*)E$/.exec(symbol);
  if (legacy) {
    let rest = legacy[1];
    while (/^\d/.test(rest)) {
      const n = Number(/^\d+/.exec(rest)[0]);
      const start = String(n).length;
      path.push(rest.slice(start, start + n));
      rest = rest.slice(start + n);
    }
  } else if (symbol.startsWith("_R")) {
    // v0 mangling: a crate root is `Cs<hash>_<length><name>`, then `<length><name>` per module.
    const root = /Cs[0-9A-Za-z]+_(\d+)([A-Za-z_][A-Za-z0-9_]*)/.exec(symbol);
    if (root) {
      const crate = root[2].slice(0, Number(root[1]));
      const next = /^(\d+)([A-Za-z_][A-Za-z0-9_]*)/.exec(root[2].slice(crate.length));
      path = [crate, ...(next ? [next[2].slice(0, Number(next[1]))] : [])];
    }
  } else {
    path = symbol.split("::");
  }
  // `<T as Trait>::f` and `<impl …>` start with `$LT$`: their first crate is the one implemented for.
  const words = path.join("::").replace(/\$LT\$|\$u20\$/g, " ").replace(/\.\./g, "::")
    .split(/[^A-Za-z0-9_:]+/).filter(Boolean);
  const first = words.find((w) => /^[a-z_][a-z0-9_]*::/.test(w)) ?? words[0] ?? symbol;
  const parts = first.split("::");
  if (parts[0] === "corroborate" && parts[1]) return `corroborate::${parts[1]}`;
  if (["core", "alloc", "std", "hashbrown", "__rustc", "__rdl_alloc", "__rg_alloc"].includes(parts[0])) {
    // Generic std code instantiated for a crate's types (drop, Vec, sort, iterators) counts apart.
    const other = words.map((w) => w.split("::")[0]).find((c) => /^(corroborate|serde_json|serde_core|html5gum|similar|js_sys|wasm_bindgen)$/.test(c));
    return other ? `std generics for ${other}` : "std (core, alloc)";
  }
  return parts[0] || "(unnamed)";
}

/**
 * `{ code: [{ owner, bytes, gzip }], data, total, codeTotal }` for the unoptimised module at `path`,
 * or null if it has no function names.
 */
export function wasmComposition(path) {
  const buf = readFileSync(path);
  const all = sections(buf);
  let imported = 0;
  const importSection = all.find((s) => s.id === 2);
  if (importSection) {
    let [count, pos] = leb(buf, importSection.start);
    for (let i = 0; i < count; i++) {
      [, pos] = name(buf, pos);
      [, pos] = name(buf, pos);
      const kind = buf[pos++];
      if (kind === 0) { [, pos] = leb(buf, pos); imported++; }
      else if (kind === 1) { pos += 1; const flags = buf[pos++]; [, pos] = leb(buf, pos); if (flags & 1) [, pos] = leb(buf, pos); }
      else if (kind === 2) { const flags = buf[pos++]; [, pos] = leb(buf, pos); if (flags & 1) [, pos] = leb(buf, pos); }
      else if (kind === 3) pos += 2;
      else if (kind === 4) { pos += 1; [, pos] = leb(buf, pos); }
    }
  }
  const names = new Map();
  const nameSection = all.find((s) => s.id === 0 && s.name === "name");
  if (!nameSection) return null;
  let pos = nameSection.contentStart;
  while (pos < nameSection.end) {
    const sub = buf[pos];
    const [size, body] = leb(buf, pos + 1);
    if (sub === 1) {
      let [count, p] = leb(buf, body);
      for (let i = 0; i < count; i++) {
        let idx;
        let fn;
        [idx, p] = leb(buf, p);
        [fn, p] = name(buf, p);
        names.set(idx, fn);
      }
    }
    pos = body + size;
  }
  const code = all.find((s) => s.id === 10);
  const groups = new Map();
  let [count, p] = leb(buf, code.start);
  for (let i = 0; i < count; i++) {
    const [size, body] = leb(buf, p);
    const fn = names.get(imported + i) ?? "";
    p = body + size;
    if (fn.startsWith("__wbindgen_describe")) continue; // read and removed by wasm-bindgen
    const who = owner(fn);
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push(buf.subarray(body, p));
  }
  const data = all.filter((s) => s.id === 11).reduce((n, s) => n + s.end - s.start, 0);
  const rows = [...groups].map(([who, bodies]) => {
    const joined = Buffer.concat(bodies);
    return { owner: who, bytes: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
  }).sort((a, b) => b.bytes - a.bytes);
  const dataSection = all.find((s) => s.id === 11);
  const dataGzip = dataSection ? gzipSync(buf.subarray(dataSection.start, dataSection.end), { level: 9 }).length : 0;
  return { code: rows, codeTotal: rows.reduce((n, r) => n + r.bytes, 0), data, dataGzip };
}
