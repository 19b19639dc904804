import type { Role } from "@/lib/accounts/roles";
import { fail, ok, type Result } from "@/lib/result";

/** Who may call an action or a route: anyone signed in, or one role. */
export type Caller = Role | "signed-in";

/** The one permission check of actions and routes: no session, or another role, is refused in the same words. */
export function permittedCaller<User extends { role: Role }>(user: User | null, who: Caller): Result<User> {
  if (!user) return fail("unauthenticated", "Your session has ended. Sign in again.");
  if (who !== "signed-in" && user.role !== who) return fail("forbidden", `Only a ${who} can do this.`);
  return ok(user);
}
