import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// The page's Content-Security-Policy, from its <meta> in index.html, also sent as a header by
// the dev and preview servers (one source: tests/e2e/security.spec.js checks both).
const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(`${root}index.html`, "utf8"))[1];
const headers = { "Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

export default defineConfig({
  root,
  resolve: {
    // The page uses the package's plain web build (pkg/web), which scripts/build-wasm.mjs makes.
    alias: { "corroborate/web": fileURLToPath(new URL("../pkg/web/corroborate.js", import.meta.url)) },
  },
  server: { host: "127.0.0.1", port: 8080, headers, fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  preview: { host: "127.0.0.1", port: 8080, headers },
  worker: { format: "es" },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
