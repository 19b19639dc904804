import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import type { Role } from "@/lib/accounts/roles";
import { roleSchema } from "@/lib/accounts/schemas";
import {
  activeSessionUser,
  endUserSessions,
  sessionsOf,
  type SessionClaims,
  type SessionSummary,
} from "./user-sessions.server";
import { serverEnv } from "@/lib/env.server";
import { displayZoneCookie } from "@/lib/accounts/display-zone";
import { timeZoneSchema } from "@/lib/schemas";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** IANA time zone dates show in: this browser's (lib/accounts/display-zone.ts), else the account's. */
  timeZone: string;
  /** The zone stored on the account: the last one any of the user's browsers reported. */
  savedTimeZone: string;
  /** This browser's session (lib/auth/user-sessions.server.ts). */
  sessionId: string;
}

/**
 * The signed-in user, read fresh from the database once per request with their session: a
 * session that was ended (signed out, password changed), a deleted or disabled account or a
 * changed role takes effect at once, whatever the session cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const user = await activeSessionUser(db(), claims);
  if (!user) return null;
  return { ...user, timeZone: (await browserTimeZone()) ?? user.timeZone, savedTimeZone: user.timeZone };
});

/** The zone this browser reported (lib/accounts/display-zone.ts), when the runtime knows it; also before signing in. */
export async function browserTimeZone(): Promise<string | undefined> {
  const zone = timeZoneSchema.safeParse((await cookies()).get(displayZoneCookie)?.value);
  return zone.success ? zone.data : undefined;
}

/**
 * The user id and role in the session cookie, read by decrypting the cookie: the same check
 * next-auth's getServerSession makes, without building a whole session response per request.
 * Only for a caller that re-checks the user in its own query (the answer route); everyone else
 * uses getCurrentUser, which reads the account.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const env = serverEnv();
  const name = `${env.https ? "__Secure-" : ""}next-auth.session-token`;
  const store = await cookies();
  // next-auth splits a large cookie into name.0, name.1, …
  const chunks = store
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  const value = store.get(name)?.value ?? (chunks.length ? chunks.map((c) => c.value).join("") : undefined);
  if (!value) return null;
  const known = decodedCookies.get(value);
  if (known && known.expiresAt > Date.now()) return known.claims;
  const token = await decode({ token: value, secret: env.NEXTAUTH_SECRET }).catch(() => null);
  const role = roleSchema.safeParse(token?.role);
  if (typeof token?.id !== "string" || typeof token.sid !== "string" || !role.success) return null;
  const claims: SessionClaims = { id: token.id, role: role.data, sessionId: token.sid };
  // A cookie's content never changes; decrypting it once per process (until it expires) is enough.
  if (decodedCookies.size >= DECODED_COOKIES_KEPT) decodedCookies.delete(decodedCookies.keys().next().value!);
  decodedCookies.set(value, { claims, expiresAt: typeof token.exp === "number" ? token.exp * 1000 : Date.now() });
  return claims;
}

const DECODED_COOKIES_KEPT = 5_000;
const decodedCookies = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/** For pages: sends a visitor without a session to sign in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages: a signed-in user with another role gets the 403 page, never the content. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== role) forbidden();
  return user;
}

/** The browsers the user is signed in on, for the account page. */
export async function signedInBrowsers(user: CurrentUser): Promise<SessionSummary[]> {
  return sessionsOf(db(), user.id, user.sessionId);
}

/** For a caller that has only the cookie's claims: whether that session has ended. */
export async function sessionHasEnded(claims: SessionClaims): Promise<boolean> {
  return (await activeSessionUser(db(), claims)) === null;
}

/** The zone the user's browsers last reported, kept on the account for what runs without a browser. */
export async function saveAccountTimeZone(userId: string, timeZone: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { timeZone } });
}

/** Ends every session of the account, this browser's included. */
export async function signOutEverywhere(userId: string): Promise<number> {
  return endUserSessions(db(), userId);
}
