import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import {
  activeSessionUser,
  endUserSession,
  endUserSessions,
  pruneUserSessions,
  sessionsOf,
  startUserSession,
} from "./user-sessions.server";
import { changePassword } from "./change-password.server";
import { authenticate } from "./authenticate.server";

const db = testDb();
const password = "kazakh-history-1";

async function signedIn(browsers = 1) {
  const email = uniqueEmail("sessions");
  const created = await createAccount(db, { name: "Session Student", email, password, role: "student" });
  if (!created.ok) throw new Error("no account");
  const sessionIds = [];
  for (let i = 0; i < browsers; i++) sessionIds.push(await startUserSession(db, created.data.userId, `Browser ${i}`));
  return {
    email,
    userId: created.data.userId,
    sessionIds,
    claims: (sessionId: string) => ({ id: created.data.userId, role: "student" as const, sessionId }),
  };
}

describe("user sessions", () => {
  it("a session is active until it is ended, and only for its own user", async () => {
    const alice = await signedIn();
    const bob = await signedIn();
    const sid = alice.sessionIds[0]!;
    expect(await activeSessionUser(db, alice.claims(sid))).toMatchObject({ id: alice.userId, sessionId: sid });
    // A cookie naming someone else's session gets nothing.
    expect(await activeSessionUser(db, { ...bob.claims(sid) })).toBeNull();
    await endUserSession(db, sid);
    expect(await activeSessionUser(db, alice.claims(sid))).toBeNull();
  });

  it("signing out everywhere ends every browser's session", async () => {
    const user = await signedIn(3);
    expect(await endUserSessions(db, user.userId)).toBe(3);
    for (const sid of user.sessionIds) expect(await activeSessionUser(db, user.claims(sid))).toBeNull();
  });

  it("a changed role or a disabled account ends old sessions", async () => {
    const user = await signedIn(2);
    await db.user.update({ where: { id: user.userId }, data: { role: "teacher" } });
    expect(await activeSessionUser(db, user.claims(user.sessionIds[0]!))).toBeNull();
    await db.user.update({ where: { id: user.userId }, data: { role: "student", disabledAt: new Date() } });
    expect(await activeSessionUser(db, user.claims(user.sessionIds[1]!))).toBeNull();
  });

  it("an expired session is not active and is pruned", async () => {
    const user = await signedIn();
    const sid = user.sessionIds[0]!;
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
    expect(await activeSessionUser(db, user.claims(sid), later)).toBeNull();
    expect(await pruneUserSessions(db, later)).toBeGreaterThanOrEqual(1);
    expect(await db.userSession.count({ where: { id: sid } })).toBe(0);
  });

  it("lists the user's browsers with the current one marked", async () => {
    const user = await signedIn(2);
    const list = await sessionsOf(db, user.userId, user.sessionIds[1]!);
    expect(list.map((s) => s.current).sort()).toEqual([false, true]);
  });
});

describe("changePassword", () => {
  it("needs the current password, refuses a weak new one, and ends every other session", async () => {
    const user = await signedIn(3);
    const [current, ...others] = user.sessionIds;
    const changer = {
      id: user.userId,
      name: "Session Student",
      email: user.email,
      sessionId: current!,
      timeZone: "UTC",
    };
    const address = "192.0.2.77";

    expect(
      await changePassword(
        db,
        changer,
        { currentPassword: "not it", newPassword: "steppe-river-lantern", confirmPassword: "steppe-river-lantern" },
        address,
      ),
    ).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { currentPassword: "That is not your current password." },
    });
    expect(
      await changePassword(
        db,
        changer,
        { currentPassword: password, newPassword: "password12", confirmPassword: "password12" },
        address,
      ),
    ).toMatchObject({ ok: false, code: "invalid", fieldErrors: { newPassword: expect.any(String) } });
    expect(await db.userSession.count({ where: { userId: user.userId } })).toBe(3);

    expect(
      await changePassword(
        db,
        changer,
        { currentPassword: password, newPassword: "steppe-river-lantern", confirmPassword: "steppe-river-lantern" },
        address,
      ),
    ).toEqual({ ok: true, data: { endedSessions: 2 } });
    expect(await activeSessionUser(db, user.claims(current!))).not.toBeNull();
    for (const sid of others) expect(await activeSessionUser(db, user.claims(sid!))).toBeNull();
    expect(await authenticate(db, { email: user.email, password }, "192.0.2.78")).toMatchObject({ ok: false });
    expect(await authenticate(db, { email: user.email, password: "steppe-river-lantern" }, "192.0.2.78")).toMatchObject(
      { ok: true },
    );
  });
});
