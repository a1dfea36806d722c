// The default browser entry: loads the WebAssembly module once (top-level await), so
// `import { analyze } from "corroborate"` works in Vite, webpack 5 and plain <script type="module">.
import init, { analyze, toMarkdown, version } from "./web/corroborate.js";

await init({ module_or_path: new URL("./web/corroborate_bg.wasm", import.meta.url) });

export { analyze, toMarkdown, version };
