/**
 * A teacher's fact, made by selecting a passage of their article: the input rules and the checks
 * the seeds' checker makes, with messages in the teacher's words, per field. Pure.
 */
import { z } from "zod";
import { normalizeText } from "@/lib/text/normalize";
import { answerTypes } from "./schema";
import type { TextRange } from "./corpus";

const list = (max: number, itemMax: number, label: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value : (value ?? "").split(/\n|;/)).map((v) => v.trim()).filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(itemMax, { error: `${label}: each at most ${itemMax} characters` }))
        .max(max, { error: `${label}: at most ${max}` }),
    );

const topic = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""))
  .pipe(z.string().min(1).max(40));

export const teacherFactSchema = z.object({
  quoteStart: z.coerce.number().int().min(0).max(1_000_000),
  quoteEnd: z.coerce.number().int().min(1).max(1_000_000),
  question: z
    .string()
    .trim()
    .min(10, { error: "Write the question in full (at least 10 characters)." })
    .max(300, { error: "Keep the question under 300 characters." })
    .regex(/\?$/, { error: "End the question with a question mark." }),
  answer: z
    .string()
    .trim()
    .min(1, { error: "Give the answer." })
    .max(120, { error: "Keep the answer short: under 120 characters." }),
  statement: z
    .string()
    .trim()
    .min(10, { error: "Write the fact as one true sentence (at least 10 characters)." })
    .max(400, { error: "Keep the statement under 400 characters." }),
  aliases: list(10, 120, "Other accepted answers"),
  answerType: z.enum(answerTypes, { error: "Choose what kind of answer it is." }),
  topics: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value : (value ?? "").split(/[,\n]/)).filter((t) => t.trim()))
    .pipe(z.array(topic).max(6, { error: "At most 6 topics." })),
  attribution: z
    .string()
    .trim()
    .max(120, { error: "Keep “who says so” under 120 characters." })
    .optional()
    .transform((value) => value || null),
  claimGroup: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((value) => value || null),
  distractors: list(6, 120, "Wrong answers"),
});
export type TeacherFactInput = z.output<typeof teacherFactSchema>;

export interface FactArticle {
  text: string;
  bodyStart: number;
  boilerplate: readonly TextRange[];
}

/** Other facts the new one must not clash with: the answers of the teacher's and the library's facts. */
export interface KnownAnswer {
  id: string;
  answerType: string;
  answer: string;
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const contains = (haystack: string, needle: string) =>
  ` ${normalizeText(haystack)} `.includes(` ${normalizeText(needle)} `);

/**
 * The field messages for a fact that breaks a rule, or null when it may be saved. The quote is the
 * selected range of the text, so it is verbatim by construction; what remains is where it sits and
 * whether the question, answer and statement fit it.
 */
export function teacherFactProblems(
  fact: TeacherFactInput,
  article: FactArticle,
  others: readonly KnownAnswer[] = [],
): Record<string, string> | null {
  const problems: Record<string, string> = {};
  const range = { start: fact.quoteStart, end: fact.quoteEnd };
  const quote = article.text.slice(range.start, range.end);
  if (range.end > article.text.length || range.end <= range.start)
    problems.quote = "Select the passage again: that selection is not in the article's text.";
  else if (quote.trim().length < 8) problems.quote = "Select a longer passage: at least a few words.";
  else if (quote.length > 400)
    problems.quote = "Select a shorter passage: at most 400 characters, about two sentences.";
  else if (range.start < article.bodyStart)
    problems.quote = "The title cannot be quoted: select text from the article.";
  else if (article.boilerplate.some((b) => overlaps(range, b)))
    problems.quote =
      "That passage is set aside as not part of the article (boilerplate): select text from the article.";

  if (!problems.quote && !contains(quote, fact.answer))
    problems.answer = "The answer must be words of the quoted passage: copy them from it.";
  if (["number", "quantity", "year", "date"].includes(fact.answerType))
    for (const digits of fact.answer.match(/\d[\d,.]*\d|\d/g) ?? [])
      if (!quote.includes(digits)) problems.answer ??= `Write “${digits}” the way the passage writes it.`;
  if (!contains(fact.statement, fact.answer))
    problems.statement = "The statement must contain the answer, word for word.";

  const right = new Set([fact.answer, ...fact.aliases].map(normalizeText));
  const wrong = fact.distractors.find((d) => right.has(normalizeText(d)));
  if (wrong)
    problems.distractors = `“${wrong}” is the answer or one of its other forms, so it cannot be a wrong answer.`;
  if (fact.claimGroup && !fact.attribution)
    problems.attribution = "Say who makes this claim: competing claims need a source.";
  const clash = fact.aliases.find((alias) =>
    others.some(
      (o) =>
        o.answerType === fact.answerType &&
        normalizeText(o.answer) === normalizeText(alias) &&
        normalizeText(o.answer) !== normalizeText(fact.answer),
    ),
  );
  if (clash) problems.aliases = `“${clash}” is the answer of another fact, so both would be marked right.`;
  return Object.keys(problems).length ? problems : null;
}
