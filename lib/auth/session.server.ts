import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { roleSchema, type Role } from "@/lib/accounts/roles";
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
}

/**
 * The signed-in user, read fresh from the database once per request: a deleted account or a
 * changed role takes effect at once, whatever the session cookie still says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = (await sessionClaims())?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true, timeZone: true } });
  const role = roleSchema.safeParse(user?.role);
  if (!user || !role.success) return null;
  const browserZone = timeZoneSchema.safeParse((await cookies()).get(displayZoneCookie)?.value);
  return { ...user, role: role.data, timeZone: browserZone.success ? browserZone.data : user.timeZone, savedTimeZone: user.timeZone };
});

/**
 * The user id and role in the session cookie, read by decrypting the cookie: the same check
 * next-auth's getServerSession makes, without building a whole session response per request.
 * Only for a caller that re-checks the user in its own query (the answer route); everyone else
 * uses getCurrentUser, which reads the account.
 */
export async function sessionClaims(): Promise<{ id: string; role: Role } | null> {
  const env = serverEnv();
  const name = `${env.NEXTAUTH_URL.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
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
  if (typeof token?.id !== "string" || !role.success) return null;
  const claims = { id: token.id, role: role.data };
  // A cookie's content never changes; decrypting it once per process (until it expires) is enough.
  if (decodedCookies.size >= DECODED_COOKIES_KEPT) decodedCookies.delete(decodedCookies.keys().next().value!);
  decodedCookies.set(value, { claims, expiresAt: typeof token.exp === "number" ? token.exp * 1000 : Date.now() });
  return claims;
}

const DECODED_COOKIES_KEPT = 5_000;
const decodedCookies = new Map<string, { claims: { id: string; role: Role }; expiresAt: number }>();

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
