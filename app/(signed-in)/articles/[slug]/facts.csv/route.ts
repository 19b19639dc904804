import { z } from "zod";
import { defineRoute } from "@/lib/auth/route.server";
import { csvResponse } from "@/lib/download";
import { articleFactTable } from "@/lib/exports/exports.server";
import { fail } from "@/lib/result";
import { slugId } from "@/lib/schemas";

/** An article's fact table as CSV, for teachers: their own articles, and the library's to copy from. */
export const GET = defineRoute(
  { name: "article facts csv", who: "teacher", params: z.object({ slug: slugId("Unknown article.") }) },
  async ({ user, params }) => {
    const table = await articleFactTable(user.id, params.slug);
    if (!table) return fail("not-found", "No such article.");
    return csvResponse(table.csv, `${table.title} - facts`);
  },
);
