/** Export questions with every kind of awkward text, for the format tests. */
import type { ExportQuestion } from "./question";

const source = {
  quote: 'Troops of the CSTO: {"peacekeepers"} ~ 2,030 = #1 at 10:00; a tab\there',
  articleTitle: "Kazakhstan: Presidents Putin & Tokayev <talk>",
  outlet: "Kyiv Independent",
  date: "2022-01-19",
  attribution: "Kassym-Jomart Tokayev",
  otherClaims: [{ who: "Kazakh Prosecutor General's Office", says: "238", articleTitle: "Ties article" }],
};

export const awkwardQuestions: ExportQuestion[] = [
  {
    kind: "multiple-choice",
    id: "csto.multiple-choice.ab12",
    factId: "csto",
    title: "Q1 · CSTO",
    stem: 'Which alliance sent troops: {the} "CSTO" or #2 = ~ ?',
    options: ["CSTO", "NATO: the alliance", "EU {union}", "SCO = #3"],
    correct: 0,
    source,
    topics: ["CSTO", "Diplomacy"],
  },
  {
    kind: "true-false",
    id: "csto.true-false.cd34",
    factId: "csto",
    title: "Q2 · CSTO",
    stem: 'Tokayev called the CSTO: "peacekeepers".',
    isTrue: false,
    source,
    topics: ["CSTO"],
  },
  {
    kind: "typed",
    id: "toll.typed.ef56",
    factId: "toll",
    title: "Q3 · Casualties",
    stem: "How many people died, according to the report?",
    answer: "225",
    accepted: ["225"],
    number: 225,
    source,
    topics: ["Casualties"],
  },
  {
    kind: "typed",
    id: "tokayev.typed.gh78",
    factId: "tokayev",
    title: "Q4 · Power transition",
    stem: "Who is the president of Kazakhstan?",
    answer: "Kassym-Jomart Tokayev",
    accepted: ["Kassym-Jomart Tokayev", "Tokayev", "Qasym-Jomart Toqayev", "K*T"],
    number: null,
    source,
    topics: [],
  },
];
