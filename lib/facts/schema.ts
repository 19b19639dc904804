/** The shapes of the seed files: article metadata, the entity table, and the fact table. */
import { z } from "zod";
import { boilerplateRangeSchema } from "@/lib/articles/boilerplate";

export { boilerplateKinds, boilerplateRangeSchema } from "@/lib/articles/boilerplate";

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "use lowercase words joined by hyphens" });

/** Character ranges are JavaScript string offsets into the UTF-8-decoded file. */
export const articleMetaSchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  slug,
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  outletNote: z.string().optional(),
  /** ISO date as precise as the text allows: 2022-01-19, 2022-02 or 2022. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  dateText: z.string().min(1),
  dateline: z.string().nullable(),
  boilerplate: z.array(boilerplateRangeSchema),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const entityTypes = ["person", "organization", "place"] as const;
/** Finer than the type, so a city is never offered against a country or a newspaper against the UN. */
export const entityKinds = [
  "country",
  "city",
  "region",
  "street",
  "intergovernmental",
  "government",
  "media",
  "social-network",
] as const;
export const entitySchema = z
  .strictObject({
    id: slug,
    canonical: z.string().min(1),
    type: z.enum(entityTypes),
    kind: z.enum(entityKinds).optional(),
    /** Every form the corpus itself uses. */
    spellings: z.array(z.string().min(1)).min(1),
    /** Other common forms a student may know (short names, transliterations). */
    shortForms: z.array(z.string().min(1)),
  })
  .refine((entity) => entity.type === "person" || entity.kind !== undefined, {
    error: "places and organizations need a kind",
    path: ["kind"],
  });
export type Entity = z.infer<typeof entitySchema>;

import { answerTypes } from "./answer-types";
export { answerTypes, type AnswerType } from "./answer-types";

export const factSchema = z.strictObject({
  id: slug,
  article: z.string().regex(/^[\w.-]+\.txt$/),
  quote: z
    .string()
    .min(8)
    .max(400, { error: "keep the quote under 400 characters: as short as makes the fact checkable" }),
  statement: z.string().min(10),
  question: z.string().min(10).regex(/\?$/, { error: "a question ends with a question mark" }),
  answer: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  answerType: z.enum(answerTypes),
  topics: z.array(slug).min(1),
  attribution: z.string().min(1).optional(),
  claimGroup: slug.optional(),
  /**
   * Wrong answers written by the fact's author, for answers the corpus has no comparable values
   * for ("warm" relations, a "twofold" rise). The generator uses them first, and only them for
   * answer types other and event. Each must be clearly wrong according to the corpus.
   */
  distractors: z.array(z.string().min(1)).max(6).optional(),
  /** Ids from seeds/entities.json of the people, organizations and places the fact names. */
  entities: z.array(slug),
});
export type Fact = z.infer<typeof factSchema>;

export const claimGroupSchema = z.strictObject({
  id: slug,
  /** What the competing claims are about, as a heading: "How many people died in …". */
  title: z.string().min(1),
});
export type ClaimGroup = z.infer<typeof claimGroupSchema>;
