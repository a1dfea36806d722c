import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // The page uses the package's plain web build (pkg/web), which scripts/build-wasm.mjs makes.
    alias: { "corroborate/web": fileURLToPath(new URL("../pkg/web/corroborate.js", import.meta.url)) },
  },
  server: { host: "127.0.0.1", port: 8080, fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
  preview: { host: "127.0.0.1", port: 8080 },
  worker: { format: "es" },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
