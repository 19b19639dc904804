/** For tests: a signed-in user as getCurrentUser returns it. */
import type { Role } from "@/lib/accounts/roles";
import type { CurrentUser } from "./session.server";

export function signedInUser(role: Role, id = `${role[0]}1`): CurrentUser {
  const name = role === "teacher" ? "Teacher" : "Student";
  return {
    id,
    name,
    email: `${id}@example.test`,
    role,
    timeZone: "UTC",
    savedTimeZone: "UTC",
    sessionId: `session-${id}`,
  };
}
