/**
 * Sessions that can end (decision 0011). The session cookie is a signed, encrypted JWT naming a
 * row here; the row is checked wherever the user is reloaded (every page, action and answer), so
 * deleting it ends that browser's session at once, on every app instance.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client.server";
import type { Role } from "@/lib/accounts/roles";
import { roleSchema } from "@/lib/accounts/schemas";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** How often a session in use has its expiry moved on (at most once per hour, not per request). */
const TOUCH_EVERY_MS = 60 * 60 * 1000;
const USER_AGENT_MAX = 200;

/** What the session cookie carries. */
export interface SessionClaims {
  id: string;
  role: Role;
  sessionId: string;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  timeZone: string;
  sessionId: string;
}

/** A new session for a user who just proved who they are; returns its id for the cookie. */
export async function startUserSession(
  db: Db,
  userId: string,
  userAgent: string | null | undefined,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({
    data: {
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: expiryFrom(now),
      userAgent: userAgent?.slice(0, USER_AGENT_MAX) || null,
    },
  });
  return id;
}

const expiryFrom = (now: Date) => new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);

/**
 * The user behind a session cookie, or null when the session has ended: signed out, expired,
 * the account deleted or disabled, or its role no longer the one the session was started with.
 */
export async function activeSessionUser(db: Db, claims: SessionClaims, now = new Date()): Promise<SessionUser | null> {
  const session = await db.userSession.findUnique({
    where: { id: claims.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, timeZone: true, disabledAt: true } },
    },
  });
  if (!session || session.userId !== claims.id || session.expiresAt <= now) return null;
  const { disabledAt, ...user } = session.user;
  const role = roleSchema.safeParse(user.role);
  if (disabledAt || !role.success || role.data !== claims.role) return null;
  return { ...user, role: role.data, sessionId: claims.sessionId };
}

/** next-auth renewed the cookie: move the row's expiry along with it (at most hourly). */
export async function touchUserSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, lastSeenAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } },
    data: { lastSeenAt: now, expiresAt: expiryFrom(now) },
  });
}

/** Signing out: this browser's session ends. */
export async function endUserSession(db: Db, sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Signing out everywhere, a new password, a disabled account: every session of the user ends (but `keep`). */
export async function endUserSessions(db: Db, userId: string, keep?: string): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { userId, ...(keep ? { id: { not: keep } } : {}) } });
  return count;
}

export interface SessionSummary {
  id: string;
  current: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

/** The account page's list of signed-in browsers, newest first. */
export async function sessionsOf(
  db: Db,
  userId: string,
  currentSessionId: string,
  now = new Date(),
): Promise<SessionSummary[]> {
  const rows = await db.userSession.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
  return rows.map(({ id, ...row }) => ({ ...row, id, current: id === currentSessionId }));
}

/** Expired sessions can never be used again; dropping them keeps the table small. */
export async function pruneUserSessions(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
