import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session.server";
import { gradebookCsv } from "@/lib/assignments/csv";
import { gradebookForTeacher } from "@/lib/assignments/gradebook.server";
import { csvResponse, teacherOr } from "@/lib/assignments/csv-response.server";

const params = z.object({ classId: z.string().max(40), assignmentId: z.string().max(40) });

/** The gradebook as CSV, for the teacher who owns the class. */
export async function GET(_request: Request, context: { params: Promise<unknown> }) {
  const refused = teacherOr(await getCurrentUser());
  if (refused.response) return refused.response;
  const parsed = params.safeParse(await context.params);
  const gradebook = parsed.success ? await gradebookForTeacher(refused.user.id, parsed.data.assignmentId, { sort: "name", dir: "asc" }, parsed.data.classId) : null;
  if (!gradebook) return Response.json({ error: "No such assignment." }, { status: 404 });
  return csvResponse(gradebookCsv(gradebook.rows, refused.user.timeZone), `${gradebook.assignment.title} - gradebook`);
}
