import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/accounts/roles";
import { getCurrentUser, type CurrentUser } from "./session.server";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Who = "anyone" | "signed-in" | Role;

/**
 * Every server action is an input schema, a permission, and a body. Input that does not parse
 * and callers without permission get a clear message; the body never runs for them.
 */
export function defineAction<Schema extends z.ZodType, T>(
  config: { input: Schema; who: Who },
  body: (input: z.infer<Schema>, user: CurrentUser | null) => Promise<ActionResult<T>>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw) => {
    const user = config.who === "anyone" ? null : await getCurrentUser();
    if (config.who !== "anyone") {
      if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
      if (config.who !== "signed-in" && user.role !== config.who) {
        return { ok: false, error: `Only a ${config.who} can do this.` };
      }
    }
    const parsed = config.input.safeParse(raw);
    if (!parsed.success) return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    return body(parsed.data, user);
  };
}

/** The first message per field, keyed by its path ("name", "factIds.2"), "form" for the input as a whole. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
  return fieldErrors;
}
