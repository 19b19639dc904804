/**
 * `npm run simulate:reviews`: starts the production server on a temporary database, then replays
 * 1,000 synthetic flashcard reviews for one student through the route the flashcards page's
 * queue sends them to (POST /api/flashcards/reviews, one review per request as when online) and
 * prints the time per review. Target: p95 < 30 ms.
 * Ten reviews are then sent again with the same review id: the card must not change.
 */
import { randomUUID } from "node:crypto";
import { percentile, startBenchServer } from "./lib/bench-server";

const REVIEWS = 1_000;
const TARGET_P95_MS = 30;

const { base, db, newStudent } = await startBenchServer("simulate");
const student = await newStudent("Simulated Student");
const facts = (
  await db().fact.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } })
).map((f) => f.id);

/** A student's ratings: mostly Good, some Again, Hard and Easy (deterministic). */
const gradeFor = (i: number) => [3, 3, 1, 3, 4, 3, 2, 3, 3, 1, 3, 4, 3, 3, 2, 3, 3, 3, 1, 4][i % 20]!;

async function rate(factId: string, reviewId: string, grade: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/api/flashcards/reviews`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: student.cookie },
    body: JSON.stringify({
      userId: student.userId,
      sentAt: new Date().toISOString(),
      reviews: [{ reviewId, factId, grade, reviewedAt: new Date().toISOString() }],
    }),
  });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (!response.ok || body.includes('"gone":["'))
    throw new Error(`review failed (${response.status}): ${body.slice(0, 200)}`);
  return elapsed;
}

console.log(`▸ Warming up, then ${REVIEWS} reviews over ${facts.length} facts, one at a time…`);
for (let i = 0; i < 20; i++) await rate(facts[i % facts.length]!, randomUUID(), 3);
await db().reviewLog.deleteMany({ where: { userId: student.userId } });
await db().card.deleteMany({ where: { userId: student.userId } });

const times: number[] = [];
const sent: { factId: string; reviewId: string; grade: number }[] = [];
for (let i = 0; i < REVIEWS; i++) {
  const review = { factId: facts[i % facts.length]!, reviewId: randomUUID(), grade: gradeFor(i) };
  times.push(await rate(review.factId, review.reviewId, review.grade));
  sent.push(review);
}

// Retried reviews: the same ids again must leave the cards as they are.
const before = await db().card.findMany({ where: { userId: student.userId }, orderBy: { factId: "asc" } });
for (const review of sent.slice(-10)) await rate(review.factId, review.reviewId, review.grade);
const after = await db().card.findMany({ where: { userId: student.userId }, orderBy: { factId: "asc" } });
const logs = await db().reviewLog.count({ where: { userId: student.userId } });

times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`\nFlashcard reviews through POST /api/flashcards/reviews (Node ${process.version})\n`);
console.log(
  `reviews ${times.length}   mean ${mean.toFixed(1)} ms   p50 ${percentile(times, 0.5).toFixed(1)} ms   p95 ${percentile(times, 0.95).toFixed(1)} ms   p99 ${percentile(times, 0.99).toFixed(1)} ms   max ${times.at(-1)!.toFixed(1)} ms`,
);
console.log(
  `review log rows: ${logs} (expected ${REVIEWS}); cards: ${after.length}; retried reviews changed ${after.filter((c, i) => JSON.stringify(c) !== JSON.stringify(before[i])).length} card(s)`,
);
const checks: [boolean, string][] = [
  [percentile(times, 0.95) < TARGET_P95_MS, `p95 < ${TARGET_P95_MS} ms`],
  [logs === REVIEWS, "one log row per review"],
  [JSON.stringify(after) === JSON.stringify(before), "retried reviews change nothing"],
];
for (const [ok, label] of checks) console.log(`${ok ? "✔" : "✖"} ${label}`);
await db().$disconnect();
process.exit(checks.every(([ok]) => ok) ? 0 : 1);
