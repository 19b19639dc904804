import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";

test.describe("app shell", () => {
  test("the landing page tells a newcomer what the app does @smoke", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Quizzes and flashcards where every answer shows its source.",
    );
    await expect(page.getByRole("main").getByRole("link", { name: "Create a free account" })).toBeVisible();
    await expectAccessible(page);
  });

  test("sends the security headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    const csp = headers["content-security-policy"]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });

  test("an unknown address gets a friendly 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
    await expect(page.getByRole("link", { name: "Back to the home page" })).toBeVisible();
    await expectAccessible(page);
  });

  test("works at 360 px wide without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/signup", "/signin"]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow at ${path}`).toBeLessThanOrEqual(0);
    }
    await expectAccessible(page);
  });

  test("malformed requests to the auth API get a clear 4xx, never a 500", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      data: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBeLessThan(500);
    const unknown = await request.get("/api/auth/not-a-route");
    expect(unknown.status()).toBeLessThan(500);
  });
});
