/** What the command-line tools share: one way to stop with a message, one way to read options. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

/** Ends the tool with one line on standard error (exit 1: it failed; 2: it was called wrongly). */
export function exit(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

/**
 * The tool's options, read by Node's parseArgs and checked by a zod schema; a bad or missing one
 * ends the tool with its message and the usage (exit 2). `toInput` shapes what the schema checks
 * (positional arguments, say).
 */
export function readArgs<S extends z.ZodType>(
  schema: S,
  config: Pick<ParseArgsConfig, "options" | "allowPositionals">,
  usage: string,
  toInput: (parsed: { values: Record<string, unknown>; positionals: string[] }) => unknown = (p) => p.values,
): z.output<S> {
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    exit(`${(error as Error).message}\n  ${usage}`, 2);
  }
  const args = schema.safeParse(toInput(parsed as { values: Record<string, unknown>; positionals: string[] }));
  if (!args.success) exit(`${args.error.issues[0]!.message}\n  ${usage}`, 2);
  return args.data;
}
