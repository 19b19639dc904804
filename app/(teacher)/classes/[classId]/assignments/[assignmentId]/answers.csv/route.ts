import { defineRoute } from "@/lib/auth/route.server";
import { answersCsv } from "@/lib/assignments/csv";
import { csvResponse } from "@/lib/download";
import { answersForTeacher } from "@/lib/assignments/gradebook.server";
import { assignmentPathSchema } from "@/lib/assignments/policy";
import { fail } from "@/lib/result";

/** Every answer of every attempt as CSV, with who decided each verdict, for the teacher who owns the class. */
export const GET = defineRoute(
  { name: "answers.csv", who: "teacher", params: assignmentPathSchema },
  async ({ user, params }) => {
    const answers = await answersForTeacher(user.id, params.assignmentId, params.classId);
    if (!answers) return fail("not-found", "No such assignment.");
    return csvResponse(answersCsv(answers.rows, user.timeZone), `${answers.assignment.title} - answers`);
  },
);
