// Screenshots of the page with the samples, at laptop and phone widths, light and dark,
// written to test-results/screenshots/ for a person to look at.
import { expect, test } from "@playwright/test";
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
