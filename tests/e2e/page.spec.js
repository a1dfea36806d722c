// The page, end to end in headless Chromium: samples, the comparison, editing, files, reloads,
// markup safety, exports, no outside requests, keyboard use.
import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze } from "../../pkg/web/corroborate.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
initSync({ module: readFileSync(`${root}pkg/web/corroborate_bg.wasm`) });
const SAMPLE_DIR = `${root}www/samples/`;
const SAMPLES = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith(".txt")).sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(SAMPLE_DIR + f, "utf8") }));

const facts = (page) => page.locator('[data-testid="fact"]');
const sourcesShown = (page) => page.locator('[data-testid="coverage"] tbody tr');

// The analysis takes well under a second, but a busy test machine can make it slower.
async function done(page, articles) {
  await expect(page.locator("#status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  if (articles) await expect(page.locator("#status")).toContainText(`Analysed ${articles} article`, { timeout: 30_000 });
}

async function addPasted(page, text) {
  await page.getByRole("button", { name: "Add article" }).click();
  const area = page.locator('[data-testid="article-input"]').last().locator("textarea");
  await expect(area).toBeFocused();
  await area.fill(text);
  return area;
}

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (e) => { throw e; });
  await page.goto("/");
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(5);
  await done(page, 5);
});

test("the samples load, labelled, and the overview shows what they agree on and where they differ", async ({ page }) => {
  await expect(page.locator(".sample-badge:visible")).toHaveCount(5);
  await expect(page.locator("#status")).toHaveText(/^Analysed 5 articles in \d+ ms/);
  expect(Number(await page.locator("#status").getAttribute("data-last-run-ms"))).toBeGreaterThan(0);
  await expect(page.getByTestId("event-date")).toContainText("Thursday, 19 June 2025");
  // Counts in the overview match the facts listed.
  for (const status of ["corroborated", "disputed", "single-source"]) {
    const n = Number(await page.getByTestId(`count-${status}`).getAttribute("data-count"));
    await expect(page.locator(`[data-testid="fact"][data-status="${status}"]`)).toHaveCount(n);
  }
  expect(Number(await page.getByTestId("count-corroborated").getAttribute("data-count"))).toBeGreaterThanOrEqual(10);
  // Corroborated first, then disputed, then single-source.
  const order = await facts(page).evaluateAll((els) => els.map((e) => e.dataset.status));
  const rank = { corroborated: 0, disputed: 1, "single-source": 2 };
  expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s])].sort((a, b) => a - b));
  // The condemnation of Israel's strikes is reported by all five.
  const condemn = facts(page).filter({ hasText: /condemn/i }).first();
  await expect(condemn).toHaveAttribute("data-status", "corroborated");
  await expect(condemn).toHaveAttribute("data-sources", "5");
  // The coverage matrix: one row per source, each with a mark for that fact.
  await expect(sourcesShown(page)).toHaveCount(5);
  await expect(sourcesShown(page).first().locator("th .source")).toHaveText("Diaspora Digital Media");
  const col = page.getByTestId("coverage").locator(`thead a[href="#${await condemn.getAttribute("id")}"]`);
  await expect(col).toHaveCount(1);
  // Its column heading opens it in the list.
  await col.click();
  await expect(condemn).toHaveAttribute("open", "");
  await expect(condemn.locator("summary")).toBeFocused();
  // Conflicts: Xi's words worded differently, and an attribution one source does not confirm.
  const wording = page.locator('[data-testid="conflict"][data-kind="quote-wording"]');
  await expect(wording).toContainText("Xi Jinping");
  await expect(wording).toContainText("cease fire");
  await expect(wording).toContainText("cease hostilities");
  await expect(wording.locator("tbody tr")).toHaveCount(2);
  await expect(page.locator('[data-testid="conflict"][data-kind="attribution"]')).toContainText("denied or not confirmed");
  // When the leaders meet next: September 2 in two reports, late August in a third.
  const when = page.locator('[data-testid="conflict"][data-kind="date"]');
  await expect(when).toContainText("September 2");
  await expect(when).toContainText("late August");
  await expect(when.locator("tbody tr")).toHaveCount(3);
  // A date found in the text, or through the other reports, shows under the empty date field.
  const cards = page.locator('[data-testid="article-input"]');
  await expect(cards.nth(1).locator(".found-date")).toHaveText("found: 2025-06-19");
  await expect(cards.nth(2).locator(".found-date")).toHaveText("found: 2025-06-20 (from the other reports)");
  // The quote group shows the word diff with insertions and deletions marked.
  const xi = page.locator('[data-testid="quote-group"][data-verbatim="false"]').filter({ hasText: "Xi Jinping" });
  await expect(xi.locator("del").filter({ hasText: /^\[left out: fire\]$/ })).toHaveCount(1);
  await expect(xi.locator("ins").filter({ hasText: /^\[added: hostilities\]$/ })).toHaveCount(1);
});

test("opening a fact shows its sentences; choosing one marks it in the article text", async ({ page }) => {
  const condemn = facts(page).filter({ hasText: /condemn/i }).first();
  await condemn.locator("summary").click();
  const raven = condemn.locator(".support li").filter({ hasText: "The Raven Report" });
  const span = raven.locator(".span-link").first();
  const said = (await span.textContent()).trim();
  await span.click();
  await expect(page.getByTestId("reader-select")).toHaveValue("003");
  const current = page.locator('[data-testid="reader-text"] mark.current');
  await expect(current).toHaveCount(1);
  await expect(current).toBeFocused();
  expect((await current.textContent()).trim()).toBe(said);
  // Copy the fact with its sources.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await condemn.getByTestId("copy-fact").click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/condemn/i);
  expect(copied).toContain("- The Raven Report: “");
});

test("choosing an entity marks its mentions", async ({ page }) => {
  const ushakov = page.locator('[data-testid="entity"]').filter({ hasText: "Ushakov" }).first();
  await ushakov.locator(".entity-name").click();
  await expect(ushakov.locator(".entity-name")).toHaveAttribute("aria-pressed", "true");
  const marks = page.locator('[data-testid="reader-text"] mark.entity');
  expect(await marks.count()).toBeGreaterThan(0);
  for (const text of await marks.allTextContents()) expect(text).toMatch(/Ushakov|aide/);
  await expect(page.locator(".reader-note")).toContainText("Ushakov");
});

test("pasting a sixth article updates the results without a reload", async ({ page }) => {
  await page.evaluate(() => { window.__sameDocument = true; });
  await addPasted(page, "MOSCOW, June 19 — Xi Jinping and Vladimir Putin spoke by phone for an hour on Thursday. Kremlin aide Yuri Ushakov said both leaders condemned Israel's strikes on Iran.");
  await done(page, 6);
  await expect(sourcesShown(page)).toHaveCount(6);
  await expect(page.getByTestId("reader-select").locator("option")).toHaveCount(6);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await expect(page.locator("#status")).toHaveAttribute("data-edit-to-results-ms", /^\d+(\.\d+)?$/);
});

test("a pasted article, its outlet and date survive a reload", async ({ page }) => {
  await addPasted(page, "Kept across reloads. Two sentences.");
  const card = page.locator('[data-testid="article-input"]').last();
  await card.getByLabel(/^Outlet of/).fill("Local Gazette");
  await card.getByLabel(/^Publication date of/).fill("2025-06-20");
  await done(page, 6);
  await expect(sourcesShown(page).last().locator("th .source")).toHaveText("Local Gazette");
  await page.reload();
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(6);
  await done(page, 6);
  const again = page.locator('[data-testid="article-input"]').last();
  await expect(again.locator("textarea")).toHaveValue("Kept across reloads. Two sentences.");
  await expect(again.getByLabel(/^Outlet of/)).toHaveValue("Local Gazette");
  await expect(again.getByLabel(/^Publication date of/)).toHaveValue("2025-06-20");
  await expect(sourcesShown(page).last().locator("th .source")).toHaveText("Local Gazette");
});

test("dropping a text file adds it as an article", async ({ page }) => {
  const drop = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["Dropped report. It has three sentences. Really."], "dropped.txt", { type: "text/plain" }));
    return dt;
  });
  await page.dispatchEvent("body", "dragenter", { dataTransfer: drop });
  await expect(page.locator("#drop-overlay")).toBeVisible();
  await page.dispatchEvent("body", "drop", { dataTransfer: drop });
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(6);
  await expect(page.locator(".article-label").nth(5)).toHaveText("dropped.txt");
  await done(page, 6);
  await expect(sourcesShown(page).last().locator("th .source")).toHaveText("dropped.txt");
});

test("choosing files adds them; remove, clear and restore samples", async ({ page }) => {
  await page.locator("#file-input").setInputFiles({ name: "chosen.md", mimeType: "text/markdown", buffer: Buffer.from("# Chosen\n\nA chosen report. It is short.") });
  await expect(page.locator(".article-label").nth(5)).toHaveText("chosen.md");
  await done(page, 6);
  await page.getByRole("button", { name: "Remove chosen.md" }).click();
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(5);
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(0);
  await expect(page.locator("#status")).toHaveText("Add an article to start.");
  await expect(page.getByTestId("overview")).toHaveCount(0);
  await page.getByRole("button", { name: "Restore samples" }).click();
  await expect(page.locator('[data-testid="article-input"]')).toHaveCount(5);
  await done(page, 5);
});

test("article text is shown as text, never run as markup", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => { dialogs++; await d.dismiss(); });
  const evil = '<img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> Xi said <b>nothing</b>. Done.';
  await addPasted(page, evil);
  await page.locator('[data-testid="article-input"]').last().getByLabel(/^Outlet of/).fill('<img src=y onerror="window.__pwned=3">');
  await done(page, 6);
  await sourcesShown(page).last().locator("th .source").waitFor();
  await expect(sourcesShown(page).last().locator("th .source")).toHaveText('<img src=y onerror="window.__pwned=3">');
  await page.getByTestId("reader-select").selectOption("a6");
  await expect(page.getByTestId("reader-text")).toHaveText(evil);
  for (const s of await facts(page).filter({ hasText: "<img" }).all()) await s.locator("summary").click();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator("#results img, #results script, #results b, #reader img, #reader script, #reader b").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("an error is shown in place, the text is kept, and the next edit retries", async ({ page }) => {
  await page.evaluate(() => localStorage.setItem("corroborate.articles.v1", JSON.stringify([
    { id: "bad", label: "Bad date", text: "Xi and Putin spoke. It went well.", published: "2025-13-45", sample: false }])));
  await page.reload();
  await expect(page.locator("#error")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("#error")).toContainText("2025-13-45");
  await expect(page.locator("#status")).toHaveAttribute("data-state", "error");
  await expect(page.locator("textarea")).toHaveValue("Xi and Putin spoke. It went well.");
  await page.getByLabel("Publication date of Bad date").fill("2025-06-19");
  await done(page, 1);
  await expect(page.locator("#error")).toBeHidden();
});

test("export downloads JSON equal to analyze() on the same input, and the Markdown report", async ({ page }) => {
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  expect(json.suggestedFilename()).toBe("corroborate-analysis.json");
  const exported = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(exported).toEqual(JSON.parse(JSON.stringify(analyze(SAMPLES))));
  const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Markdown" }).click()]);
  expect(md.suggestedFilename()).toBe("corroborate-report.md");
  expect(readFileSync(await md.path(), "utf8")).toMatch(/^# corroborate report/);
});

test("no request leaves 127.0.0.1 during a full session", async ({ page, baseURL }) => {
  const urls = [];
  page.context().on("request", (r) => urls.push(r.url()));
  await page.reload();
  await done(page, 5);
  await addPasted(page, "Xi and Putin spoke by phone on Thursday. http://example.com/tracker.png was mentioned. <img src=\"https://example.org/x.png\">");
  await done(page, 6);
  await facts(page).first().locator("summary").click();
  await facts(page).first().locator(".span-link").first().click();
  await page.locator(".entity-name").first().click();
  const drop = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["A dropped report about the call."], "d.txt", { type: "text/plain" }));
    return dt;
  });
  await page.dispatchEvent("body", "drop", { dataTransfer: drop });
  await done(page, 7);
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Markdown" }).click()]);
  await page.reload();
  await done(page, 7);
  expect(urls.length).toBeGreaterThan(0);
  const outside = urls.filter((u) => !u.startsWith(baseURL) && !u.startsWith("blob:http://127.0.0.1") && !u.startsWith("data:"));
  expect(outside).toEqual([]);
});

test("keyboard only: Tab reaches every control, with a visible focus", async ({ page }) => {
  test.setTimeout(240_000);
  // Open the first fact with the keyboard, so its sentence buttons are among the controls.
  await page.locator('[data-testid="fact"] summary').first().focus();
  await page.keyboard.press("Enter");
  await expect(facts(page).first()).toHaveAttribute("open", "");
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.__reached = new Set();
    window.__order = [];
    window.__noOutline = [];
    document.addEventListener("focusin", (e) => {
      window.__reached.add(e.target);
      window.__order.push(e.target);
      const style = getComputedStyle(e.target);
      const label = e.target.matches("input[type=file]") ? document.querySelector("label[for=file-input]") : e.target;
      const shown = getComputedStyle(label).outlineStyle !== "none" || style.outlineStyle !== "none";
      if (!shown) window.__noOutline.push(e.target.outerHTML.slice(0, 80));
    });
  });
  // Tab until the focus comes back round to the first control.
  for (let round = 0; round < 60; round++) {
    for (let i = 0; i < 25; i++) await page.keyboard.press("Tab");
    const wrapped = await page.evaluate(() => window.__order.length > 1 && window.__order.indexOf(window.__order[0], 1) > 0);
    if (wrapped) break;
  }
  const missed = await page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex="0"]')]
    .filter((e) => !e.disabled && (e.checkVisibility() || e.matches(".skip, .visually-hidden")) && !window.__reached.has(e))
    .map((e) => e.outerHTML.slice(0, 100)));
  expect(missed).toEqual([]);
  expect(await page.evaluate(() => window.__reached.size)).toBeGreaterThan(100);
  expect(await page.evaluate(() => window.__noOutline)).toEqual([]);
  // Enter on a sentence button shows it, focused, in the article text.
  await facts(page).first().locator(".span-link").first().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-testid="reader-text"] mark.current')).toBeFocused();
});
