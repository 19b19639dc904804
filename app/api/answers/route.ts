import { z } from "zod";
import { defineRoute } from "@/lib/auth/route.server";
import { sessionHasEnded } from "@/lib/auth/session.server";
import { fail } from "@/lib/result";
import { feedAfterResponse } from "@/lib/scheduling/cards.server";
import { submitAnswerSchema } from "@/lib/study/answers";
import { submitAnswer } from "@/lib/study/sessions.server";

/** An answer is a question id, a short response and a time: a few KB is plenty. */
const MAX_ANSWER_BYTES = 4 * 1024;

/**
 * POST an answer as JSON ({ questionId, response, timeTakenMs }); the same domain call as the
 * quiz page's server action, for scripts and load tests. Errors are JSON with a message.
 */
export const POST = defineRoute(
  // The cookie's claims only: submitAnswer's query checks that the session is still active and the account still a student.
  {
    name: "answers",
    who: "student",
    session: "cookie",
    params: z.unknown(),
    body: { schema: submitAnswerSchema, maxBytes: MAX_ANSWER_BYTES },
  },
  async ({ user, input }) => {
    const result = await submitAnswer(user.id, input, new Date(), user.sessionId);
    if (result.ok) feedAfterResponse(user.id);
    // Not found because the session ended (signed out elsewhere)? Say so, as any page would.
    if (!result.ok && result.code === "not-found" && (await sessionHasEnded(user)))
      return fail("unauthenticated", "Your session has ended. Sign in again.");
    return result;
  },
);
