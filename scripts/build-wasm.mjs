// Builds the npm package in pkg/: the WASM module for the web, bundlers and Node
// (wasm-pack), shrunk by wasm-opt -Oz (npm's binaryen), and the package files from npm/.
//   node scripts/build-wasm.mjs            all three targets
//   node scripts/build-wasm.mjs web        only what the page needs
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "pkg");
const targets = { web: "web", bundler: "bundler", node: "nodejs" };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(targets);
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.env.PATH}` };

// The features rustc enables for wasm32 by default; wasm-opt must accept them.
const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"]
  .map((f) => `--enable-${f}`);

for (const dir of wanted) {
  if (!targets[dir]) throw new Error(`unknown target ${dir}; use one of ${Object.keys(targets).join(", ")}`);
  console.log(`build-wasm: wasm-pack build --target ${targets[dir]} -> pkg/${dir}`);
  execFileSync("wasm-pack", ["build", "--release", "--no-pack", "--target", targets[dir], "--out-dir", join(pkg, dir), "--out-name", "corroborate"],
    { cwd: root, stdio: "inherit", env });
  const wasm = join(pkg, dir, "corroborate_bg.wasm");
  const before = statSync(wasm).size;
  execFileSync(join(root, "node_modules/.bin/wasm-opt"), ["-Oz", ...features, wasm, "-o", wasm], { stdio: "inherit" });
  console.log(`build-wasm: wasm-opt -Oz ${before} -> ${statSync(wasm).size} bytes`);
  for (const extra of [".gitignore", "README.md", "LICENSE"]) rmSync(join(pkg, dir, extra), { force: true });
  // Node reads `type` from the nearest package.json: the Node build is CommonJS, the others ES modules.
  writeFileSync(join(pkg, dir, "package.json"), JSON.stringify({ type: dir === "node" ? "commonjs" : "module" }) + "\n");
}

const version = /^version = "([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
const manifest = JSON.parse(readFileSync(join(root, "npm/package.json"), "utf8"));
manifest.version = version;
writeFileSync(join(pkg, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
for (const file of ["browser.js", "browser.d.ts"]) copyFileSync(join(root, "npm", file), join(pkg, file));
for (const file of ["README.md", "LICENSE"]) copyFileSync(join(root, file), join(pkg, file));
const missing = Object.keys(targets).filter((d) => !existsSync(join(pkg, d, "corroborate.js")));
console.log(`build-wasm: pkg/ ready (corroborate ${version})${missing.length ? `; not built: ${missing.join(", ")}` : ""}`);
