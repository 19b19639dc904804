/**
 * The browser's side of next-auth, as the plain requests to its routes that next-auth/react
 * makes (its signIn, getSession and signOut): next-auth/react weighed 12 KB gzipped on every page
 * for three fetches (issue 19, decision 0017). The routes and their rules stay next-auth's.
 */
import type { Role } from "@/lib/accounts/roles";

const form = { "Content-Type": "application/x-www-form-urlencoded" };

/** The service worker's caches of pages (app/sw.ts names them): they hold the signed-in student's pages. */
const SAVED_PAGE_CACHES = ["pages", "pages-rsc"];

/**
 * Forgets the pages saved for offline reading: on signing out, and on signing in (whoever used
 * this browser before may not have signed out; their pages must not show offline to the next).
 */
export async function forgetSavedPages(): Promise<void> {
  if (!("caches" in window)) return;
  await Promise.allSettled(SAVED_PAGE_CACHES.map((name) => caches.delete(name)));
}

/** The CSRF token next-auth checks on every POST (a double-submit cookie it sets here). */
async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf", { cache: "no-store" });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return csrfToken;
}

/** Signs in with the credentials provider without leaving the page; `error` is next-auth's code. */
export async function signInWithPassword(
  email: string,
  password: string,
): Promise<{ ok: boolean; status: number; error: string | null }> {
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: form,
    body: new URLSearchParams({
      email,
      password,
      csrfToken: await csrfToken(),
      callbackUrl: window.location.href,
      json: "true",
    }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : "unknown";
  return { ok: response.ok && !error, status: response.status, error };
}

/** The signed-in user's role, or null (no session). */
export async function sessionRole(): Promise<Role | null> {
  const response = await fetch("/api/auth/session", { cache: "no-store" });
  const session = (await response.json().catch(() => null)) as { user?: { role?: Role } } | null;
  return session?.user?.role ?? null;
}

/**
 * Ends this browser's session (next-auth clears its cookie) and answers where to go next.
 * Throws without a connection: the cookie then stays, and the caller says so.
 */
export async function endSession(callbackUrl: string): Promise<string> {
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: form,
    body: new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl, json: "true" }),
  });
  if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  return url ?? callbackUrl;
}
