/**
 * `npm run progress:rebuild -- [--student <email>] [--check]`
 *
 * Writes the derived progress sums (decision 0014) again from the answers and review logs, for
 * every student or one, in the database `npm start` uses. With --check it writes nothing and
 * reports each student whose maintained sums differ from what the answers give (exit 1 then).
 */

import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { toolEnv } from "./lib/run";
import { exit, readArgs } from "./lib/cli";

const usage = "Usage: npm run progress:rebuild -- [--student <email>] [--check]";
const argsSchema = z.object({
  student: z.email({ error: "--student takes a student's e-mail address." }).max(254).optional(),
  check: z.boolean(),
});

const { student, check } = readArgs(
  argsSchema,
  { options: { student: { type: "string" }, check: { type: "boolean", default: false } } },
  usage,
);

Object.assign(process.env, toolEnv);
const { prepareToolDatabase } = await import("./lib/prepare");
const env = await prepareToolDatabase();
const { createDb } = await import("../lib/db/client.server");
const { derivedProgressOf, maintainedProgressOf, rebuildStudentProgress } =
  await import("../lib/study/standing.server");
const database = createDb(env.DATABASE_URL);

const students = await database.user.findMany({
  where: { role: "student", ...(student ? { email: student.toLowerCase() } : {}) },
  select: { id: true, email: true },
  orderBy: { email: "asc" },
});
if (student && !students.length) exit(`No student with the e-mail ${student}.`);

const started = performance.now();
let differing = 0;
for (const { id, email } of students) {
  if (check) {
    const now = new Date();
    const [maintained, derived] = await Promise.all([
      maintainedProgressOf(database, id, now),
      derivedProgressOf(database, id, now),
    ]);
    const same = isDeepStrictEqual(maintained, derived);
    if (!same) differing++;
    console.log(
      `${same ? "✔" : "✖"} ${email}: ${derived.standings.length} facts, ${derived.quarters.length} quarter-hours`,
    );
  } else {
    const written = await rebuildStudentProgress(database, id);
    console.log(
      `✔ ${email}: ${written.standings} facts, ${written.quarters} quarter-hours, ${written.sessions} sessions corrected`,
    );
  }
}
const took = ((performance.now() - started) / 1000).toFixed(1);
await database.$disconnect();
if (check) {
  console.log(
    `${differing ? "✖" : "✔"} ${students.length - differing} of ${students.length} students' sums match their answers (${took} s)`,
  );
  process.exit(differing ? 1 : 0);
}
console.log(`✔ Progress sums written for ${students.length} student${students.length === 1 ? "" : "s"} (${took} s)`);
