// Web pages as articles, end to end: a rich paste (text/html) becomes an HTML article whose story is
// read in the worker, with a choice to keep the plain text; .html files in a legacy charset; the
// markup's metadata; what was removed; hostile markup stays inert; reloads and a full storage.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { initSync, analyze } from "../../pkg/web/corroborate.js";
import { decodeHtml } from "../../www/html.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
initSync({ module: readFileSync(`${root}pkg/web/corroborate_bg.wasm`) });
const FIXTURES = `${root}tests/fixtures/html/`;

const cards = (page) => page.locator('[data-testid="article-input"]');
const sourcesShown = (page) => page.locator('[data-testid="coverage"] tbody tr');

async function done(page, articles) {
  await expect(page.locator("#status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
  if (articles) await expect(page.locator("#status")).toContainText(`Analysed ${articles} article`, { timeout: 30_000 });
}

// A fragment as a browser puts it on the clipboard when part of a news page is copied.
const FRAGMENT = `<meta charset="utf-8"><nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>Putin and Xi hold a phone call on Iran</h1>
<div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a> <a href="https://x.com/intent">Share on X</a></div>
<p>MOSCOW, June 19 — Xi Jinping and Vladimir Putin spoke by phone for an hour on Thursday, the Kremlin said.</p>
<p>Kremlin aide Yuri Ushakov said both leaders condemned Israel's strikes on Iran and called for a ceasefire.</p>
</article><footer class="site-footer"><p>© 2025 Example News. All rights reserved.</p></footer>`;
const PLAIN = "Home World Politics\nPutin and Xi hold a phone call on Iran\nShare on Facebook Share on X\n"
  + "MOSCOW, June 19 — Xi Jinping and Vladimir Putin spoke by phone for an hour on Thursday, the Kremlin said.\n"
  + "Kremlin aide Yuri Ushakov said both leaders condemned Israel's strikes on Iran and called for a ceasefire.\n"
  + "© 2025 Example News. All rights reserved.";

/** Dispatches a paste event carrying text/html and text/plain at `target` (a locator). */
async function paste(target, html, plain) {
  await target.evaluate((node, [h, p]) => {
    const data = new DataTransfer();
    data.setData("text/html", h);
    if (p) data.setData("text/plain", p);
    node.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, [html, plain]);
}

async function pasteIntoNewSlot(page, html, plain) {
  await page.getByRole("button", { name: "Add article" }).click();
  const area = cards(page).last().locator("textarea");
  await expect(area).toBeFocused();
  await paste(area, html, plain);
  return cards(page).last();
}

/** Drops files given as { name, type, bytes: number[] } on the page. */
async function drop(page, files) {
  const dt = await page.evaluateHandle((fs) => {
    const data = new DataTransfer();
    for (const f of fs) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return data;
  }, files);
  await page.dispatchEvent("body", "drop", { dataTransfer: dt });
}

/** The story the Node package reads from the same page (decoded as the page decodes it). */
function nodeStory(bytesOrString) {
  const html = typeof bytesOrString === "string" ? bytesOrString : decodeHtml(bytesOrString).html;
  return analyze([{ id: "x", html }]).articles[0];
}

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (e) => { throw e; });
  await page.goto("/");
  await expect(cards(page)).toHaveCount(5);
  await done(page, 5);
});

test("a pasted HTML fragment becomes a web-page article; its story is analysed and what was removed is listed", async ({ page }) => {
  const card = await pasteIntoNewSlot(page, FRAGMENT, PLAIN);
  await expect(card.locator(".html-badge")).toBeVisible();
  await expect(card.locator(".html-badge")).toHaveText(/^HTML · \d+ (B|KB)$/);
  await done(page, 6);
  await expect(sourcesShown(page)).toHaveCount(6);
  // The card shows the story read from the page: the same text the Node package reads.
  const story = nodeStory(FRAGMENT);
  const area = card.locator("textarea");
  await expect(area).toHaveValue(story.text);
  expect(story.text).toContain("Xi Jinping and Vladimir Putin spoke by phone");
  for (const chrome of ["Home", "Politics", "Share on", "All rights reserved"]) expect(story.text).not.toContain(chrome);
  await expect(area).toHaveAttribute("aria-label", "Story read from the web page of Article 6");
  await expect(card.locator(".words")).toHaveText(`${story.text.match(/\S+/g).length} words`);
  // The reader shows that text, and the removed blocks behind a disclosure.
  await card.getByRole("button", { name: /What was removed \(\d+ blocks\)/ }).click();
  await expect(page.getByTestId("reader-select")).toHaveValue("a6");
  await expect(page.getByTestId("reader-text")).toHaveText(story.text);
  const removed = page.getByTestId("removed");
  await expect(removed).toHaveAttribute("open", "");
  await expect(removed.locator("summary")).toBeFocused();
  await expect(removed.locator("summary")).toHaveText(`Removed from the page (${story.page.removed.length} blocks)`);
  const kinds = await removed.locator("li").evaluateAll((lis) => lis.map((li) => li.dataset.kind));
  expect(kinds).toEqual(story.page.removed.map((r) => r.kind));
  for (const kind of ["navigation", "share", "footer"]) expect(kinds).toContain(kind);
  await expect(removed.locator('li[data-kind="share"]')).toContainText("Share on Facebook Share on X");
  await expect(removed.locator('li[data-kind="footer"]')).toContainText("All rights reserved");
  // Marks in the reader index the story read from the page.
  const ushakov = page.locator('[data-testid="entity"]').filter({ hasText: "Ushakov" }).first();
  await ushakov.locator(".entity-name").click();
  await page.getByTestId("reader-select").selectOption("a6");
  for (const text of await page.locator('[data-testid="reader-text"] mark').allTextContents()) expect(text).toMatch(/Ushakov|aide/);
  // The exported JSON reports that text, and every sentence of the article slices it.
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
  const exported = JSON.parse(readFileSync(await json.path(), "utf8")).articles.find((a) => a.id === "a6");
  expect(exported.text).toBe(story.text);
  for (const s of exported.sentences) expect(exported.text.slice(s.start, s.end)).toBe(s.text);

  // The visible choice: keep the plain text of the same paste instead, and back again.
  await expect(card.locator(".html-choice")).toHaveText("Pasted as a web page (HTML) — keep plain text instead");
  await card.getByRole("button", { name: "keep plain text instead" }).click();
  await expect(card.getByRole("button", { name: "use the web page (HTML) instead" })).toBeFocused();
  await expect(card.locator(".html-badge")).toBeHidden();
  await expect(card.locator("textarea")).toHaveValue(PLAIN);
  await expect(card.locator("textarea")).toHaveAttribute("aria-label", "Text of Article 6");
  await done(page, 6);
  await page.getByTestId("reader-select").selectOption("a6");
  await expect(page.getByTestId("reader-text")).toHaveText(PLAIN);
  await expect(page.getByTestId("page-info")).toHaveCount(0);
  await card.getByRole("button", { name: "use the web page (HTML) instead" }).focus();
  await page.keyboard.press("Enter"); // back to the web page, with the keyboard
  await expect(card.locator(".html-badge")).toBeVisible();
  await done(page, 6);
  await expect(card.locator("textarea")).toHaveValue(story.text);
});

test("editing the story read from a page makes it a plain-text article, with a way back", async ({ page }) => {
  const card = await pasteIntoNewSlot(page, FRAGMENT, PLAIN);
  await done(page, 6);
  const area = card.locator("textarea");
  const story = nodeStory(FRAGMENT).text;
  await expect(area).toHaveValue(story);
  await area.press("End");
  await area.pressSequentially(" Edited.");
  await expect(card.locator(".html-badge")).toBeHidden();
  await expect(card.locator(".html-choice")).toContainText("You edited the story, so this is now a plain-text article");
  await done(page, 6);
  await expect(area).toHaveValue(`${story} Edited.`);
  await card.getByRole("button", { name: "back to the web page" }).click();
  await expect(card.locator(".html-badge")).toBeVisible();
  await done(page, 6);
  await expect(area).toHaveValue(story);
  await card.getByRole("button", { name: "use your edited text instead" }).click();
  await expect(area).toHaveValue(`${story} Edited.`);
});

test("a paste into the middle of a text stays plain text; a paste outside any field adds an article", async ({ page }) => {
  const first = cards(page).first();
  await first.locator("summary").click();
  const area = first.locator("textarea");
  await area.evaluate((a) => a.setSelectionRange(5, 5));
  await paste(area, "<b>bold</b>", "bold");
  await expect(first.locator(".html-badge")).toBeHidden();
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await paste(page.locator("body"), FRAGMENT, PLAIN);
  await expect(cards(page)).toHaveCount(6);
  await expect(cards(page).last().locator(".html-badge")).toBeVisible();
  await done(page, 6);
  await expect(cards(page).last().locator("textarea")).toHaveValue(nodeStory(FRAGMENT).text);
});

test("a chosen .html file in windows-1252 decodes correctly", async ({ page }) => {
  const bytes = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1252"><title>Talks at the caf'), Buffer.from([0xe9]),
    Buffer.from(" | Courier</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Talks at the caf"), Buffer.from([0xe9]),
    Buffer.from("</h1><p>"), Buffer.from([0x93]), Buffer.from("We will meet again soon,"), Buffer.from([0x94]),
    Buffer.from(" the minister said at the caf"), Buffer.from([0xe9]), Buffer.from(" on Thursday "), Buffer.from([0x96]),
    Buffer.from(" after the talks.</p></article></body></html>"),
  ]);
  await page.locator("#file-input").setInputFiles({ name: "courier.html", mimeType: "text/html", buffer: bytes });
  const card = cards(page).last();
  await expect(card.locator(".article-label")).toHaveText("courier.html");
  await expect(card.locator(".html-badge")).toHaveText(`HTML · ${bytes.length} B`);
  await done(page, 6);
  const text = "Talks at the café\n\n“We will meet again soon,” the minister said at the café on Thursday – after the talks.";
  await expect(card.locator("textarea")).toHaveValue(text);
  await page.getByTestId("reader-select").selectOption("a6");
  await expect(page.getByTestId("reader-text")).toHaveText(text);
});

test("dropped .html fixtures: the page reads the same story as Node, and the markup's title, outlet and date are shown", async ({ page }) => {
  const names = ["alliance-news.html", "cp1252-report.html"];
  const bytes = names.map((n) => readFileSync(FIXTURES + n));
  await drop(page, names.map((name, i) => ({ name, type: "text/html", bytes: [...bytes[i]] })));
  await expect(cards(page)).toHaveCount(7);
  await done(page, 7);
  for (const [i, b] of bytes.entries()) {
    const story = nodeStory(b);
    const card = cards(page).nth(5 + i);
    await expect(card.locator("textarea")).toHaveValue(story.text);
    await page.getByTestId("reader-select").selectOption(`a${6 + i}`);
    await expect(page.getByTestId("reader-text")).toHaveText(story.text);
  }
  expect(nodeStory(bytes[1]).text).toContain("Moscow’s willingness");
  expect(nodeStory(bytes[1]).text).toContain("“friendly and constructive”");
  expect(nodeStory(bytes[1]).text).toContain("outside a café");
  // JSON-LD and Open Graph: the outlet and date found in the markup, said to be from it.
  const alliance = cards(page).nth(5);
  await expect(alliance.getByLabel(/^Outlet of/)).toHaveAttribute("placeholder", "found: Alliance News (from the page's markup)");
  await expect(alliance.locator(".found-date")).toHaveText("found: 2025-06-20 (from the page's markup)");
  await expect(cards(page).nth(6).getByLabel(/^Outlet of/)).toHaveAttribute("placeholder", "found: The Daily Courier (from the page's markup)");
  await expect(sourcesShown(page).filter({ hasText: "Alliance News" })).not.toHaveCount(0);
  await page.getByTestId("reader-select").selectOption("a6");
  const info = page.getByTestId("page-info");
  await expect(info.locator("dt")).toHaveText(["Title", "Byline", "Authors", "Canonical URL", "Modified"]);
  await expect(info.locator("dd")).toHaveText([
    "Putin, Xi Condemn Israel’s Strikes on Iran, Urge De-escalation and Diplomacy (from the page's markup)",
    "By Staff Reporter · 2025-06-20", "Staff Reporter", "https://news.example/world/2025-06-20/story", "2025-06-20T09:30:00Z"]);
  await expect(info.locator("a")).toHaveCount(0); // the canonical URL is shown, not linked
});

test("hostile markup in a pasted page runs nothing, fetches nothing and adds no elements", async ({ page, baseURL }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => { dialogs++; await d.dismiss(); });
  const urls = [];
  page.context().on("request", (r) => urls.push(r.url()));
  const evil = `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css"><style>body { background: url(https://evil.example/bg.png) }</style>
<script>window.__pwned = 1; alert(1)</script>
<article><h1 onclick="window.__pwned=2">Ceasefire talks <img src="https://evil.example/x.png" onerror="window.__pwned=3;alert(3)"></h1>
<p>The envoys met on Monday <svg onload="window.__pwned=4"><script>window.__pwned=5</script></svg> and spoke for an hour.</p>
<p>Read <a href="javascript:window.__pwned=6">the statement</a> and &lt;img src=x onerror="window.__pwned=7"&gt; as text.</p>
<iframe src="https://evil.example/frame" srcdoc="<script>parent.__pwned=8</script>"></iframe>
<object data="https://evil.example/o.swf"></object><embed src="https://evil.example/e.swf">
<p>Officials said a second round <template><img src=x onerror="window.__pwned=9"></template>would follow.</p>
<form action="https://evil.example/post"><input name="q" onfocus="window.__pwned=10" autofocus></form></article>`;
  const card = await pasteIntoNewSlot(page, evil, "plain");
  await done(page, 6);
  const text = await card.locator("textarea").inputValue();
  expect(text).toContain("The envoys met on Monday");
  expect(text).toContain('<img src=x onerror="window.__pwned=7"> as text.');
  await page.getByTestId("reader-select").selectOption("a6");
  await expect(page.getByTestId("reader-text")).toHaveText(text);
  await page.getByTestId("removed").locator("summary").click();
  await card.locator("textarea").click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll("img, svg, iframe, object, embed, form, base, link[href^=http], meta[http-equiv=refresh], a[href^=javascript]").length)).toBe(0);
  expect(await page.locator("#articles script, #results script, #reader script, #articles style, #reader style").count()).toBe(0);
  expect(urls.filter((u) => !u.startsWith(baseURL) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
  expect(page.url()).toBe(baseURL);
});

test("an HTML article survives a reload; when storage is full it is kept as the story read from it, and the user is told", async ({ page }) => {
  await pasteIntoNewSlot(page, FRAGMENT, PLAIN);
  await done(page, 6);
  const story = nodeStory(FRAGMENT).text;
  await page.reload();
  await expect(cards(page)).toHaveCount(6);
  await done(page, 6);
  const card = cards(page).last();
  await expect(card.locator(".html-badge")).toBeVisible();
  await expect(card.locator("textarea")).toHaveValue(story);
  await expect(card.locator(".html-choice")).toHaveCount(0); // the other form is kept for a session only
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("corroborate.articles.v1")).at(-1));
  expect(saved).toMatchObject({ id: "a6", text: "", html: FRAGMENT });

  // A full storage: the page is kept as its story instead, and a warning says so.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (value.includes('"html"')) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await card.getByLabel(/^Outlet of/).fill("Example News");
  await expect(page.locator("#storage-warning")).toBeVisible();
  await expect(page.locator("#storage-warning")).toContainText("“Article 6” will be the text read from its web page");
  await done(page, 6);
  await expect(page.locator("#storage-warning")).toBeVisible(); // not hidden by the next results
  await page.reload();
  await done(page, 6);
  const after = cards(page).last();
  await expect(after.locator(".html-badge")).toBeHidden();
  await expect(after.locator("textarea")).toHaveValue(story);
  await expect(after.getByLabel(/^Outlet of/)).toHaveValue("Example News");
});

test("a pasted page with no story text is left out and said so; the other articles are still analysed", async ({ page }) => {
  const card = await pasteIntoNewSlot(page, '<meta charset="utf-8"><img src="data:,"><script>x()</script>', "");
  await expect(card.locator(".html-badge")).toBeVisible();
  await done(page, 5);
  await expect(card.locator(".html-problem")).toHaveText("No story text found in this web page; it is left out of the analysis.");
  await expect(page.locator("#error")).toBeHidden();
  await expect(sourcesShown(page)).toHaveCount(5);
  await expect(card.locator(".html-choice")).toHaveCount(0); // nothing plain to keep instead
});
