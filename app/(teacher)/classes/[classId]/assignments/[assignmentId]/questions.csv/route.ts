import { defineRoute } from "@/lib/auth/route.server";
import { analyticsCsv } from "@/lib/assignments/csv";
import { csvResponse } from "@/lib/download";
import { questionAnalyticsForTeacher } from "@/lib/assignments/gradebook.server";
import { assignmentPathSchema } from "@/lib/assignments/policy";
import { flagLabels } from "@/lib/assignments/item-analysis";
import { fail } from "@/lib/result";

/** The per-question analysis as CSV, for the teacher who owns the class. */
export const GET = defineRoute(
  { name: "questions.csv", who: "teacher", params: assignmentPathSchema },
  async ({ user, params }) => {
    const analytics = await questionAnalyticsForTeacher(user.id, params.assignmentId, params.classId);
    if (!analytics) return fail("not-found", "No such assignment.");
    const rows = analytics.questions.map((q) => ({
      question: q.question.stem,
      rightAnswer: q.rightAnswer,
      answered: q.answered,
      share: q.share,
      wrongAnswers: q.wrongAnswers,
      discrimination: q.discrimination.value,
      medianTimeMs: q.medianTimeMs,
      options: q.options,
      acceptedAnswers: q.acceptedAnswers,
      flags: q.flags.map((flag) => flagLabels[flag]),
      passage: q.citation?.passage.quote ?? "",
      article: q.citation ? `${q.citation.articleTitle}${q.citation.outlet ? ` — ${q.citation.outlet}` : ""}` : "",
    }));
    return csvResponse(analyticsCsv(rows), `${analytics.assignment.title} - questions`);
  },
);
