// The page against hostile input (issue 7): XSS payloads pasted as article text, outlet and URL
// never run and show as text; the Content-Security-Policy forbids inline script and outside
// origins, in the <meta> and as the server's header; a crashed worker is reported, replaced,
// and the user's articles survive it (on the page and in storage).
import { expect, test } from "@playwright/test";

const STORE = "corroborate.articles.v1";
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"><circle r=1 /></svg>',
  '<svg><script>window.__pwned=4</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  '<a href="javascript:window.__pwned=6">click</a>',
  '"><body onload="window.__pwned=7">',
  "javascript:window.__pwned=8",
  "{{constructor.constructor('window.__pwned=9')()}}",
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=10">',
];

async function done(page, articles) {
  await expect(page.locator("#status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  if (articles) await expect(page.locator("#status")).toContainText(`Analysed ${articles} article`, { timeout: 30_000 });
}

/** Watches for what must not happen: dialogs, CSP violations, page errors. */
function watch(page) {
  const seen = { dialogs: 0, errors: [] };
  page.on("dialog", async (d) => { seen.dialogs++; await d.dismiss(); });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  return seen;
}

test.beforeEach(async ({ page }) => {
  // Record CSP violations from the start, so a blocked inline script or style is seen too.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test("XSS payloads as article text, outlet and URL never run and show as text", async ({ page }) => {
  const seen = watch(page);
  await page.goto("/");
  await done(page, 5);
  await page.getByRole("button", { name: "Clear all" }).click();
  const text = `Xi Jinping and Vladimir Putin spoke on Thursday. ${PAYLOADS.join(" ")} “A ceasefire is needed,” Xi said.`;
  for (const [i, payload] of PAYLOADS.slice(0, 4).entries()) {
    await page.getByRole("button", { name: "Add article" }).click();
    const card = page.locator('[data-testid="article-input"]').last();
    await card.locator("textarea").fill(`${payload} ${text}`);
    await card.getByLabel(/^Outlet of/).fill(PAYLOADS[(i + 4) % PAYLOADS.length]);
    await card.getByLabel(/^URL of/).fill(PAYLOADS[(i + 7) % PAYLOADS.length]);
  }
  await done(page, 4);
  // Open every fact and show every article, so each payload reaches the DOM somewhere.
  for (const summary of await page.locator('[data-testid="fact"] summary').all()) await summary.click();
  const ids = await page.getByTestId("reader-select").locator("option").evaluateAll((os) => os.map((o) => o.value));
  for (const id of ids) {
    await page.getByTestId("reader-select").selectOption(id);
    await expect(page.getByTestId("reader-text")).toContainText("<script>window.__pwned=1</script>");
  }
  await expect(page.locator("#results")).toContainText('<img src=x onerror="window.__pwned=2">');
  for (const outlet of PAYLOADS.slice(4, 8)) await expect(page.locator("#results")).toContainText(outlet);
  await page.waitForTimeout(300); // an onerror or onload would have fired by now
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  const injected = "script, img, svg, iframe, math, body body, a[href^='javascript']";
  expect(await page.locator(`#results :is(${injected}), #reader :is(${injected}), #articles :is(${injected})`).count()).toBe(0);
  expect(seen.dialogs).toBe(0);
  expect(seen.errors).toEqual([]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  // Stored as typed, returned as text after a reload.
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORE);
  expect(stored.map((a) => a.url)).toEqual([7, 8, 9, 0].map((k) => PAYLOADS[k % PAYLOADS.length]));
  await page.reload();
  await done(page, 4);
  await expect(page.locator('[data-testid="article-input"]').first().locator("textarea")).toHaveValue(`${PAYLOADS[0]} ${text}`);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test("the Content-Security-Policy forbids inline script and outside origins, in the page and the header", async ({ page }) => {
  const response = await page.goto("/");
  await done(page, 5);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(CSP);
  expect(response.headers()["content-security-policy"]).toBe(CSP);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // The policy holds: an inline script and an outside script are refused.
  const blocked = await page.evaluate(async () => {
    const inline = document.createElement("script");
    inline.textContent = "window.__inline = 1";
    document.body.append(inline);
    const outside = document.createElement("script");
    outside.src = "https://example.com/x.js";
    const refused = new Promise((resolve) => { outside.onerror = () => resolve(true); });
    document.body.append(outside);
    return { inline: window.__inline, outside: await refused };
  });
  expect(blocked).toEqual({ inline: undefined, outside: true });
  const directives = Object.fromEntries(CSP.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
  expect(directives["script-src"]).toBe("'self' 'wasm-unsafe-eval'"); // WebAssembly needs the second, nothing else
  expect(CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|blob:/);
  const violations = await page.evaluate(() => window.__violations);
  expect(violations.some((v) => v.startsWith("script-src"))).toBe(true);
  // The page itself needs no exception: nothing was refused before the probes above.
  expect(violations.every((v) => v.startsWith("script-src"))).toBe(true);
});

test("a crashed worker is reported and replaced; the articles are kept and the next analysis works", async ({ page }) => {
  const seen = watch(page);
  // The first worker the page starts crashes on its first message (a real uncaught error in
  // the worker); every later one is the real worker.
  let starts = 0;
  await page.route(/\/worker\.js(\?|$)/, async (route) => {
    starts++;
    if (starts > 1) return route.continue();
    await route.fulfill({
      contentType: "text/javascript",
      body: 'self.onmessage = () => { throw new Error("worker crash-test"); };',
    });
  });
  await page.goto("/");
  await expect(page.locator("#error")).toContainText("The analysis stopped unexpectedly", { timeout: 30_000 });
  await expect(page.locator("#error")).toContainText("worker crash-test");
  await expect(page.locator("#status")).toHaveAttribute("data-state", "error");
  await expect(page.locator("#status")).toContainText("restarted; your articles are kept");
  expect(starts).toBe(2);
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(5);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORE);
  expect(stored).toHaveLength(5);
  // The next edit is analysed by the new worker.
  await page.getByRole("button", { name: "Add article" }).click();
  await page.locator('[data-testid="article-input"]').last().locator("textarea").fill("Xi and Putin spoke by phone on Thursday. They agreed.");
  await done(page, 6);
  await expect(page.locator("#error")).toBeHidden();
  // Saved after a short pause in typing.
  await expect.poll(async () => (await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), STORE)).length).toBe(6);
  expect(seen.errors).toEqual([]);
});

test("a WebAssembly trap in the worker is reported the same way and the worker replaced", async ({ page }) => {
  // The first worker answers as the real one does when the module traps (a panic or memory
  // exhausted: a WebAssembly.RuntimeError), by really running a trapping module.
  let starts = 0;
  await page.route(/\/worker\.js(\?|$)/, async (route) => {
    starts++;
    if (starts > 1) return route.continue();
    // (module (func (export "f") unreachable))
    const trap = "AGFzbQEAAAABBAFgAAADAgEABwUBAWYAAAoFAQMAAAs=";
    await route.fulfill({
      contentType: "text/javascript",
      body: `self.onmessage = async ({ data }) => {
        try {
          const bytes = Uint8Array.from(atob("${trap}"), (c) => c.charCodeAt(0));
          (await WebAssembly.instantiate(bytes)).instance.exports.f();
        } catch (error) {
          const crashed = error instanceof WebAssembly.RuntimeError;
          self.postMessage({ type: data.type, seq: data.seq, ok: false, crashed, message: error.message });
        }
      };`,
    });
  });
  await page.goto("/");
  await expect(page.locator("#error")).toContainText("The analysis stopped unexpectedly: unreachable", { timeout: 30_000 });
  expect(starts).toBe(2);
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(5);
  await page.locator('[data-testid="article-input"]').first().locator("summary").click();
  await page.locator('[data-testid="article-input"]').first().locator("textarea").press("End");
  await page.locator('[data-testid="article-input"]').first().locator("textarea").pressSequentially(" More.");
  await done(page, 5);
  await expect(page.locator("#error")).toBeHidden();
});
