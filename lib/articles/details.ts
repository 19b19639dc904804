/** What a teacher says about an article beside its text: the form's rules, shared by actions and the CLI. */
import { z } from "zod";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}: at most ${max} characters` })
    .transform((value) => value || null)
    .nullish()
    .transform((value) => value ?? null);

/** ISO as precise as the source gives it: 2021, 2021-03 or 2021-03-04, a real date. */
export const partialDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: "Write the date as 2021, 2021-03 or 2021-03-04." })
  .refine(
    (value) => {
      const [year, month, day] = value.split("-").map(Number);
      if (month !== undefined && (month < 1 || month > 12)) return false;
      if (day === undefined) return year! >= 1 && year! <= 2200;
      const date = new Date(Date.UTC(year!, month! - 1, day));
      return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
    },
    { error: "That date does not exist." },
  );

export const articleTitleSchema = z
  .string()
  .trim()
  .min(3, { error: "Give the article a title (at least 3 characters)." })
  .max(200, { error: "Keep the title under 200 characters." });

export const articleDetailsSchema = z.object({
  title: articleTitleSchema,
  author: optionalText(200, "Author"),
  outlet: optionalText(200, "Publication"),
  date: z
    .union([z.literal(""), partialDateSchema])
    .nullish()
    .transform((value) => value || null),
  sourceUrl: z
    .union([
      z.literal(""),
      z
        .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." })
        .max(2000, { error: "That address is too long." }),
    ])
    .nullish()
    .transform((value) => value || null),
  licence: optionalText(1000, "Licence and notes"),
});
export type ArticleDetails = z.output<typeof articleDetailsSchema>;

/** A slug from a title: its first words in lowercase ASCII, and a random tail so two titles never collide. */
export function articleSlug(title: string, random: () => number = Math.random): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  const tail = Array.from({ length: 5 }, () => "abcdefghijkmnpqrstuvwxyz23456789"[Math.floor(random() * 32)]).join("");
  return [...words, tail].join("-");
}
