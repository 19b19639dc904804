import "server-only";
import type { z } from "zod";
import { invalidInput, ok, type Result } from "@/lib/result";
import { permittedCaller, type Caller } from "./caller";
import { getCurrentUser, type CurrentUser } from "./session.server";
import { failureOf } from "./unexpected.server";

/**
 * A server action: called with its input object from the browser, or by a form through
 * useActionState as (previous state, FormData) — the same check either way, so a form that posts
 * without JavaScript is held to the same rules.
 */
export type Action<T> = (input: unknown, form?: FormData) => Promise<Result<T>>;

/**
 * The plain object a form posted: repeated names become lists; a chosen file stays a File (its
 * schema bounds its size), and a file input left empty is left out.
 */
export function formObject(form: FormData): Record<string, string | string[] | File> {
  const object: Record<string, string | string[] | File> = {};
  for (const name of new Set(form.keys())) {
    if (name.startsWith("$ACTION")) continue; // React's own fields for a server action
    const entries = form.getAll(name);
    const file = entries.find((v): v is File => typeof v !== "string" && v.size > 0);
    if (file) {
      object[name] = file;
      continue;
    }
    const values = entries.filter((v): v is string => typeof v === "string");
    if (values.length) object[name] = values.length === 1 ? values[0]! : values;
  }
  return object;
}

function build<Schema extends z.ZodType, U, T>(
  name: string,
  input: Schema,
  who: () => Promise<Result<U>>,
  body: (input: z.infer<Schema>, caller: U) => Promise<Result<T>>,
): Action<T> {
  return async (raw, form) => {
    try {
      const caller = await who();
      if (!caller.ok) return caller;
      const parsed = input.safeParse(form instanceof FormData ? formObject(form) : raw);
      if (!parsed.success) return invalidInput(parsed.error);
      return await body(parsed.data, caller.data);
    } catch (error) {
      return failureOf(error, `action ${name}`);
    }
  };
}

const caller = (who: Caller) => async (): Promise<Result<CurrentUser>> => permittedCaller(await getCurrentUser(), who);

type Body<Schema extends z.ZodType, T> = (input: z.infer<Schema>, user: CurrentUser) => Promise<Result<T>>;

/**
 * Every server action is a name (for the log), an input schema and a body, built for who may call
 * it. Callers without permission and input that does not parse get a clear message and the body
 * never runs; the body gets the signed-in user, never null. A thrown error becomes "Something went
 * wrong (ref …)", logged with the reference.
 */
export const defineAction = {
  /** Before signing in (sign-up): no user. */
  anyone: <Schema extends z.ZodType, T>(
    name: string,
    input: Schema,
    body: (input: z.infer<Schema>) => Promise<Result<T>>,
  ): Action<T> =>
    build(
      name,
      input,
      async () => ok(null),
      (parsed) => body(parsed),
    ),
  signedIn: <Schema extends z.ZodType, T>(name: string, input: Schema, body: Body<Schema, T>): Action<T> =>
    build(name, input, caller("signed-in"), body),
  student: <Schema extends z.ZodType, T>(name: string, input: Schema, body: Body<Schema, T>): Action<T> =>
    build(name, input, caller("student"), body),
  teacher: <Schema extends z.ZodType, T>(name: string, input: Schema, body: Body<Schema, T>): Action<T> =>
    build(name, input, caller("teacher"), body),
};
