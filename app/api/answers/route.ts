import { jsonRoute, refuse } from "@/lib/auth/json-route.server";
import { sessionHasEnded } from "@/lib/auth/session.server";
import { submitAnswerSchema } from "@/lib/study/answers";
import { submitAnswer } from "@/lib/study/sessions.server";

/** An answer is a question id, a short response and a time: a few KB is plenty. */
const MAX_ANSWER_BYTES = 4 * 1024;

/**
 * POST an answer as JSON ({ questionId, response, timeTakenMs }); the same domain call as the
 * quiz page's server action, for scripts and load tests. Errors are JSON with a message.
 */
export const POST = jsonRoute({ who: "student", input: submitAnswerSchema, maxBytes: MAX_ANSWER_BYTES }, async (input, claims) => {
  // submitAnswer's query checks that the session is still active and the account still a student.
  const result = await submitAnswer(claims.id, input, new Date(), claims.sessionId);
  if (result.ok) return Response.json(result.feedback);
  // Not found because the session ended (signed out elsewhere)? Say so, as any page would.
  if (result.status === 404 && (await sessionHasEnded(claims))) return refuse(401, "Your session has ended. Sign in again.");
  return refuse(result.status, result.error);
});
