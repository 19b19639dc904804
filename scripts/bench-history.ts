/**
 * `npm run bench:history [-- --sqlite-only]`: pages that stay fast for a student with a year of history.
 *
 * For SQLite and then PostgreSQL (a throw-away cluster), each in a child process: starts the
 * production server the way `npm start` does on a temporary database, seeds (raw inserts, the way
 * the app writes its rows) a database of 1,000,000 answers with
 *   - a heavy student: a year of daily study, 1,668 quizzes (1,000 attempts at 20 assignments of
 *     their class, 668 practice quizzes) with 33,360 answers and 18,708 flashcard reviews,
 *   - a fresh student in the same class: one quiz of 20 answers and 10 reviews,
 *   - a catching-up student: 1,000 quiz answers not yet fed to their flashcards,
 *   - 30 classmates whose practice fills the database to 1,000,000 answers,
 * writes the progress sums with the app's own rebuild (`npm start` does the same on an upgrade),
 * then times every student page and action, heavy and fresh, 20 sequential requests each after
 * warm-up, in the same run, and the flashcard feed catching up 1,000 answers. Targets (issue 16):
 * every page within 2× the fresh student's p50, p95 under 150 ms (SQLite) / 250 ms (PostgreSQL),
 * the feed under 1 s.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { percentile, serverActionId, startBenchServer } from "./lib/bench-server";
import { bin } from "./lib/run";
import { openSink, seededRandom, seedQuiz, type Value } from "./lib/seed-answers";

const TOTAL_ANSWERS = 1_000_000;
const QUESTIONS = 20;
const ASSIGNMENTS = 20;
const ATTEMPTS_PER_ASSIGNMENT = 50;
const HEAVY_PRACTICE = 668;
const HEAVY_REVIEWS = 18_708;
const CLASSMATES = 30;
const CATCH_UP_ANSWERS = 1_000;
const RUNS = 20;
const WARM_UP = 3;
const DAY = 86_400_000;
const targets = { ratio: 2, sqliteP95: 150, postgresP95: 250, feedMs: 1000 };

interface Timing {
  p50: number;
  p95: number;
}
interface Measured {
  label: string;
  heavy: Timing;
  fresh: Timing;
}
interface RunResult {
  database: "SQLite" | "PostgreSQL";
  seededAnswers: number;
  heavyAnswers: number;
  heavyReviews: number;
  seedSeconds: number;
  rebuildSeconds: number;
  rows: Measured[];
  feed: { answers: number; fed: number; ms: number };
}

const childFlag = process.argv.indexOf("--child");
if (childFlag >= 0) {
  const [kind, out] = process.argv.slice(childFlag + 1) as ["sqlite" | "postgres", string];
  const result = await runOne(kind, kind === "postgres" ? process.env.BENCH_DATABASE_URL : undefined);
  (await import("node:fs")).writeFileSync(out, JSON.stringify(result));
  process.exit(0);
}
await main();

async function main() {
  const results: RunResult[] = [];
  const outDir = mkdtempSync(path.join(tmpdir(), "sourcebound-history-"));
  const runChild = (kind: "sqlite" | "postgres", env: Record<string, string> = {}) => {
    const out = path.join(outDir, `${kind}.json`);
    const child = spawnSync(
      bin("tsx"),
      ["--conditions=react-server", "scripts/bench-history.ts", "--child", kind, out],
      {
        stdio: "inherit",
        env: { ...process.env, ...env },
      },
    );
    if (child.status !== 0) throw new Error(`the ${kind} run failed (exit ${child.status})`);
    results.push(JSON.parse(readFileSync(out, "utf8")) as RunResult);
  };
  try {
    runChild("sqlite");
    if (!process.argv.includes("--sqlite-only")) {
      const { ensurePostgres } = await import("./lib/system-packages");
      const { startPostgresCluster } = await import("./lib/postgres-cluster");
      const cluster = await startPostgresCluster(await ensurePostgres());
      try {
        cluster.createDatabase("history");
        runChild("postgres", { BENCH_DATABASE_URL: cluster.url("history") });
      } finally {
        cluster.stop();
      }
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const ok = report(results);
  process.exit(ok ? 0 : 1);
}

function report(results: RunResult[]): boolean {
  let ok = true;
  const ms = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `\nPages for a student with a year of history (Node ${process.version}, ${RUNS} sequential requests each)`,
  );
  for (const r of results) {
    const p95Target = r.database === "SQLite" ? targets.sqliteP95 : targets.postgresP95;
    console.log(
      `\n${r.database}: ${r.seededAnswers.toLocaleString("en")} answers stored; heavy student ${r.heavyAnswers.toLocaleString("en")} answers, ${r.heavyReviews.toLocaleString("en")} reviews (seeded in ${r.seedSeconds.toFixed(0)} s, sums rebuilt in ${r.rebuildSeconds.toFixed(1)} s)\n`,
    );
    console.log(
      `${"Page / action".padEnd(34)} ${"heavy p50".padStart(9)} ${"heavy p95".padStart(9)} ${"fresh p50".padStart(9)} ${"fresh p95".padStart(9)}   ×p50   target`,
    );
    for (const row of r.rows) {
      const ratio = row.heavy.p50 / row.fresh.p50;
      const pass = ratio <= targets.ratio && row.heavy.p95 < p95Target && row.fresh.p95 < p95Target;
      ok &&= pass;
      console.log(
        `${row.label.padEnd(34)} ${ms(row.heavy.p50)}ms ${ms(row.heavy.p95)}ms ${ms(row.fresh.p50)}ms ${ms(row.fresh.p95)}ms ${ratio.toFixed(2).padStart(6)}   ${pass ? "✔" : "✖"} ≤${targets.ratio}×, p95<${p95Target}`,
      );
    }
    const feedOk = r.feed.ms < targets.feedMs;
    ok &&= feedOk;
    console.log(
      `${"Flashcard feed catch-up".padEnd(34)} ${r.feed.answers.toLocaleString("en")} answers → ${r.feed.fed} reviews in ${r.feed.ms.toFixed(0)} ms   ${feedOk ? "✔" : "✖"} < ${targets.feedMs} ms`,
    );
  }
  console.log(`\n${ok ? "✔ every page and action within its target" : "✖ some targets missed (marked ✖)"}`);
  return ok;
}

/** One database: seed, rebuild the sums, measure. Runs in a child process (one server, one database client). */
async function runOne(kind: "sqlite" | "postgres", databaseUrl?: string): Promise<RunResult> {
  const database = kind === "sqlite" ? "SQLite" : "PostgreSQL";
  const server = await startBenchServer(`history-${kind}`, databaseUrl ? { databaseUrl } : {});
  const { base, db, newUser } = server;
  const { teacherCorpus } = await import("../lib/study/corpus.server");
  const { responseFor } = await import("../lib/study/test-support");
  const { createClass } = await import("../lib/classes/classes.server");
  const { rebuildAllProgress } = await import("../lib/study/standing.server");
  const { applyReview, feedQuizAnswers } = await import("../lib/scheduling/cards.server");
  const { newCard, reviewCard } = await import("../lib/scheduling/fsrs");

  console.log(
    `▸ [${database}] Creating a teacher, a class of ${CLASSMATES + 3} students and ${ASSIGNMENTS} assignments…`,
  );
  const teacher = await newUser("History Teacher", "teacher");
  const heavy = await newUser("Heavy Student", "student");
  const fresh = await newUser("Fresh Student", "student");
  const catchUp = await newUser("Catching-up Student", "student");
  const classmates: string[] = [];
  for (let i = 0; i < CLASSMATES; i++) classmates.push((await newUser(`Classmate ${i}`, "student")).userId);
  const { id: classId } = await createClass(teacher.userId, { name: "History class", description: null });
  await db().enrollment.createMany({
    data: [heavy.userId, fresh.userId, catchUp.userId, ...classmates].map((studentId) => ({ classId, studentId })),
  });
  const corpus = await teacherCorpus(teacher.userId);
  const factIds = [...corpus.facts.keys()];
  const items = corpus.items.filter((i) => i.type !== "flashcard");
  const deck = await db().deck.create({
    data: {
      teacherId: teacher.userId,
      name: "History deck",
      factIds: JSON.stringify(factIds.slice(0, 60)),
      itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
      questionsPerAttempt: QUESTIONS,
    },
  });
  const deckItems = items.filter((i) => factIds.slice(0, 60).includes(i.factId));
  const now = Date.now();
  const policies = ["after-question", "after-attempt", "after-due"] as const;
  const assignments: { id: string; dueAt: number }[] = [];
  for (let a = 0; a < ASSIGNMENTS; a++) {
    // Spread over the year; the last one is still open (due next week, answers after the due date).
    const dueAt = a === ASSIGNMENTS - 1 ? now + 7 * DAY : now - (350 - a * 18) * DAY;
    const created = await db().assignment.create({
      data: {
        classId,
        deckId: deck.id,
        title: `History assignment ${a + 1}`,
        opensAt: new Date(dueAt - 21 * DAY),
        dueAt: new Date(dueAt),
        timeZone: "UTC",
        maxAttempts: null,
        scoring: "best",
        answersVisible: a === ASSIGNMENTS - 1 ? "after-due" : policies[a % 3]!,
        allowLate: false,
      },
    });
    assignments.push({ id: created.id, dueAt });
  }

  // ── Raw inserts, as the app writes its rows ─────────────────────────────────────────────
  const sink = await openSink(databaseUrl ?? process.env.DATABASE_URL!);
  const stamp = (ms: number) => sink.stamp(ms);
  const random = seededRandom(16);
  let answers = 0;

  /** One finished quiz of 20 answers, 20 s apart, 70 % right. */
  async function seedSession(
    userId: string,
    startedAt: number,
    pool: typeof items,
    assignment: { id: string; attempt: number } | null,
  ) {
    const title = assignment ? "History assignment" : "Practice";
    await seedQuiz(sink, { userId, startedAt, pool, questions: QUESTIONS, assignment, title }, random, responseFor);
    answers += QUESTIONS;
  }

  console.log(
    `▸ [${database}] Seeding ${TOTAL_ANSWERS.toLocaleString("en")} answers and ${HEAVY_REVIEWS.toLocaleString("en")} reviews…`,
  );
  const seeding = performance.now();
  // The heavy student: 50 attempts at each assignment in the three weeks before its due date, and
  // practice quizzes spread over the year, at times of day between 07:00 and 22:00.
  for (const assignment of assignments) {
    for (let attempt = 1; attempt <= ATTEMPTS_PER_ASSIGNMENT; attempt++) {
      const start = Math.min(assignment.dueAt, now) - 20 * DAY + attempt * 0.39 * DAY + random() * 3_600_000;
      await seedSession(heavy.userId, start, deckItems, { id: assignment.id, attempt });
    }
  }
  for (let p = 0; p < HEAVY_PRACTICE; p++) {
    const day = Math.floor((p / HEAVY_PRACTICE) * 365);
    const start = now - (365 - day) * DAY + (7 + random() * 15) * 3_600_000;
    await seedSession(heavy.userId, start, items, null);
  }
  const heavyAnswers = answers;
  // The heavy student's flashcards: ~51 reviews a day over the year, replayed with the app's scheduler.
  const cards = new Map<string, ReturnType<typeof newCard>>();
  const reviewsPerDay = Math.ceil(HEAVY_REVIEWS / 365);
  let heavyReviews = 0;
  const cardIds = new Map(factIds.map((f) => [f, randomUUID().replaceAll("-", "").slice(0, 25)]));
  const logRows: Value[][] = [];
  for (let day = 0; day < 365 && heavyReviews < HEAVY_REVIEWS; day++) {
    for (let r = 0; r < reviewsPerDay && heavyReviews < HEAVY_REVIEWS; r++) {
      const factId = factIds[Math.floor(random() * factIds.length)]!;
      const at = now - (365 - day) * DAY + (7 * 3_600_000 + r * 60_000);
      const before = cards.get(factId) ?? newCard(new Date(at));
      const grade = ([1, 3, 3, 3, 3, 2, 4] as const)[Math.floor(random() * 7)]!;
      const { card, log } = reviewCard(before, grade, new Date(at));
      cards.set(factId, card);
      logRows.push([
        randomUUID(),
        cardIds.get(factId)!,
        heavy.userId,
        "flashcard",
        log.rating,
        log.state,
        stamp(log.due.getTime()),
        log.stability,
        log.difficulty,
        log.elapsed_days,
        log.last_elapsed_days,
        log.scheduled_days,
        log.learning_steps,
        stamp(at),
        stamp(before.due.getTime()),
        before.last_review ? stamp(before.last_review.getTime()) : null,
        stamp(at),
      ]);
      heavyReviews++;
    }
  }
  // The cards in their final state, then their logs (the logs point to the cards).
  const cardRows = [...cards.entries()].map(([factId, card]) => [
    cardIds.get(factId)!,
    heavy.userId,
    factId,
    stamp(card.due.getTime()),
    card.stability,
    card.difficulty,
    card.elapsed_days,
    card.scheduled_days,
    card.learning_steps,
    card.reps,
    card.lapses,
    card.state,
    card.last_review ? stamp(card.last_review.getTime()) : null,
    stamp(now - 365 * DAY),
    stamp(now),
  ]);
  for (const row of cardRows)
    await sink.add(
      "Card",
      [
        "id",
        "userId",
        "factId",
        "due",
        "stability",
        "difficulty",
        "elapsedDays",
        "scheduledDays",
        "learningSteps",
        "reps",
        "lapses",
        "state",
        "lastReview",
        "createdAt",
        "updatedAt",
      ],
      row,
    );
  for (const row of logRows)
    await sink.add(
      "ReviewLog",
      [
        "id",
        "cardId",
        "userId",
        "source",
        "rating",
        "state",
        "due",
        "stability",
        "difficulty",
        "elapsedDays",
        "lastElapsedDays",
        "scheduledDays",
        "learningSteps",
        "review",
        "previousDue",
        "previousLastReview",
        "createdAt",
      ],
      row,
    );
  // The fresh student: one quiz today, and ten reviews.
  await seedSession(fresh.userId, now - 3_600_000, items, null);
  // The catching-up student: 1,000 answers in the last two days, none fed to flashcards yet.
  for (let s = 0; s < CATCH_UP_ANSWERS / QUESTIONS; s++)
    await seedSession(catchUp.userId, now - 2 * DAY + s * 1_800_000, items, null);
  // Classmates fill the database.
  for (let s = 0; answers < TOTAL_ANSWERS; s++)
    await seedSession(classmates[s % CLASSMATES]!, now - (s / 150) * 3_600_000, items, null);
  await sink.close();
  const seedSeconds = (performance.now() - seeding) / 1000;
  // Seeding blocked the event loop: let fetch notice the keep-alive sockets the server closed meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const lastAnswer = await db().attempt.findFirst({ where: { userId: heavy.userId }, orderBy: { createdAt: "desc" } });
  await db().user.update({ where: { id: heavy.userId }, data: { quizReviewedThrough: lastAnswer!.createdAt } });
  await db().user.update({ where: { id: fresh.userId }, data: { quizReviewedThrough: new Date(now) } });
  console.log(`  ${answers.toLocaleString("en")} answers in ${seedSeconds.toFixed(1)} s; writing the progress sums…`);
  const rebuilding = performance.now();
  await rebuildAllProgress(db());
  const rebuildSeconds = (performance.now() - rebuilding) / 1000;
  // The fresh student's ten reviews go through the app (they also count in the sums).
  for (let r = 0; r < 10; r++) {
    await applyReview({
      userId: fresh.userId,
      factId: factIds[r]!,
      reviewId: randomUUID(),
      grade: 3,
      now: new Date(now - 1000 * (10 - r)),
      source: "flashcard",
    });
  }

  // ── Measuring ────────────────────────────────────────────────────────────────────────────
  async function timed(request: () => Promise<Response>, expect: string, label: string) {
    const once = async () => {
      const started = performance.now();
      const response = await request();
      const body = await response.text();
      const ms = performance.now() - started;
      if (!response.ok || !body.includes(expect))
        throw new Error(`${label} answered ${response.status} without "${expect}": ${body.slice(0, 300)}`);
      return ms;
    };
    for (let i = 0; i < WARM_UP; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await once());
    times.sort((x, y) => x - y);
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
  }
  const page = (cookie: string, pathname: string) => () => fetch(`${base}${pathname}`, { headers: { cookie } });
  const action = (cookie: string, pathname: string, id: string, args: unknown[]) => () =>
    fetch(`${base}${pathname}`, {
      method: "POST",
      headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie },
      body: JSON.stringify(args),
    });
  const retryId = serverActionId("startRetryMissed", "app/(student)/review/page");
  const quickId = serverActionId("startQuickQuiz", "app/(student)/study/page");
  const assignmentId = serverActionId("startAssignment", "app/(student)/study/page");
  const lastSessionOf = async (userId: string) =>
    (await db().quizSession.findFirst({ where: { userId, kind: "practice" }, orderBy: { createdAt: "desc" } }))!.id;
  const openAssignment = assignments.at(-1)!.id;
  const resultsOf = { heavy: await lastSessionOf(heavy.userId), fresh: await lastSessionOf(fresh.userId) };

  const cases: { label: string; run: (who: "heavy" | "fresh", cookie: string) => Promise<Timing> }[] = [
    { label: "/progress", run: (_w, c) => timed(page(c, "/progress"), "Mastery per article", "/progress") },
    { label: "/review", run: (_w, c) => timed(page(c, "/review"), "to review", "/review") },
    {
      label: "/flashcards/stats",
      run: (_w, c) => timed(page(c, "/flashcards/stats"), "Reviews per day", "/flashcards/stats"),
    },
    {
      label: "Retry missed (action)",
      run: (_w, c) => timed(action(c, "/review", retryId, [{}]), '"sessionId"', "retry missed"),
    },
    { label: "/study", run: (_w, c) => timed(page(c, "/study"), "History assignment", "/study") },
    { label: "/flashcards", run: (_w, c) => timed(page(c, "/flashcards"), "Flashcards", "/flashcards") },
    { label: "/articles", run: (_w, c) => timed(page(c, "/articles"), "Articles", "/articles") },
    {
      label: "Quiz results page",
      run: (w, c) => timed(page(c, `/study/${resultsOf[w]}/results`), "Practice", "results"),
    },
    {
      label: "Start a quick quiz (action)",
      run: (_w, c) => timed(action(c, "/study", quickId, [{}]), '"sessionId"', "quick quiz"),
    },
    {
      label: "Start an assignment (action)",
      run: (_w, c) =>
        timed(action(c, "/study", assignmentId, [{ assignmentId: openAssignment }]), '"sessionId"', "assignment"),
    },
  ];
  console.log(`▸ [${database}] Measuring ${RUNS} sequential requests per page, heavy and fresh…`);
  const rows: Measured[] = [];
  for (const c of cases) {
    const heavyTiming = await c.run("heavy", heavy.cookie);
    const freshTiming = await c.run("fresh", fresh.cookie);
    rows.push({ label: c.label, heavy: heavyTiming, fresh: freshTiming });
    console.log(`  ${c.label}: heavy p50 ${heavyTiming.p50.toFixed(1)} ms, fresh p50 ${freshTiming.p50.toFixed(1)} ms`);
  }

  const feeding = performance.now();
  const fed = await feedQuizAnswers(catchUp.userId, new Date());
  const feedMs = performance.now() - feeding;
  await db().$disconnect();
  return {
    database,
    seededAnswers: answers,
    heavyAnswers,
    heavyReviews,
    seedSeconds,
    rebuildSeconds,
    rows,
    feed: { answers: CATCH_UP_ANSWERS, fed, ms: feedMs },
  };
}
