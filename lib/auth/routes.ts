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
  { prefix: "/articles", access: "signed-in" },
];

export function accessFor(pathname: string): Access {
  const match = sections.find(({ prefix }) => pathname === prefix || pathname.startsWith(prefix + "/"));
  return match?.access ?? "public";
}

export function mayOpen(access: Access, role: Role | undefined): boolean {
  if (access === "public") return true;
  if (!role) return false;
  return access === "signed-in" || access === role;
}

/** Only same-site paths may be used as a post-sign-in destination (no open redirects). */
export function safeCallbackPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
