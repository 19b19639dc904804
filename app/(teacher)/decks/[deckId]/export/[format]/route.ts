import { defineRoute } from "@/lib/auth/route.server";
import { downloadResponse } from "@/lib/download";
import { deckExport, deckExportPathSchema } from "@/lib/exports/exports.server";
import { fail } from "@/lib/result";

/** A deck in another tool's format (Moodle XML, GIFT, Anki, Quizlet, CSV), for the teacher who owns it. */
export const GET = defineRoute(
  { name: "deck export", who: "teacher", params: deckExportPathSchema },
  async ({ user, params }) => {
    const exported = await deckExport(user.id, params.deckId, params.format);
    if (!exported) return fail("not-found", "No such deck.");
    return downloadResponse(exported.body, exported.name, exported.extension, exported.contentType);
  },
);
