import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { AppError, fail, type Failure } from "@/lib/result";

/**
 * What an action or route handler answers for a thrown error: an AppError's own failure, or, for
 * anything unexpected, a short reference the user can quote, logged here with the stack. Next's
 * own control flow (redirect, notFound, forbidden) is thrown on untouched.
 */
export function failureOf(error: unknown, where: string): Failure {
  unstable_rethrow(error);
  if (error instanceof AppError) return error.failure;
  const ref = randomUUID().slice(0, 8);
  console.error(`[${ref}] ${where} failed:`, error);
  return fail(
    "unexpected",
    `Something went wrong (ref ${ref}). Please try again; if it keeps happening, tell us the reference.`,
  );
}
