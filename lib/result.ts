/**
 * The one result type of the domain, the server actions and the route handlers, and what the
 * browser receives: success with data, or a failure with a code, a sentence for the user and,
 * where a form must show them, messages per field. Route handlers map the code to an HTTP status.
 */
import type { z } from "zod";

export const failureCodes = {
  /** The input does not fit: field messages say why. */
  invalid: 400,
  /** No session, or it has ended. */
  unauthenticated: 401,
  /** Signed in, but not allowed: another role, or not theirs. */
  forbidden: 403,
  /** Nothing of that id exists for this user (someone else's things do not exist for them). */
  "not-found": 404,
  /** The thing changed meanwhile, or is in use (an answer already given, a deck in use). */
  conflict: 409,
  /** Too large to read. */
  "too-large": 413,
  /** Not a body we read (not JSON). */
  unsupported: 415,
  /** Too many tries; `retryAt` says when the next one counts. */
  "rate-limited": 429,
  /** A bug or an outage: logged on the server with the reference the user sees. */
  unexpected: 500,
} as const;
export type FailureCode = keyof typeof failureCodes;

export interface Failure {
  ok: false;
  code: FailureCode;
  /** One sentence the user can act on. */
  error: string;
  /** The first message per field, keyed by its path ("name", "factIds.2"). */
  fieldErrors?: Record<string, string>;
  retryAt?: Date;
}
export interface Success<T> {
  ok: true;
  data: T;
}
export type Result<T = null> = Success<T> | Failure;

export const ok = <T>(data: T): Success<T> => ({ ok: true, data });
/** Success with nothing to return. */
export const done = (): Success<null> => ({ ok: true, data: null });

export function fail(code: FailureCode, error: string, extra: Pick<Failure, "fieldErrors" | "retryAt"> = {}): Failure {
  return { ok: false, code, error, ...extra };
}

/** A failure that belongs to one field of a form (shown beside it and at the top). */
export function fieldFailure(field: string, error: string, code: FailureCode = "invalid", summary = error): Failure {
  return fail(code, summary, { fieldErrors: { [field]: error } });
}

/** Input that did not parse: "Please correct the highlighted fields." with each field's message. */
export function invalidInput(error: z.ZodError, summary = "Please correct the highlighted fields."): Failure {
  return fail("invalid", summary, { fieldErrors: fieldErrorsOf(error) });
}

/** The first message per field, keyed by its path ("name", "factIds.2"), "form" for the input as a whole. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
  return fieldErrors;
}

/** The same failure, or the success's data passed through `map`. */
export function mapResult<T, U>(result: Result<T>, map: (data: T) => U): Result<U> {
  return result.ok ? ok(map(result.data)) : result;
}

/**
 * Thrown where returning a failure would mean threading it through many calls; the action and
 * route wrappers turn it into its failure. Anything else thrown is unexpected.
 */
export class AppError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error);
    this.name = "AppError";
  }
}

/** What the browser shows when the request never got an answer (offline, server restarting). */
export const unreachable: Failure = fail(
  "unexpected",
  "Could not reach the server. Check your connection and try again.",
);
