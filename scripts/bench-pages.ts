/**
 * `npm run bench:pages`: how much script each page ships, against a bare Next.js page built with
 * the same Next.js in the same run (issue 19: every page within +15 %).
 *   1. builds a bare app (one server-rendered page, no client code of ours) with this project's
 *      Next.js and React, and serves it with `next start`;
 *   2. starts our production server as `npm start` does, on a temporary database with a teacher,
 *      a class, a deck, an assignment and a student with a quiz under way;
 *   3. opens every page in headless Chromium (no cache, no service worker), as the role that sees
 *      it, and sums the script files it loads, gzipped (as they travel), against the bare page's.
 * Prints a table and exits 1 when a page is over the limit.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright";
import { startBenchServer } from "./lib/bench-server";
import { bin, freePort, run, toolEnv } from "./lib/run";

const LIMIT = 1.15;
const bareDir = path.resolve(".sourcebound/bench-bare");

/** A bare App Router app: a layout and one page, nothing on the client but Next.js and React. */
function writeBareApp() {
  rmSync(bareDir, { recursive: true, force: true });
  mkdirSync(path.join(bareDir, "app"), { recursive: true });
  writeFileSync(path.join(bareDir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    path.join(bareDir, "app/layout.jsx"),
    'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(
    path.join(bareDir, "app/page.jsx"),
    'export const dynamic = "force-dynamic";\nexport default function Page() {\n  return <main><h1>A bare page</h1><p>Server-rendered, nothing else.</p></main>;\n}\n',
  );
}

async function serveBareApp(): Promise<{ base: string; stop: () => void }> {
  console.log("▸ Building a bare Next.js page with the same Next.js…");
  writeBareApp();
  if ((await run(bin("next"), ["build", bareDir], { stdio: "ignore" })) !== 0)
    throw new Error("the bare Next.js app did not build");
  const port = await freePort();
  const server = spawn(bin("next"), ["start", bareDir, "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, ...toolEnv, NODE_ENV: "production" },
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { base, stop: () => process.kill(-server.pid!, "SIGTERM") };
}

/** Script bytes a page loads from its own origin: count, raw and gzipped. */
async function scriptBytes(browser: Browser, url: string, cookie?: string) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  if (cookie) {
    const [name, value] = cookie.split(/=(.*)/s);
    await context.addCookies([{ name: name!, value: value!, url }]);
  }
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  const origin = new URL(url).origin;
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && response.url().startsWith(origin))
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok() || new URL(page.url()).pathname !== new URL(url).pathname)
    throw new Error(`${url} did not open (${response?.status()} at ${page.url()})`);
  const files = await Promise.all(bodies);
  await context.close();
  return {
    files: files.length,
    raw: files.reduce((sum, b) => sum + b.length, 0),
    gzip: files.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

const bare = await serveBareApp();
process.on("exit", () => bare.stop());
const { base, db, newUser } = await startBenchServer("pages");
const { createClass } = await import("../lib/classes/classes.server");
const { createAssignment } = await import("../lib/assignments/assignments.server");
const { startPracticeSession } = await import("../lib/study/sessions.server");
const { quickQuiz } = await import("../lib/study/selection");
const { localValue } = await import("../lib/dates");

console.log("▸ A teacher with a class, a deck and an assignment; a student in the class with a quiz under way…");
const teacher = await newUser("Pages Teacher", "teacher");
const student = await newUser("Pages Student", "student");
const { id: classId } = await createClass(teacher.userId, { name: "Pages class", description: null });
await db().enrollment.create({ data: { classId, studentId: student.userId } });
const facts = await db().fact.findMany({ where: { retiredAt: null, ownerId: null }, take: 10, select: { id: true } });
const deck = await db().deck.create({
  data: {
    teacherId: teacher.userId,
    name: "Pages deck",
    factIds: JSON.stringify(facts.map((f) => f.id)),
    itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
    questionsPerAttempt: 5,
  },
});
const assigned = await createAssignment(teacher.userId, {
  classId,
  deckId: deck.id,
  opensAt: localValue(new Date(Date.now() - 86_400_000), "UTC"),
  dueAt: localValue(new Date(Date.now() + 86_400_000), "UTC"),
  timeZone: "UTC",
  attempts: "unlimited",
  scoring: "best",
  answersVisible: "after-question",
  allowLate: false,
});
if (!assigned.ok) throw new Error(assigned.error);
const quiz = await startPracticeSession(student.userId, quickQuiz, "Quick quiz");
if (!quiz.ok) throw new Error(quiz.error);
const article = (await db().article.findFirstOrThrow({ where: { ownerId: null }, select: { id: true } })).id;
// The teacher's own reading, pasted as a teacher would: its page carries the curation workbench.
const { readSource, importArticle } = await import("../lib/articles/articles.server");
const pasted = await readSource({
  kind: "paste",
  text: readFileSync("seeds/articles/001_2a95a0a8ff3325d7.txt", "utf8"),
});
if (!pasted.ok) throw new Error(pasted.error);
const own = await importArticle(teacher.userId, pasted.data, { title: "Pages teacher's article" });
if (!own.ok) throw new Error(own.error);

const pages: { path: string; who: "visitor" | "student" | "teacher" }[] = [
  { path: "/", who: "visitor" },
  { path: "/signin", who: "visitor" },
  { path: "/signup", who: "visitor" },
  { path: "/study", who: "student" },
  { path: `/study/${quiz.data.sessionId}`, who: "student" },
  { path: "/flashcards", who: "student" },
  { path: "/flashcards/stats", who: "student" },
  { path: "/review", who: "student" },
  { path: "/progress", who: "student" },
  { path: "/articles", who: "student" },
  { path: `/articles/${article}`, who: "student" },
  { path: "/account", who: "student" },
  { path: "/classes", who: "teacher" },
  { path: `/classes/${classId}`, who: "teacher" },
  { path: `/classes/${classId}/assignments/${assigned.data.assignmentId}`, who: "teacher" },
  { path: "/decks", who: "teacher" },
  { path: `/decks/${deck.id}`, who: "teacher" },
  { path: "/decks/new", who: "teacher" },
  { path: "/articles/new", who: "teacher" },
  { path: `/articles/${own.data.slug}`, who: "teacher" },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const baseline = await scriptBytes(browser, bare.base + "/");
console.log(
  `\nScript shipped per page, gzipped, against a bare Next.js page (${baseline.files} files, ${kib(baseline.gzip)} gzipped, ${kib(baseline.raw)} raw) built in this run\n`,
);
let over = 0;
for (const { path: pagePath, who } of pages) {
  const cookie = who === "student" ? student.cookie : who === "teacher" ? teacher.cookie : undefined;
  const bytes = await scriptBytes(browser, base + pagePath, cookie);
  const ratio = bytes.gzip / baseline.gzip;
  if (ratio > LIMIT) over++;
  const shown = pagePath.replace(/[a-z0-9]{20,}/g, "[id]");
  console.log(
    `${ratio > LIMIT ? "✖" : "✔"} ${shown.padEnd(44)} ${who.padEnd(8)} ${String(bytes.files).padStart(3)} files ${kib(bytes.gzip).padStart(10)}  ×${ratio.toFixed(2)} (${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(0)} %)`,
  );
}
await browser.close();
console.log(
  `\n${over ? `✖ ${over} page(s) over` : "✔ every page within"} +${Math.round((LIMIT - 1) * 100)} % of the bare page`,
);
process.exit(over ? 1 : 0);
