// Screenshots of the page with the samples, at laptop and phone widths, light and dark,
// written to test-results/screenshots/ for a person to look at.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const out = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));

for (const [name, viewport] of [["laptop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`screenshot ${name} ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expect(page.locator("#status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
      await expect(page.getByTestId("overview")).toBeVisible();
      await page.screenshot({ path: `${out}${name}-${colorScheme}.png`, fullPage: false });
    });
  }
}

// An article read from a web page: its card (badge, story, the choice to keep plain text) and
// the reader's list of what was removed from the page.
for (const [name, viewport, colorScheme] of [["laptop", { width: 1280, height: 800 }, "light"], ["phone", { width: 390, height: 844 }, "dark"]]) {
  test(`screenshot html article ${name} ${colorScheme}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await expect(page.locator("#status")).toHaveAttribute("data-state", "done", { timeout: 30_000 });
    await page.getByRole("button", { name: "Add article" }).click();
    const html = readFileSync(fileURLToPath(new URL("../fixtures/html/alliance-news.html", import.meta.url)), "utf8");
    await page.locator('[data-testid="article-input"]').last().locator("textarea").evaluate((node, h) => {
      const data = new DataTransfer();
      data.setData("text/html", h);
      data.setData("text/plain", "Plain text of the page");
      node.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect(page.locator("#status")).toContainText("Analysed 6 articles", { timeout: 30_000 });
    const card = page.locator('[data-testid="article-input"]').last();
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${out}html-card-${name}-${colorScheme}.png` });
    await card.getByRole("button", { name: /What was removed/ }).click();
    await expect(page.getByTestId("removed").locator("summary")).toBeInViewport();
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${out}html-removed-${name}-${colorScheme}.png`, fullPage: false });
  });
}
