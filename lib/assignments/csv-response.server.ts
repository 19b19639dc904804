import "server-only";
import type { CurrentUser } from "@/lib/auth/session.server";

/** Route handlers' permission check: a signed-in teacher, or the response that refuses the caller. */
export function teacherOr(user: CurrentUser | null): { user: CurrentUser; response?: undefined } | { user?: undefined; response: Response } {
  if (!user) return { response: Response.json({ error: "Sign in to download this." }, { status: 401 }) };
  if (user.role !== "teacher") return { response: Response.json({ error: "Only the class's teacher can download this." }, { status: 403 }) };
  return { user };
}

/** A CSV download; the file name keeps letters of any language (RFC 5987) with an ASCII fallback. */
export function csvResponse(csv: string, name: string): Response {
  const ascii = name.normalize("NFKD").replace(/[^\w .-]+/g, "").trim() || "export";
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`,
      "cache-control": "private, no-store",
    },
  });
}
