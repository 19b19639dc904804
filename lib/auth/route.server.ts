import "server-only";
import type { z } from "zod";
import { permittedCaller, type Caller } from "./caller";
import { readBodyWithin } from "@/lib/security/body-limit";
import { fail, failureCodes, type Failure, type Result } from "@/lib/result";
import { getCurrentUser, sessionClaims, type CurrentUser } from "./session.server";
import type { SessionClaims } from "./user-sessions.server";
import { failureOf } from "./unexpected.server";

/**
 * How a route checks the session. "account": the user and this browser's session are read from
 * the database first (every route but one). "cookie": only the cookie's claims, for a hot path
 * whose own query re-checks the session (the answer route: one round trip per answer).
 */
type SessionCheck = "account" | "cookie";
type RouteUser<Check extends SessionCheck> = Check extends "cookie" ? SessionClaims : CurrentUser;

interface RouteConfig<Check extends SessionCheck, Params extends z.ZodType, Input extends z.ZodType> {
  /** For the log when the handler throws. */
  name: string;
  who: Caller;
  session?: Check;
  /** The dynamic segments of the path. */
  params: Params;
  /** A JSON body: its schema and the most bytes read of it. */
  body?: { schema: Input; maxBytes: number };
}

interface RouteContext<Check extends SessionCheck, Params extends z.ZodType, Input extends z.ZodType> {
  user: RouteUser<Check>;
  params: z.infer<Params>;
  input: z.infer<Input>;
  request: Request;
}

/** A failure as JSON ({ error, code, fieldErrors }) with its HTTP status. */
export function failureResponse(failure: Failure): Response {
  const { code, error, fieldErrors, retryAt } = failure;
  const headers: HeadersInit = retryAt
    ? { "retry-after": String(Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000))) }
    : {};
  return Response.json({ error, code, ...(fieldErrors && { fieldErrors }) }, { status: failureCodes[code], headers });
}

/**
 * Every route handler: who may call it, its path segments and (for a body) the JSON schema and
 * byte limit. Callers without a session (401) or with another role (403), a body that is not
 * JSON (415), too large (413), unreadable or not of the schema (400), or unknown path segments
 * (404) get a JSON message and the handler never runs; it gets a non-null user. It answers with
 * a Result (JSON, failures with their status) or a Response of its own (a download).
 */
export function defineRoute<
  Params extends z.ZodType,
  Input extends z.ZodType = z.ZodType<undefined>,
  Check extends SessionCheck = "account",
>(
  config: RouteConfig<Check, Params, Input>,
  handler: (context: RouteContext<Check, Params, Input>) => Promise<Result<unknown> | Response>,
): (request: Request, context: { params: Promise<unknown> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const user = await routeUser(config.session ?? "account", config.who);
      if (!user.ok) return failureResponse(user);
      const params = config.params.safeParse(await context.params);
      if (!params.success) return failureResponse(fail("not-found", "Nothing is at this address."));
      const input = config.body ? await readJson(request, config.body) : ({ ok: true, data: undefined } as const);
      if (!input.ok) return failureResponse(input);
      const answer = await handler({
        user: user.data as RouteUser<Check>,
        params: params.data,
        input: input.data as z.infer<Input>,
        request,
      });
      if (answer instanceof Response) return answer;
      return answer.ok ? Response.json(answer.data) : failureResponse(answer);
    } catch (error) {
      return failureResponse(failureOf(error, `route ${config.name}`));
    }
  };
}

async function routeUser(check: SessionCheck, who: Caller): Promise<Result<CurrentUser | SessionClaims>> {
  const user: CurrentUser | SessionClaims | null = check === "cookie" ? await sessionClaims() : await getCurrentUser();
  return permittedCaller(user, who);
}

async function readJson(request: Request, body: { schema: z.ZodType; maxBytes: number }): Promise<Result<unknown>> {
  // JSON only: a cross-site form cannot send it without a CORS preflight, which we never grant.
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json"))
    return fail("unsupported", "Send the body as application/json.");
  const text = await readBodyWithin(request, body.maxBytes);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.data);
  } catch {
    return fail("invalid", "The body is not valid JSON.");
  }
  const parsed = body.schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return fail(
    "invalid",
    issue ? `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}` : "Malformed request.",
  );
}
