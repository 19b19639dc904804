import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signOut, signUp, uniqueEmail } from "./support";

/** The ratings waiting on the device, as the page says them (data-waiting on its status line). */
const waiting = (page: Page) => page.locator("[data-waiting]");

/** The device's unsent ratings, read straight from IndexedDB (components/flashcards/offline-store.ts). */
const outbox = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open("sourcebound-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("outbox").objectStore("outbox").getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );

test("offline flashcards on a phone: five ratings wait on the device through a reload, sync once back online, and count once @smoke", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signUp(page, {
    name: "Olzhas Offline",
    email: uniqueEmail("offline"),
    password: "steppe-river-lantern-42",
    role: "Student",
  });
  await expect(page).toHaveURL(/\/study$/);

  // Online once: the service worker takes over and the page and its next day of cards are kept.
  await page.goto("/flashcards");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator("#card-front")).toBeVisible();

  await context.setOffline(true);
  const rated: string[] = [];
  for (let n = 0; n < 5; n++) {
    rated.push((await page.locator("#card-front").textContent())!);
    await page.getByRole("button", { name: /Show answer/ }).tap();
    await expect(page.locator("figure mark")).toBeVisible(); // the passage, from the device
    await page.getByRole("button", { name: /3 Good/ }).tap();
    await expect(page.locator("#card-front")).not.toHaveText(rated.at(-1)!);
  }
  expect(new Set(rated).size).toBe(5);
  await expect(waiting(page)).toHaveAttribute("data-waiting", "5");
  await expect(waiting(page)).toContainText("You are offline. 5 ratings saved on this device");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/flashcards-offline-360.png", fullPage: true });

  // A reload offline: the saved page, still five waiting, and none of the rated cards again.
  await page.reload();
  await expect(waiting(page)).toHaveAttribute("data-waiting", "5");
  expect(rated).not.toContain(await page.locator("#card-front").textContent());
  const queued = await outbox(page);
  expect(queued).toHaveLength(5);

  // A quiz offline says plainly that it needs a connection.
  await page.goto("/study");
  await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
  await expect(page.getByText("Quizzes need a connection")).toBeVisible();
  await expectAccessible(page);

  // Back online: the ratings go by themselves, and the device forgets them.
  await page.goto("/flashcards");
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(waiting(page)).toHaveAttribute("data-waiting", "0");
  expect(await outbox(page)).toHaveLength(0);

  // The server counted exactly five; the same queue sent again changes nothing.
  const again = await page.request.post("/api/flashcards/reviews", {
    data: {
      userId: (queued[0] as Record<string, string>).userId,
      sentAt: new Date().toISOString(),
      reviews: (queued as Record<string, string>[]).map((r) => ({
        reviewId: r.reviewId,
        factId: r.factId,
        grade: r.grade,
        reviewedAt: r.reviewedAt,
      })),
    },
  });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ applied: [], gone: [] });
  expect(((await again.json()) as { repeated: string[] }).repeated).toHaveLength(5);
  // Bad input is refused with a message and changes nothing.
  const malformed = await page.request.post("/api/flashcards/reviews", {
    data: {
      userId: (queued[0] as Record<string, string>).userId,
      sentAt: new Date().toISOString(),
      reviews: [{ reviewId: "not-a-uuid", factId: "a000-un-injured", grade: 9, reviewedAt: "yesterday" }],
    },
  });
  expect(malformed.status()).toBe(400);
  // Another account's queue (a shared device) is refused, never applied to whoever is signed in.
  const foreign = await page.request.post("/api/flashcards/reviews", {
    data: {
      userId: "cm0another0account0000000",
      sentAt: new Date().toISOString(),
      reviews: [
        { reviewId: crypto.randomUUID(), factId: "a000-un-injured", grade: 3, reviewedAt: new Date().toISOString() },
      ],
    },
  });
  expect(foreign.status()).toBe(409);
  expect(((await malformed.json()) as { error: string }).error).toMatch(/\w/);
  await page.goto("/flashcards/stats");
  await expect(page.getByRole("definition").first()).toHaveText("5");

  // Signing out leaves nothing of the student on the device.
  await page.goto("/flashcards");
  await signOut(page);
  const leftover = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    pages: await Promise.all(
      ["pages", "pages-rsc"].map(async (name) =>
        (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname),
      ),
    ),
  }));
  expect(leftover.databases).not.toContain("sourcebound-offline");
  // At most the public home page, saved again after signing out.
  expect(leftover.pages.flat().filter((path) => path !== "/")).toEqual([]);
  await context.close();
});
