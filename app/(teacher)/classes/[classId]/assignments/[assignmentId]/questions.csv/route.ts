import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session.server";
import { analyticsCsv } from "@/lib/assignments/csv";
import { questionAnalyticsForTeacher } from "@/lib/assignments/gradebook.server";
import { csvResponse, teacherOr } from "@/lib/assignments/csv-response.server";

const params = z.object({ classId: z.string().max(40), assignmentId: z.string().max(40) });

/** The per-question analysis as CSV, for the teacher who owns the class. */
export async function GET(_request: Request, context: { params: Promise<unknown> }) {
  const refused = teacherOr(await getCurrentUser());
  if (refused.response) return refused.response;
  const parsed = params.safeParse(await context.params);
  const analytics = parsed.success ? await questionAnalyticsForTeacher(refused.user.id, parsed.data.assignmentId, parsed.data.classId) : null;
  if (!analytics) return Response.json({ error: "No such assignment." }, { status: 404 });
  const rows = analytics.questions.map((q) => ({
    question: q.question.stem,
    rightAnswer: q.rightAnswer,
    answered: q.answered,
    share: q.share,
    wrongAnswers: q.wrongAnswers,
    passage: q.citation?.passage.quote ?? "",
    article: q.citation ? `${q.citation.articleTitle}${q.citation.outlet ? ` — ${q.citation.outlet}` : ""}` : "",
  }));
  return csvResponse(analyticsCsv(rows), `${analytics.assignment.title} - questions`);
}
