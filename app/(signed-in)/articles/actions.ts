"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action.server";
import {
  boilerplateOf,
  importArticle,
  readSource,
  setBoilerplate,
  shareArticle,
  updateArticleDetails,
  type ArticleSource,
} from "@/lib/articles/articles.server";
import { boilerplateKinds } from "@/lib/articles/boilerplate";
import { articleDetailsSchema, articleTitleSchema } from "@/lib/articles/details";
import { maxTextChars, maxUploadBytes } from "@/lib/articles/extract.server";
import { addEntity, entityInputSchema, removeEntity } from "@/lib/curation/entities.server";
import { createFact, removeArticle, removeFact, updateFact } from "@/lib/curation/facts.server";
import { acceptSuggestion, dismissSuggestion, refreshSuggestions } from "@/lib/curation/suggestions.server";
import { teacherFactSchema } from "@/lib/facts/teacher-fact";
import { importFactsCsv, MAX_FACTS_CSV_BYTES, type FactsImported } from "@/lib/exports/facts-import.server";
import { fail, fieldFailure, mapResult, ok, type Result } from "@/lib/result";
import { recordId, slugId } from "@/lib/schemas";

const slug = slugId("Unknown article.");
const factId = z.string().regex(/^[a-z0-9-]{2,80}$/, { error: "Unknown fact." });
const suggestionId = recordId("Unknown suggestion.");
const articlePage = (articleSlug: string) => ({ href: `/articles/${articleSlug}` });

const importInput = articleDetailsSchema.extend({
  // Empty: the title the page, PDF or document gives.
  title: z
    .union([z.literal(""), articleTitleSchema])
    .optional()
    .transform((value) => value || undefined),
  source: z.enum(["paste", "file", "url"], { error: "Choose how the article comes in." }),
  text: z
    .string()
    .max(maxTextChars + 10_000, { error: "That text is longer than 200,000 characters. Split it into parts." })
    .optional(),
  url: z.string().trim().max(2000, { error: "That address is too long." }).optional(),
  file: z
    .instanceof(File, { error: "Choose a file." })
    .refine((file) => file.size <= maxUploadBytes, { error: "That file is larger than 8 MB." })
    .optional(),
});

/** What the form's chosen way in names: the pasted text, the file, or the address. */
async function sourceOf(input: z.infer<typeof importInput>): Promise<Result<ArticleSource>> {
  if (input.source === "file") {
    if (!input.file) return fieldFailure("file", "Choose a file to upload.");
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    return ok({ kind: "file", fileName: input.file.name, mimeType: input.file.type, bytes });
  }
  if (input.source === "url")
    return input.url ? ok({ kind: "url", url: input.url }) : fieldFailure("url", "Enter the article's web address.");
  return input.text?.trim()
    ? ok({ kind: "paste", text: input.text })
    : fieldFailure("text", "Paste the article's text.");
}

export const importArticleAction = defineAction.teacher("importArticle", importInput, async (input, user) => {
  const source = await sourceOf(input);
  if (!source.ok) return source;
  const field = input.source === "paste" ? "text" : input.source;
  const extracted = await readSource(source.data);
  if (!extracted.ok) return { ...extracted, fieldErrors: { [field]: extracted.error } };
  const imported = await importArticle(user.id, extracted.data, input);
  if (!imported.ok) return imported;
  await refreshSuggestions(user.id, imported.data.slug);
  return ok(articlePage(imported.data.slug));
});

export const updateArticleDetailsAction = defineAction.teacher(
  "updateArticleDetails",
  articleDetailsSchema.extend({ slug }),
  async ({ slug: articleSlug, ...details }, user) =>
    mapResult(await updateArticleDetails(user.id, articleSlug, details), () => null),
);

const rangeInput = z.object({
  slug,
  start: z.coerce.number().int().min(0).max(1_000_000),
  end: z.coerce.number().int().min(1).max(1_000_000),
});

export const markBoilerplateAction = defineAction.teacher(
  "markBoilerplate",
  rangeInput.extend({ kind: z.enum(boilerplateKinds).default("set-aside") }),
  async ({ slug: articleSlug, start, end, kind }, user) => {
    if (end <= start) return fail("invalid", "Select some text first.");
    const current = await boilerplateOf(user.id, articleSlug);
    if (!current) return fail("not-found", "That article does not exist or is not yours.");
    return mapResult(await setBoilerplate(user.id, articleSlug, [...current, { kind, start, end }]), () => null);
  },
);

export const unmarkBoilerplateAction = defineAction.teacher(
  "unmarkBoilerplate",
  rangeInput,
  async ({ slug: articleSlug, start, end }, user) => {
    const current = await boilerplateOf(user.id, articleSlug);
    if (!current) return fail("not-found", "That article does not exist or is not yours.");
    const kept = current.filter((r) => !(r.start === start && r.end === end));
    if (kept.length === current.length) return fail("not-found", "That text is no longer set aside.");
    return mapResult(await setBoilerplate(user.id, articleSlug, kept), () => null);
  },
);

export const shareArticleAction = defineAction.teacher(
  "shareArticle",
  z.object({
    slug,
    classIds: z
      .union([recordId("Unknown class."), z.array(recordId("Unknown class.")).max(200)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
  }),
  async ({ slug: articleSlug, classIds }, user) =>
    mapResult(await shareArticle(user.id, articleSlug, classIds), () => null),
);

export const removeArticleAction = defineAction.teacher("removeArticle", z.object({ slug }), async (input, user) =>
  mapResult(await removeArticle(user.id, input.slug), () => ({ href: "/articles" })),
);

export const createFactAction = defineAction.teacher(
  "createFact",
  teacherFactSchema.extend({ slug }),
  async ({ slug: articleSlug, ...fact }, user) => mapResult(await createFact(user.id, articleSlug, fact), () => null),
);

export const updateFactAction = defineAction.teacher(
  "updateFact",
  teacherFactSchema.extend({ factId }),
  async ({ factId: id, ...fact }, user) => mapResult(await updateFact(user.id, id, fact), () => null),
);

export const removeFactAction = defineAction.teacher("removeFact", z.object({ factId }), async (input, user) =>
  mapResult(await removeFact(user.id, input.factId), () => null),
);

export const acceptSuggestionAction = defineAction.teacher(
  "acceptSuggestion",
  teacherFactSchema.extend({ suggestionId }),
  async ({ suggestionId: id, ...fact }, user) => mapResult(await acceptSuggestion(user.id, id, fact), () => null),
);

export const dismissSuggestionAction = defineAction.teacher(
  "dismissSuggestion",
  z.object({ suggestionId }),
  async (input, user) => dismissSuggestion(user.id, input.suggestionId),
);

export const refreshSuggestionsAction = defineAction.teacher(
  "refreshSuggestions",
  z.object({ slug }),
  async (input, user) => mapResult(await refreshSuggestions(user.id, input.slug), () => null),
);

export const addEntityAction = defineAction.teacher("addEntity", entityInputSchema, async (input, user) =>
  mapResult(await addEntity(user.id, input), () => null),
);

export const removeEntityAction = defineAction.teacher(
  "removeEntity",
  z.object({ entityId: z.string().regex(/^e[0-9a-f]{16}$/, { error: "Unknown name." }) }),
  async (input, user) => removeEntity(user.id, input.entityId),
);

/**
 * A fact table file imported into the teacher's article. Its rows' problems come back as field
 * messages keyed "rows.<row>.<column>", which the form lists as a table; a file that is not a
 * fact table at all is a message on the file field.
 */
export const importFactsAction = defineAction.teacher(
  "importFacts",
  z.object({
    slug,
    file: z
      .instanceof(File, { error: "Choose a CSV file." })
      .refine((file) => file.size <= MAX_FACTS_CSV_BYTES, { error: "That file is larger than 1 MB." }),
  }),
  async ({ slug: articleSlug, file }, user): Promise<Result<FactsImported>> => {
    let csv: string;
    try {
      csv = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return fieldFailure("file", "That file is not UTF-8 text: save it as “CSV UTF-8” and choose it again.");
    }
    const imported = await importFactsCsv(user.id, articleSlug, csv);
    if (imported.ok) return ok(imported.data);
    if (!imported.problems) return fieldFailure("file", imported.error, imported.code);
    const fieldErrors: Record<string, string> = {};
    for (const p of imported.problems) fieldErrors[`rows.${p.row}.${p.column}`] ??= p.message;
    const rows = new Set(imported.problems.map((p) => p.row)).size;
    return fail("invalid", `Nothing was imported: ${rows} row${rows === 1 ? " has" : "s have"} problems (below).`, {
      fieldErrors,
    });
  },
);
