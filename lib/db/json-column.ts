/**
 * List- and object-valued columns are JSON text on both databases (decision 0012): read back
 * through their zod schema, so a row that does not fit (a bug, a hand-edited row) fails loudly
 * with the column's name instead of passing on as a wrong type.
 */
import { z } from "zod";

export function parseJsonColumn<Schema extends z.ZodType>(
  schema: Schema,
  text: string,
  column: string,
): z.infer<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`The stored ${column} is not JSON.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new Error(`The stored ${column} does not fit its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The common case: a list of strings (aliases, topics, fact ids). */
export const stringList = z.array(z.string());
