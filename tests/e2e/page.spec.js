// The page: samples load and are split into sentences in a worker; pasting, dropping and reloading.
import { expect, test } from "@playwright/test";

const SAMPLE_COUNTS = ["36", "34", "17", "31", "14"];

async function sentenceCounts(page) {
  return page.locator('[data-testid="article-result"]').evaluateAll((els) => els.map((e) => e.dataset.sentences));
}

test.beforeEach(async ({ page }) => {
  page.on("pageerror", (e) => { throw e; });
  await page.goto("/");
  await expect(page.locator('[data-testid="article-result"]')).toHaveCount(5);
});

test("the five samples load and show their sentence counts", async ({ page }) => {
  expect(await sentenceCounts(page)).toEqual(SAMPLE_COUNTS);
  await expect(page.locator("#status")).toContainText("5 articles analysed in");
  const first = page.locator('[data-testid="article-result"]').first();
  await expect(first.locator('[data-testid="sentence-count"]')).toHaveText("36 sentences");
  await first.locator("summary").click();
  await expect(first.locator(".sentences li").nth(2)).toHaveText(
    "Russian President Vladimir Putin and Chinese President Xi Jinping held a phone conversation on Thursday, June 19, 2025, to discuss the escalating crisis in the Middle East.");
});

test("pasting a sixth article adds its count without a reload", async ({ page }) => {
  await page.getByRole("button", { name: "Add article" }).click();
  const area = page.locator('[data-testid="article-input"]').nth(5).locator("textarea");
  await expect(area).toBeFocused();
  await area.fill("Xi and Putin spoke for an hour. Mr. Ushakov briefed the U.S. press. “It went well,” he said.");
  await expect(page.locator('[data-testid="article-result"]')).toHaveCount(6);
  expect(await sentenceCounts(page)).toEqual([...SAMPLE_COUNTS, "3"]);
});

test("a pasted article survives a reload", async ({ page }) => {
  await page.getByRole("button", { name: "Add article" }).click();
  await page.locator('[data-testid="article-input"]').nth(5).locator("textarea").fill("Kept across reloads. Two sentences.");
  await expect(page.locator('[data-testid="article-result"]')).toHaveCount(6);
  await page.reload();
  await expect(page.locator('[data-testid="article-result"]')).toHaveCount(6);
  expect(await sentenceCounts(page)).toEqual([...SAMPLE_COUNTS, "2"]);
});

test("dropping a text file adds it as an article", async ({ page }) => {
  const drop = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["Dropped report. It has three sentences. Really."], "dropped.txt", { type: "text/plain" }));
    return dt;
  });
  await page.dispatchEvent("body", "dragenter", { dataTransfer: drop });
  await page.dispatchEvent("body", "drop", { dataTransfer: drop });
  await expect(page.locator('[data-testid="article-result"]')).toHaveCount(6);
  expect(await sentenceCounts(page)).toEqual([...SAMPLE_COUNTS, "3"]);
  await expect(page.locator(".article-label").nth(5)).toHaveText("dropped.txt");
});

test("article text is shown as text, never run as markup", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => { dialogs++; await d.dismiss(); });
  await page.getByRole("button", { name: "Add article" }).click();
  await page.locator('[data-testid="article-input"]').nth(5).locator("textarea")
    .fill('<img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> Done.');
  await expect(page.locator('[data-testid="article-result"]')).toHaveCount(6);
  const last = page.locator('[data-testid="article-result"]').last();
  await last.locator("summary").click();
  await expect(last.locator(".sentences li").first()).toContainText("<img src=x onerror=");
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator("#results img, #results script").count()).toBe(0);
  expect(dialogs).toBe(0);
});
