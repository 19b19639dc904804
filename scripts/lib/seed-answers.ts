/**
 * For the load scripts: rows written straight into the database the way the app writes them
 * (the ORM would take minutes for millions of rows), on SQLite (prepared statements in one
 * transaction) or PostgreSQL (multi-row inserts), and finished quizzes of answers made from
 * generated items.
 */
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import type { QuizItem } from "../../lib/quiz/items";
import type { AnswerResponse } from "../../lib/quiz/view";

export type Value = string | number | boolean | Date | null;

export interface Sink {
  /** A date as this database stores it (Prisma's own text form on SQLite). */
  stamp(ms: number): Value;
  /** A boolean as this database stores it. */
  bool(value: boolean): Value;
  add(table: string, columns: string[], row: Value[]): Promise<void>;
  close(): Promise<void>;
}

/** Tables in the order their rows point to each other: parents are written before children. */
const tableOrder = ["QuizSession", "SessionQuestion", "Attempt", "Card", "ReviewLog"];

/** A sink for the database at `url` (a SQLite `file:` URL or a `postgresql://` URL). */
export async function openSink(url: string): Promise<Sink> {
  return url.startsWith("file:") ? sqliteSink(url) : postgresSink(url);
}

function sqliteSink(url: string): Sink {
  const sqlite = new Database(url.replace(/^file:/, ""));
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  const statement = (table: string, columns: string[]) => {
    const key = `${table}:${columns.join(",")}`;
    let prepared = statements.get(key);
    if (!prepared) {
      prepared = sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`,
      );
      statements.set(key, prepared);
    }
    return prepared;
  };
  sqlite.exec("BEGIN");
  return {
    stamp: (ms) => new Date(ms).toISOString().replace("Z", "+00:00"),
    bool: (value) => (value ? 1 : 0),
    async add(table, columns, row) {
      statement(table, columns).run(...(row as (string | number | null)[]));
    },
    async close() {
      sqlite.exec("COMMIT");
      sqlite.close();
    },
  };
}

async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const buffers = new Map<string, { columns: string[]; rows: Value[][] }>();
  const flush = async (table: string) => {
    const buffer = buffers.get(table);
    if (!buffer?.rows.length) return;
    const { columns, rows } = buffer;
    const values: Value[] = [];
    const tuples = rows.map((row) => `(${row.map((v) => `$${values.push(v)}`).join(",")})`);
    await client.query(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`,
      values,
    );
    buffer.rows = [];
  };
  const flushAll = async () => {
    for (const table of tableOrder) await flush(table);
  };
  await client.query("BEGIN");
  return {
    stamp: (ms) => new Date(ms),
    bool: (value) => value,
    async add(table, columns, row) {
      const buffer = buffers.get(table) ?? { columns, rows: [] };
      buffers.set(table, buffer);
      buffer.rows.push(row);
      if (buffer.rows.length * columns.length >= 30_000) await flushAll();
    },
    async close() {
      await flushAll();
      await client.query("COMMIT");
      await client.end();
    },
  };
}

const sessionColumns = [
  "id",
  "userId",
  "kind",
  "title",
  "selection",
  "createdAt",
  "finishedAt",
  "assignmentId",
  "assignmentAttempt",
  "questionCount",
];
const questionColumns = ["id", "sessionId", "position", "itemId", "factId", "itemType", "item"];
const attemptColumns = [
  "id",
  "userId",
  "sessionId",
  "assignmentId",
  "sessionQuestionId",
  "itemId",
  "factId",
  "response",
  "verdict",
  "correct",
  "timeTakenMs",
  "createdAt",
];

/** Each item's JSON, made once: a million questions share a few hundred items. */
const itemJson = new WeakMap<QuizItem, string>();
const jsonOf = (item: QuizItem) => {
  let json = itemJson.get(item);
  if (json === undefined) itemJson.set(item, (json = JSON.stringify(item)));
  return json;
};

export interface SeededQuiz {
  userId: string;
  startedAt: number;
  /** The items its questions are drawn from. */
  pool: readonly QuizItem[];
  questions: number;
  assignment: { id: string; attempt: number } | null;
  title: string;
}

/**
 * Writes one finished quiz: its questions drawn from the pool, answered 20 s apart, each right
 * with probability `rightShare`; `respond` gives the response (a wrong one as the script likes).
 */
export async function seedQuiz(
  sink: Sink,
  quiz: SeededQuiz,
  random: () => number,
  respond: (item: QuizItem, right: boolean) => AnswerResponse,
  rightShare = 0.7,
): Promise<void> {
  const sessionId = randomUUID().replaceAll("-", "").slice(0, 25);
  const { userId, startedAt, assignment } = quiz;
  await sink.add("QuizSession", sessionColumns, [
    sessionId,
    userId,
    assignment ? "assignment" : "practice",
    quiz.title,
    "{}",
    sink.stamp(startedAt),
    sink.stamp(startedAt + quiz.questions * 20_000),
    assignment?.id ?? null,
    assignment?.attempt ?? null,
    quiz.questions,
  ]);
  for (let position = 0; position < quiz.questions; position++) {
    const item = quiz.pool[Math.floor(random() * quiz.pool.length)]!;
    const questionId = randomUUID();
    await sink.add("SessionQuestion", questionColumns, [
      questionId,
      sessionId,
      position,
      item.id,
      item.factId,
      item.type,
      jsonOf(item),
    ]);
    const right = random() < rightShare;
    await sink.add("Attempt", attemptColumns, [
      randomUUID(),
      userId,
      sessionId,
      assignment?.id ?? null,
      questionId,
      item.id,
      item.factId,
      JSON.stringify(respond(item, right)),
      right ? "correct" : "incorrect",
      sink.bool(right),
      3000 + Math.floor(random() * 20_000),
      sink.stamp(startedAt + position * 20_000),
    ]);
  }
}

/** The same numbers on every run (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}
