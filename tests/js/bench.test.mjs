// A smoke run of the benchmark (bench/run.mjs --smoke): tiny input, one pass, so the harness
// keeps working. It asserts that every part ran and wrote its table, never a figure:
// the tests time nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

test("npm run bench -- --smoke runs every part and writes its report", { timeout: 300_000 }, () => {
  const out = join(root, "bench/out/smoke.md");
  rmSync(out, { force: true });
  const stdout = execFileSync("node", ["bench/run.mjs", "--smoke", "--out", out],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 280_000 });
  const report = readFileSync(out, "utf8");
  assert.equal(stdout.trim(), report.trim());
  for (const part of ["## Targets", "## Per-article extraction", "## Cross-source scaling", "## Size"]) {
    assert.ok(report.includes(part), `the report has ${part}`);
  }
  assert.match(report, /\| seed articles \| 5 articles, [\d.]+ MB \| corroborate \(WASM\) \| \d/);
  if (existsSync(process.env.CHROMIUM || "/usr/bin/chromium")) assert.ok(report.includes("## Page latency"));
});
