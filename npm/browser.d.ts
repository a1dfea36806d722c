export { analyze, toMarkdown, version } from "./web/corroborate.js";
export type * from "./web/corroborate.js";
