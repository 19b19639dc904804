/**
 * `npm run deck:export -- --deck <id> --format <format> [--out <file>]`
 *
 * Writes one of a teacher's decks in another tool's format (the same code as the deck page's
 * downloads), from the database `npm start` uses: to the file named by --out, else to standard
 * output (text formats only). Formats: moodle-xml, gift, canvas-qti, anki, quizlet, csv.
 */
import { writeFileSync } from "node:fs";

import { z } from "zod";
import { toolEnv } from "./lib/run";
import { exit, readArgs } from "./lib/cli";
import { exportFormatNames } from "../lib/exports/formats";

const formats = exportFormatNames;
const usage = `Usage: npm run deck:export -- --deck <deck id> --format <${formats.join("|")}> [--out <file>]`;
const argsSchema = z.object({
  deck: z
    .string({ error: "Name the deck: --deck <id> (its id is in the deck page's address)." })
    .regex(/^[a-z0-9]{10,40}$/, {
      error: "--deck takes a deck id, as in /decks/<id>.",
    }),
  format: z.enum(formats, { error: `--format is one of: ${formats.join(", ")}.` }),
  out: z.string().min(1).max(1000).optional(),
});

const {
  deck: deckId,
  format,
  out,
} = readArgs(
  argsSchema,
  { options: { deck: { type: "string" }, format: { type: "string" }, out: { type: "string" } } },
  usage,
);
if (format === "canvas-qti" && !out) exit("A Canvas QTI package is a zip file: name it with --out <file.zip>.", 2);

Object.assign(process.env, toolEnv);
const { prepareToolDatabase } = await import("./lib/prepare");
const env = await prepareToolDatabase();
const { createDb } = await import("../lib/db/client.server");
const database = createDb(env.DATABASE_URL);
// The exports read through the app's own client (lib/db), whose environment names the session
// secret: the one the servers share, as `npm start` passes it on.
const { sharedSecret } = await import("../lib/auth/app-secret.server");
process.env.NEXTAUTH_SECRET ??= await sharedSecret(database, env.DATA_DIR);
const { deckExport } = await import("../lib/exports/exports.server");
const deck = await database.deck.findUnique({ where: { id: deckId }, select: { teacherId: true, name: true } });
if (!deck) exit(`No deck with the id ${deckId}.`);
const exported = await deckExport(deck.teacherId, deckId, format);
await database.$disconnect();
if (!exported) exit(`No deck with the id ${deckId}.`);
if (out) {
  writeFileSync(out, exported.body);
  console.error(`✔ ${deck.name}: ${format} written to ${out}`);
} else process.stdout.write(exported.body);
process.exit(0);
