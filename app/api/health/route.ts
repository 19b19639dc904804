import { readBodyWithin } from "@/lib/security/body-limit";
import { failureResponse } from "@/lib/auth/route.server";

/** The baseline body of bench:answers is answer-sized; anything larger is refused like an answer would be. */
const MAX_PROBE_BYTES = 4 * 1024;

/**
 * Liveness: answers without touching the database or the session, so it is not a defineRoute.
 * Also the framework-ceiling baseline of bench:answers: POST reads a JSON body like an answer
 * submission does, and does nothing with it.
 */
export function GET() {
  return Response.json({ ok: true });
}

export async function POST(request: Request) {
  const body = await readBodyWithin(request, MAX_PROBE_BYTES);
  return body.ok ? Response.json({ ok: true }) : failureResponse(body);
}
