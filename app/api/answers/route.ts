import { sessionClaims } from "@/lib/auth/session.server";
import { submitAnswerSchema } from "@/lib/study/answers";
import { submitAnswer } from "@/lib/study/sessions.server";

/**
 * POST an answer as JSON ({ questionId, response, timeTakenMs }); the same domain call as the
 * quiz page's server action, for scripts and load tests. Errors are JSON with a message.
 */
export async function POST(request: Request) {
  // The cookie says who; submitAnswer's query checks the account still exists and is a student.
  const user = await sessionClaims();
  if (!user) return Response.json({ error: "Sign in to answer questions." }, { status: 401 });
  if (user.role !== "student") return Response.json({ error: "Only a student can answer quiz questions." }, { status: 403 });
  // JSON only: a cross-site form cannot send it without a CORS preflight, which we never grant.
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "Send the answer as application/json." }, { status: 415 });
  }
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = submitAnswerSchema.safeParse(body);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Malformed answer." }, { status: 400 });
  const result = await submitAnswer(user.id, parsed.data);
  return result.ok ? Response.json(result.feedback) : Response.json({ error: result.error }, { status: result.status });
}
