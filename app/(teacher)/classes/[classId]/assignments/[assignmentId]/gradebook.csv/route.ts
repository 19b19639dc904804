import { defineRoute } from "@/lib/auth/route.server";
import { gradebookCsv } from "@/lib/assignments/csv";
import { csvResponse } from "@/lib/download";
import { gradebookForTeacher, teacherChangesIn } from "@/lib/assignments/gradebook.server";
import { assignmentPathSchema } from "@/lib/assignments/policy";
import { fail } from "@/lib/result";

/** The gradebook as CSV, for the teacher who owns the class. */
export const GET = defineRoute(
  { name: "gradebook.csv", who: "teacher", params: assignmentPathSchema },
  async ({ user, params }) => {
    const gradebook = await gradebookForTeacher(
      user.id,
      params.assignmentId,
      { sort: "name", dir: "asc" },
      params.classId,
    );
    if (!gradebook) return fail("not-found", "No such assignment.");
    const changes = await teacherChangesIn(gradebook.assignment.id);
    return csvResponse(
      gradebookCsv(gradebook.rows, user.timeZone, changes),
      `${gradebook.assignment.title} - gradebook`,
    );
  },
);
