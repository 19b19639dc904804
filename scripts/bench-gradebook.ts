/**
 * `npm run bench:gradebook`: starts the production server the way `npm start` does, on a
 * temporary database, seeds a class of 30 students with 1,000,000 stored answers (20
 * assignments × 50 attempts each, plus practice quizzes), then measures in the same run the
 * server time of
 *   (a) a simple teacher page (the class list) — the baseline, and
 *   (b) the gradebook page of one assignment (sorted by score, with the per-question analysis
 *       over its 30,000 answers) and its CSV export,
 * and prints p50/p95 and the ratio (b)/(a). Target: the gradebook page under 300 ms.
 */
import { percentile, startBenchServer } from "./lib/bench-server";
import { openSink, seededRandom, seedQuiz } from "./lib/seed-answers";

const STUDENTS = 30;
const ASSIGNMENTS = 20;
const ATTEMPTS_PER_ASSIGNMENT = 50;
const QUESTIONS = 20;
const TARGET_ANSWERS = 1_000_000;
const RUNS = 30;
const TARGET_MS = 300;

const { base, db, newUser } = await startBenchServer("gradebook");
const { teacherCorpus } = await import("../lib/study/corpus.server");
const { responseFor } = await import("../lib/study/test-support");
const { createClass } = await import("../lib/classes/classes.server");

console.log(`▸ Creating a teacher, ${STUDENTS} students, a class, a deck and ${ASSIGNMENTS} assignments…`);
const teacher = await newUser("Bench Teacher", "teacher");
const students: { userId: string; cookie: string }[] = [];
for (let i = 0; i < STUDENTS; i++)
  students.push(await newUser(`Bench Student ${String(i).padStart(2, "0")}${i === 7 ? " Cömert" : ""}`, "student"));
const { id: classId } = await createClass(teacher.userId, { name: "Bench class", description: null });
await db().enrollment.createMany({ data: students.map((s) => ({ classId, studentId: s.userId })) });
const corpus = await teacherCorpus(teacher.userId);
const deckFacts = [...corpus.facts.keys()].slice(0, 40);
const items = corpus.items.filter((i) => deckFacts.includes(i.factId) && i.type !== "flashcard");
const deck = await db().deck.create({
  data: {
    teacherId: teacher.userId,
    name: "Bench deck",
    factIds: JSON.stringify(deckFacts),
    itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
    questionsPerAttempt: QUESTIONS,
  },
});
const now = Date.now();
const assignments: { id: string }[] = [];
for (let a = 0; a < ASSIGNMENTS; a++) {
  assignments.push(
    await db().assignment.create({
      data: {
        classId,
        deckId: deck.id,
        title: `Bench assignment ${a + 1}`,
        opensAt: new Date(now - 60 * 86_400_000),
        dueAt: new Date(now + 86_400_000),
        timeZone: "UTC",
        maxAttempts: null,
        scoring: "best",
        answersVisible: "after-attempt",
        allowLate: false,
      },
    }),
  );
}

// Straight into the database, as the app writes its rows: the ORM would take minutes for two million rows.
const sink = await openSink(process.env.DATABASE_URL!);
// A deterministic generator, so every run seeds the same answers.
const random = seededRandom(42);
const wrongTyped = ["Almaty", "almaty", "Moscow", "Nazarbayev", "nazarbaev", "2,000", "Russia"];
// Typed answers go wrong in a few typical ways, so the analysis has commonest wrong answers to show.
const respond = (item: (typeof items)[number], right: boolean) =>
  right || item.type !== "typed"
    ? responseFor(item, right)
    : { kind: "typed" as const, text: wrongTyped[Math.floor(random() * wrongTyped.length)]! };
let answers = 0;

async function seedSession(userId: string, startedAt: number, assignment: { id: string; attempt: number } | null) {
  await seedQuiz(
    sink,
    { userId, startedAt, pool: items, questions: QUESTIONS, assignment, title: assignment ? "Bench" : "Practice" },
    random,
    respond,
  );
  answers += QUESTIONS;
}

console.log(`▸ Seeding ${TARGET_ANSWERS.toLocaleString("en")} answers…`);
const seeding = performance.now();
for (const [a, assignment] of assignments.entries()) {
  for (const student of students) {
    for (let attempt = 1; attempt <= ATTEMPTS_PER_ASSIGNMENT; attempt++)
      await seedSession(student.userId, now - (a * 2 + attempt / 60) * 86_400_000, { id: assignment.id, attempt });
  }
}
for (let s = 0; answers < TARGET_ANSWERS; s++)
  await seedSession(students[s % STUDENTS]!.userId, now - (s / 100) * 3_600_000, null);
await sink.close();
// Seeding blocked the event loop: let fetch notice the keep-alive sockets the server closed meanwhile.
await new Promise((resolve) => setTimeout(resolve, 500));
const target = assignments[0]!;
const targetAnswers = await db().attempt.count({
  where: { sessionQuestion: { session: { assignmentId: target.id } } },
});
console.log(
  `  ${answers.toLocaleString("en")} answers (${targetAnswers.toLocaleString("en")} in the measured assignment) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
);

async function measure(path: string, expectText: string) {
  const get = async () => {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie: teacher.cookie } });
    const body = await response.text();
    const ms = performance.now() - started;
    if (!response.ok || !body.includes(expectText))
      throw new Error(`${path} answered ${response.status} without "${expectText}"`);
    return ms;
  };
  for (let i = 0; i < 3; i++) await get(); // warm-up: JIT, module and corpus caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await get());
  times.sort((x, y) => x - y);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)! };
}

const gradebookPath = `/classes/${classId}/assignments/${target.id}`;
console.log(`▸ Measuring ${RUNS} sequential requests each…`);
const baseline = await measure("/classes", "Bench class");
const gradebook = await measure(`${gradebookPath}?sort=score&dir=desc`, "Bench Student 07 Cömert");
const csv = await measure(`${gradebookPath}/gradebook.csv`, "Bench Student 07 Cömert");
const row = (label: string, r: { p50: number; p95: number; max: number }) =>
  `${label.padEnd(44)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   max ${r.max.toFixed(1).padStart(7)} ms`;
console.log(
  `\nGradebook of ${STUDENTS} students over ${answers.toLocaleString("en")} stored answers (Node ${process.version}, SQLite)\n`,
);
console.log(row("(a) class list page (baseline)", baseline));
console.log(row("(b) gradebook + question analysis page", gradebook));
console.log(row("(b) gradebook CSV", csv));
console.log(`\n(b)/(a) p50 ratio: ${(gradebook.p50 / baseline.p50).toFixed(2)}`);
const ok = gradebook.p95 < TARGET_MS;
console.log(`${ok ? "✔" : "✖"} gradebook page p95 < ${TARGET_MS} ms`);
await db().$disconnect();
process.exit(ok ? 0 : 1);
