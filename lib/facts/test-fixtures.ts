/** A tiny corpus for the checker and import tests: one article, three entities, three facts. */
import type { Article } from "./corpus";
import type { TeacherFactInput } from "./teacher-fact";
import type { ClaimGroup, Entity, Fact } from "./schema";

const text = [
  "Headline: Tokayev thanks the CSTO", // title (line 1)
  "",
  "Kassym-Jomart Tokayev asked the Collective Security Treaty Organization (CSTO) for help on January 5.",
  "",
  "According to the Prosecutor General's Office, 4,578 people were injured. The United Nations said nearly 1,000.",
  "",
  "Support Us: Kassym-Jomart Tokayev asked for your money.",
].join("\n");
const boilerplateStart = text.indexOf("Support Us");

export const article: Article = {
  file: "fixture.txt",
  slug: "fixture",
  title: "Headline: Tokayev thanks the CSTO",
  outlet: "Fixture News",
  date: "2022-01-06",
  dateText: "6 January 2022",
  dateline: null,
  boilerplate: [{ kind: "support-us", start: boilerplateStart, end: text.length }],
  text,
};

export const entities: Entity[] = [
  {
    id: "tokayev",
    canonical: "Kassym-Jomart Tokayev",
    type: "person",
    spellings: ["Kassym-Jomart Tokayev", "Kasim Cömert Tokayev", "Tokayev"],
    shortForms: [],
  },
  {
    id: "csto",
    canonical: "Collective Security Treaty Organization",
    type: "organization",
    kind: "intergovernmental",
    spellings: ["Collective Security Treaty Organization", "CSTO"],
    shortForms: [],
  },
  {
    id: "un",
    canonical: "United Nations",
    type: "organization",
    kind: "intergovernmental",
    spellings: ["United Nations"],
    shortForms: ["UN"],
  },
];

export const goodFacts: Fact[] = [
  {
    id: "tokayev-asked-csto",
    article: "fixture.txt",
    quote: "Kassym-Jomart Tokayev asked the Collective Security Treaty Organization (CSTO) for help",
    statement: "Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help.",
    question: "Which organization did Kazakhstan's president ask for help?",
    answer: "Collective Security Treaty Organization",
    aliases: ["CSTO"],
    answerType: "organization",
    topics: ["csto"],
    entities: ["tokayev", "csto"],
  },
  {
    id: "injured-prosecutor",
    article: "fixture.txt",
    quote: "According to the Prosecutor General's Office, 4,578 people were injured.",
    statement: "According to the Prosecutor General's Office, 4,578 people were injured.",
    question: "According to the Prosecutor General's Office, how many people were injured?",
    answer: "4,578",
    aliases: [],
    answerType: "number",
    topics: ["casualties"],
    attribution: "Prosecutor General's Office",
    claimGroup: "injured",
    entities: [],
  },
  {
    id: "injured-un",
    article: "fixture.txt",
    quote: "The United Nations said nearly 1,000.",
    statement: "The United Nations said nearly 1,000 people were injured.",
    question: "According to the United Nations, how many people were injured?",
    answer: "nearly 1,000",
    aliases: ["1,000"],
    answerType: "number",
    topics: ["casualties"],
    attribution: "United Nations",
    claimGroup: "injured",
    entities: ["un"],
  },
];

export const claimGroups: ClaimGroup[] = [
  { id: "injured", title: "How many people were injured" },
  { id: "injured-un-only", title: "A group with one claim" },
];

/** A teacher's fact on a passage of the text, selected as the teacher selects it. */
export function factOn(
  text: string,
  quote: string,
  fields: Pick<TeacherFactInput, "question" | "answer" | "statement" | "answerType"> & Partial<TeacherFactInput>,
): TeacherFactInput {
  const quoteStart = text.indexOf(quote);
  if (quoteStart < 0) throw new Error(`not in the text: ${quote}`);
  return {
    quoteStart,
    quoteEnd: quoteStart + quote.length,
    aliases: [],
    topics: [],
    attribution: null,
    claimGroup: null,
    distractors: [],
    ...fields,
  };
}
