import "server-only";
import type { z } from "zod";
import type { Role } from "@/lib/accounts/roles";
import { readBodyWithin } from "@/lib/security/body-limit";
import { sessionClaims } from "./session.server";
import type { SessionClaims } from "./user-sessions.server";

/**
 * A JSON route handler: who may call it, the input schema and the largest body it reads. Callers
 * without a session (401), with another role (403), bodies that are not JSON (415), too large
 * (413), not parseable ("not valid JSON", 400) or not of the schema (400) get a JSON message and
 * the handler never runs. The handler re-checks the session in its own query (the answer path's
 * one round trip): it gets the cookie's claims, including the session id to check.
 */
export function jsonRoute<Schema extends z.ZodType>(
  config: { who: Role; input: Schema; maxBytes: number },
  handler: (input: z.infer<Schema>, claims: SessionClaims) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const claims = await sessionClaims();
    if (!claims) return refuse(401, "Sign in first.");
    if (claims.role !== config.who) return refuse(403, `Only a ${config.who} can do this.`);
    // JSON only: a cross-site form cannot send it without a CORS preflight, which we never grant.
    if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return refuse(415, "Send the body as application/json.");
    const body = await readBodyWithin(request, config.maxBytes);
    if (!body.ok) return refuse(body.status, body.error);
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return refuse(400, "The body is not valid JSON.");
    }
    const parsed = config.input.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(400, issue ? `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "Malformed request.");
    }
    return handler(parsed.data, claims);
  };
}

export function refuse(status: number, error: string): Response {
  return Response.json({ error }, { status });
}
