/**
 * Who may open which part of the app. The proxy redirects early with this table; every page and
 * action still checks the session itself (lib/auth/session.server.ts), so a missed path fails closed.
 */
import type { Role } from "@/lib/accounts/roles";

export type Access = "public" | "signed-in" | Role;

const sections: { prefix: string; access: Access }[] = [
  { prefix: "/study", access: "student" },
  { prefix: "/review", access: "student" },
  { prefix: "/flashcards", access: "student" },
  { prefix: "/progress", access: "student" },
  { prefix: "/classes", access: "teacher" },
  { prefix: "/decks", access: "teacher" },
  // Before "/articles": the first matching prefix decides.
  { prefix: "/articles/new", access: "teacher" },
  { prefix: "/articles", access: "signed-in" },
  { prefix: "/account", access: "signed-in" },
];

/** A request header the proxy sets (and strips from clients) for pages rendered the same for everyone. */
export const neutralPageHeader = "x-sourcebound-neutral-page";

export function accessFor(pathname: string): Access {
  const match = sections.find(({ prefix }) => pathname === prefix || pathname.startsWith(prefix + "/"));
  return match?.access ?? "public";
}

/**
 * Only paths of this site may be a post-sign-in destination (no open redirects). The value is
 * resolved as the browser would resolve it (tabs and line breaks dropped, backslashes read as
 * slashes), against our own origin: anything that lands on another origin is refused.
 */
export function safeCallbackPath(
  value: string | null | undefined,
  fallback: string,
  origin = "http://sourcebound.invalid",
): string {
  if (!value || value.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  return url.pathname + url.search + url.hash;
}
