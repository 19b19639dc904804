/**
 * `npm run test:instances`: two production servers (`scripts/start.ts`, as `npm start` runs it) on
 * one throw-away PostgreSQL, started at the same moment on a fresh database, each with its own
 * data folder and port and no NEXTAUTH_SECRET, then:
 *   - both start (migrations, the corpus import and the demo accounts take turns: one set of demo
 *     data), and share one secret: a cookie from one instance opens the other;
 *   - the same students send half of their answers to each instance (one in ten sent again to the
 *     other one): 0 errors, 0 duplicates; throughput per instance and together;
 *   - sign-in and join-code limits count across both (made-up X-Forwarded-For headers change
 *     nothing: the limit keys on the socket's address);
 *   - signing out on one instance ends the session on the other.
 * Prints one ✔/✖ line per check; exits non-zero when one fails.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildIfChanged } from "./lib/build";
import { percentile, serverActionId } from "./lib/bench-server";
import { startPostgresCluster } from "./lib/postgres-cluster";
import { bin, freePort, toolEnv } from "./lib/run";
import { ensurePostgres } from "./lib/system-packages";

const STUDENTS = 20;
const QUESTIONS_PER_STUDENT = 50;
const WORKERS_PER_INSTANCE = 10;
const RETRY_EVERY = 10;

const checks: [boolean, string][] = [];
const check = (ok: boolean, label: string) => {
  checks.push([ok, label]);
  console.log(`${ok ? "✔" : "✖"} ${label}`);
};

console.log(`▸ Build ${await buildIfChanged()}`);
const cluster = await startPostgresCluster(await ensurePostgres());
const scratch = mkdtempSync(path.join(tmpdir(), "sourcebound-instances-"));
const servers: ChildProcess[] = [];
const cleanUp = () => {
  for (const server of servers)
    if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, "SIGTERM");
  cluster.stop();
  rmSync(scratch, { recursive: true, force: true });
};
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

try {
  cluster.createDatabase("instances");
  const databaseUrl = cluster.url("instances");
  const ports = [await freePort(), await freePort()];
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);

  console.log(`▸ Starting two instances at the same moment on ${bases.join(" and ")}, one fresh PostgreSQL database…`);
  const startedAt = performance.now();
  const outputs = ports.map(() => ({ text: "" }));
  ports.forEach((port, i) => {
    const child = spawn(bin("tsx"), ["--conditions=react-server", "scripts/start.ts"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        ...toolEnv,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: path.join(scratch, `instance-${i}`),
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: bases[i],
        NEXTAUTH_SECRET: "",
        // Both create the demo accounts and class on the same fresh database: they must take turns.
        DEMO_USERS: "1",
        TRUST_PROXY: "0",
      },
    });
    for (const stream of [child.stdout!, child.stderr!])
      stream.on("data", (chunk: Buffer) => (outputs[i]!.text += chunk.toString()));
    servers.push(child);
  });
  const readyAfter = await Promise.all(bases.map((base, i) => healthyAfter(base, servers[i]!, startedAt)));
  readyAfter.forEach((ms, i) =>
    console.log(
      `  instance ${i + 1}: ${ms === null ? "did not start" : `answering after ${(ms / 1000).toFixed(1)} s`}`,
    ),
  );
  check(
    readyAfter.every((ms) => ms !== null),
    "both instances start when started at the same moment on a fresh database",
  );
  if (readyAfter.some((ms) => ms === null)) {
    for (const [i, output] of outputs.entries()) console.log(`--- instance ${i + 1} ---\n${output.text.slice(-3000)}`);
    throw new Error("an instance did not start");
  }

  // The script's own database access (accounts, quiz sessions) goes straight to the same database.
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    DATA_DIR: scratch,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  });
  const { db } = await import("../lib/db");
  const { createAccount } = await import("../lib/accounts/create-account.server");
  const { startPracticeSession, storedItem } = await import("../lib/study/sessions.server");
  const { responseFor } = await import("../lib/study/test-support");
  const { limitKey } = await import("../lib/security/rate-limit");
  const { createClass } = await import("../lib/classes/classes.server");

  const password = "steppe-river-lantern";
  async function account(label: string, role: "student" | "teacher") {
    const email = `${label}-${randomBytes(4).toString("hex")}@instances.sourcebound.test`;
    const created = await createAccount(db(), { name: label, email, password, role });
    if (!created.ok) throw new Error("could not create an account");
    return { id: created.data.userId, email };
  }

  const { demoUsers, demoClassmates, DEMO_CLASS_NAME } = await import("../lib/demo/demo-users.server");
  const demoEmails = [...demoUsers, ...demoClassmates].map((u) => u.email);
  const [demoAccounts, demoClasses, demoAssignments, historyAttempts] = await Promise.all([
    db().user.count({ where: { email: { in: demoEmails } } }),
    db().class.count({ where: { name: DEMO_CLASS_NAME } }),
    db().assignment.count({ where: { class: { name: DEMO_CLASS_NAME } } }),
    db().quizSession.count({ where: { assignment: { class: { name: DEMO_CLASS_NAME } } } }),
  ]);
  // The open assignment and the past one with its history (16 attempts), written once.
  check(
    demoAccounts === demoEmails.length && demoClasses === 1 && demoAssignments === 2 && historyAttempts === 16,
    `one set of demo data after both started: ${demoAccounts} accounts, ${demoClasses} class, ${demoAssignments} assignments, ${historyAttempts} attempts in its history`,
  );

  // ── One secret: a cookie from instance 1 opens instance 2 ─────────────────────────────────
  const secrets = await db().appSetting.findMany({ where: { key: "nextauth-secret" } });
  const probe = await account("probe", "student");
  const probeCookie = await signIn(bases[0]!, probe.email, password);
  const seenByOther = probeCookie.cookie ? await sessionOf(bases[1]!, probeCookie.cookie) : null;
  check(
    secrets.length === 1 && seenByOther?.user?.email === probe.email,
    "one generated secret for both: a session from instance 1 opens instance 2",
  );

  // ── Answers, half to each instance, same students ─────────────────────────────────────────
  console.log(
    `▸ ${STUDENTS} students, ${QUESTIONS_PER_STUDENT} questions each, every other answer to the other instance…`,
  );
  interface Submission {
    questionId: string;
    body: string;
  }
  const work: { cookie: string; submission: Submission }[][] = [[], []];
  for (let s = 0; s < STUDENTS; s++) {
    const student = await account(`student-${s}`, "student");
    const { cookie } = await signIn(bases[s % 2]!, student.email, password);
    if (!cookie) throw new Error("a student could not sign in");
    const started = await startPracticeSession(
      student.id,
      { articles: [], topics: [], types: ["multiple-choice", "true-false", "typed"], count: QUESTIONS_PER_STUDENT },
      "Two instances",
    );
    if (!started.ok) throw new Error(started.error);
    const questions = await db().sessionQuestion.findMany({
      where: { sessionId: started.data.sessionId },
      orderBy: { position: "asc" },
    });
    for (const [n, q] of questions.entries()) {
      const body = JSON.stringify({
        questionId: q.id,
        response: responseFor(storedItem(q.item), n % 3 !== 0),
        timeTakenMs: 1500,
      });
      work[n % 2]!.push({ cookie, submission: { questionId: q.id, body } });
      // A double click that reaches the other instance: the same answer again.
      if (n % RETRY_EVERY === 0) work[(n + 1) % 2]!.push({ cookie, submission: { questionId: q.id, body } });
    }
  }
  const acknowledged = new Set<string>();
  const runStarted = performance.now();
  const results = await Promise.all(bases.map((base, i) => submitAll(base, work[i]!, acknowledged)));
  const totalSeconds = (performance.now() - runStarted) / 1000;
  for (const [i, r] of results.entries()) {
    console.log(
      `  instance ${i + 1}: ${r.sent} answers in ${r.seconds.toFixed(1)} s = ${(r.sent / r.seconds).toFixed(0)} answers/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, errors ${r.errors}`,
    );
  }
  const sent = results.reduce((sum, r) => sum + r.sent, 0);
  console.log(
    `  together:   ${sent} answers in ${totalSeconds.toFixed(1)} s = ${(sent / totalSeconds).toFixed(0)} answers/s`,
  );
  const [attempts, duplicates] = await Promise.all([
    db().attempt.count({ where: { user: { email: { endsWith: "@instances.sourcebound.test" } } } }),
    db().attempt.groupBy({
      by: ["sessionQuestionId"],
      _count: { _all: true },
      having: { sessionQuestionId: { _count: { gt: 1 } } },
    }),
  ]);
  check(
    results.every((r) => r.errors === 0),
    `0 errors over ${sent} answers (${results.map((r) => r.errors).join(" + ")})`,
  );
  check(
    duplicates.length === 0 && attempts === acknowledged.size && acknowledged.size === STUDENTS * QUESTIONS_PER_STUDENT,
    `0 duplicates: ${attempts} attempts stored for ${acknowledged.size} acknowledged questions`,
  );

  // ── Sign-in limits across both instances ──────────────────────────────────────────────────
  const target = await account("target", "student");
  const tries = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      signIn(bases[i % 2]!, target.email, `wrong-${i}`, { "x-forwarded-for": `203.0.113.${i}` }),
    ),
  );
  const verified = tries.filter((t) => t.error === "CredentialsSignin").length;
  const counter = await db().rateLimit.findUnique({
    where: { key: limitKey({ rule: "signInPair", subject: `${target.email}|127.0.0.1` }) },
  });
  const forged = await db().rateLimit.count({ where: { key: { contains: "203.0.113." } } });
  const rightPassword = await signIn(bases[1]!, target.email, password);
  check(
    verified === 4 && counter?.count === 5 && forged === 0 && rightPassword.error?.startsWith("rate-limited:") === true,
    `sign-in limit across both: 12 parallel wrong passwords, ${verified + 1} verified (limit 5), counter ${counter?.count}, forged addresses counted: ${forged}; the right password then waits`,
  );

  // ── Join-code limits across both instances ─────────────────────────────────────────────────
  const teacher = await account("teacher", "teacher");
  await createClass(teacher.id, { name: "Two instances", description: null });
  const joiner = await account("joiner", "student");
  const joinerCookie = (await signIn(bases[0]!, joiner.email, password)).cookie!;
  const joinAction = serverActionId("joinClassAction", "app/(student)/study/page");
  const joins: string[] = [];
  for (let i = 0; i < 12; i++)
    joins.push(await callAction(bases[i % 2]!, "/study", joinAction, joinerCookie, [{ code: "AAAAAA" }]));
  const wrongCodes = joins.filter((body) => body.includes("No class accepts that code")).length;
  const refused = joins.filter((body) => body.includes("Too many wrong codes")).length;
  check(
    wrongCodes === 10 && refused === 2,
    `join-code limit across both: 12 wrong codes alternating instances, ${wrongCodes} checked (limit 10), ${refused} refused`,
  );

  // ── Sign-out on one instance ends the session on the other ────────────────────────────────
  const leaver = await account("leaver", "student");
  const { cookie: leaverCookie } = await signIn(bases[0]!, leaver.email, password);
  const before = await sessionOf(bases[1]!, leaverCookie!);
  await signOut(bases[0]!, leaverCookie!);
  const after = await fetch(`${bases[1]}/api/auth/session`, { headers: { cookie: leaverCookie! } });
  const afterBody = (await after.json()) as { user?: unknown };
  const study = await fetch(`${bases[1]}/study`, { headers: { cookie: leaverCookie! }, redirect: "manual" });
  const answer = await fetch(`${bases[1]}/api/answers`, {
    method: "POST",
    headers: { cookie: leaverCookie!, "content-type": "application/json" },
    body: work[0]![0]!.submission.body,
  });
  check(
    before?.user !== undefined && afterBody.user === undefined && study.status === 307 && answer.status === 401,
    `sign-out on instance 1 ends the session on instance 2 (session ${afterBody.user === undefined ? "gone" : "still there"}, /study → ${study.status}, answer → ${answer.status})`,
  );

  await db().$disconnect();
} catch (error) {
  check(false, `the run finished (${(error as Error).message})`);
} finally {
  cleanUp();
}

console.log(`\n${checks.filter(([ok]) => ok).length} of ${checks.length} checks passed`);
process.exit(checks.every(([ok]) => ok) ? 0 : 1);

/** Milliseconds from `since` until GET /api/health answers, or null when the process exits first. */
async function healthyAfter(base: string, child: ChildProcess, since: number): Promise<number | null> {
  while (performance.now() - since < 300_000) {
    if (child.exitCode !== null) return null;
    if (
      await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** next-auth's CSRF token and the cookie that goes with it, as a form page fetches them. */
async function csrfOf(base: string, headers: Record<string, string>) {
  const response = await fetch(`${base}/api/auth/csrf`, { headers });
  const csrfCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, csrfCookie };
}

/** Signs in through next-auth's credentials endpoint as the sign-in form does. */
async function signIn(
  base: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ cookie?: string; error?: string }> {
  const { csrfToken, csrfCookie } = await csrfOf(base, headers);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url).searchParams.get("error") ?? undefined;
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return { cookie: session?.split(";")[0], error };
}

async function signOut(base: string, cookie: string) {
  const { csrfToken, csrfCookie } = await csrfOf(base, { cookie });
  await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
}

async function sessionOf(base: string, cookie: string): Promise<{ user?: { email?: string } } | null> {
  const response = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
  return response.ok ? ((await response.json()) as { user?: { email?: string } }) : null;
}

async function callAction(
  base: string,
  pathname: string,
  id: string,
  cookie: string,
  args: unknown[],
): Promise<string> {
  const response = await fetch(`${base}${pathname}`, {
    method: "POST",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie },
    body: JSON.stringify(args),
  });
  return response.text();
}

/** Sends one instance's share of the answers from a few concurrent workers; times each. */
async function submitAll(
  base: string,
  queue: { cookie: string; submission: { questionId: string; body: string } }[],
  acknowledged: Set<string>,
) {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS_PER_INSTANCE }, async () => {
      while (next < queue.length) {
        const { cookie, submission } = queue[next++]!;
        const sentAt = performance.now();
        const response = await fetch(`${base}/api/answers`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: submission.body,
        }).catch(() => null);
        times.push(performance.now() - sentAt);
        if (response?.ok) acknowledged.add(submission.questionId);
        else errors++;
        await response?.text();
      }
    }),
  );
  times.sort((a, b) => a - b);
  return {
    sent: queue.length,
    seconds: (performance.now() - started) / 1000,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    errors,
  };
}
