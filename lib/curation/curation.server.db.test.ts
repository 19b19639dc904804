import { beforeAll, describe, expect, it } from "vitest";
import { factOn } from "@/lib/facts/test-fixtures";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import type { Role } from "@/lib/accounts/roles";
import { importArticle, readSource, shareArticle } from "@/lib/articles/articles.server";
import { libraryScope } from "@/lib/articles/scope.server";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { createDeck, deckForTeacher } from "@/lib/decks/decks.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import type { TeacherFactInput } from "@/lib/facts/teacher-fact";
import { gradeItem } from "@/lib/grading/grade";
import { applyReview } from "@/lib/scheduling/cards.server";
import { Rating } from "@/lib/scheduling/fsrs";
import { studentCorpus, studyCorpus, teacherCorpus } from "@/lib/study/corpus.server";
import { sessionResults, startPracticeSession, storedItem, submitAnswer } from "@/lib/study/sessions.server";
import { responseFor } from "@/lib/study/test-support";
import { addEntity, entitiesOf } from "./entities.server";
import { createFact, updateFact } from "./facts.server";
import {
  acceptSuggestion,
  dismissSuggestion,
  openSuggestions,
  refreshSuggestions,
  type OpenSuggestion,
} from "./suggestions.server";
import { articleWorkbench } from "./workbench.server";

// A teacher's facts, suggestions and names against the real library: what the checks refuse,
// what students are asked, and what happens to answers when a fact is edited.
const db = testDb();

const penicillinText = `In September 1928 the Scottish physician Alexander Fleming returned from a holiday to his laboratory at St Mary's Hospital in London. He noticed that a mould had contaminated one of his dishes of Staphylococcus bacteria, and that the bacteria around it had died. Fleming named the active substance penicillin and published his findings in 1929.

Support us

For more than a decade the discovery attracted little attention. In 1939 Howard Florey and Ernst Chain began to purify penicillin at the University of Oxford, and in 1941 a police constable, Albert Alexander, became the first patient treated with it. By 1944 American factories were producing 2.3 million doses for the Allied invasion of Normandy. Fleming, Florey and Chain shared the Nobel Prize in Physiology or Medicine in 1945.`;

const smallpoxText = `On 14 May 1796 the English doctor Edward Jenner took material from a cowpox sore on the hand of a milkmaid, Sarah Nelmes, and scratched it into the arm of James Phipps, an eight-year-old boy. Six weeks later Jenner exposed the boy to smallpox, and he did not fall ill.

Jenner published his results in 1798 in a short book, An Inquiry into the Causes and Effects of the Variolae Vaccinae. By 1800 about 100,000 people had been vaccinated in Europe. The World Health Organization declared smallpox eradicated on 8 May 1980, after a campaign that began in 1967.`;

async function account(role: Role, name = `Test ${role}`) {
  const result = await createAccount(db, { name, email: uniqueEmail(role), password: "a long enough password", role });
  if (!result.ok) throw new Error("could not create the account");
  return result.data.userId;
}

/** A teacher with their pasted article. */
async function teacherWith(text: string, title: string) {
  const teacher = await account("teacher");
  const source = await readSource({ kind: "paste", text });
  if (!source.ok) throw new Error(source.error);
  const article = await importArticle(teacher, source.data, { title });
  if (!article.ok) throw new Error(article.error);
  return { teacher, slug: article.data.slug, text: article.data.text };
}

/** A student in a class of the teacher's that the article is shared with. */
async function sharedWithStudent(teacher: string, slug: string) {
  const student = await account("student");
  const { id: classId } = await createClass(teacher, { name: "Science 10A", description: null });
  const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: classId } });
  const joined = await joinClass(student, joinCode, "192.0.2.1", "UTC");
  if (!joined.ok) throw new Error(joined.error);
  const shared = await shareArticle(teacher, slug, [classId]);
  if (!shared.ok) throw new Error(shared.error);
  return student;
}

const publishedQuote = "Fleming named the active substance penicillin and published his findings in 1929.";
const publishedFact = (text: string) =>
  factOn(text, publishedQuote, {
    question: "In which year did Fleming publish his findings on penicillin?",
    answer: "1929",
    statement: "Fleming published his findings on penicillin in 1929.",
    answerType: "year",
    topics: ["medicine"],
  });

const flemingQuote =
  "In September 1928 the Scottish physician Alexander Fleming returned from a holiday to his laboratory at St Mary's Hospital in London.";
const flemingFact = (text: string) =>
  factOn(text, flemingQuote, {
    question: "Which Scottish physician returned to his laboratory at St Mary's Hospital in September 1928?",
    answer: "Alexander Fleming",
    statement: "Alexander Fleming returned to his laboratory at St Mary's Hospital in September 1928.",
    answerType: "person",
    distractors: ["Howard Florey", "Ernst Chain", "Albert Alexander"],
  });

async function made(teacher: string, slug: string, fact: TeacherFactInput) {
  const result = await createFact(teacher, slug, fact);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.factId;
}

/** The suggestion as the teacher accepts it unchanged. */
const asFact = (s: OpenSuggestion): TeacherFactInput => ({
  quoteStart: s.quoteStart,
  quoteEnd: s.quoteEnd,
  question: s.question,
  answer: s.answer,
  statement: s.statement,
  answerType: s.answerType,
  attribution: s.attribution,
  aliases: [],
  topics: [],
  claimGroup: null,
  distractors: [],
});

const typedOnly = (slug: string) => ({ articles: [slug], topics: [], types: ["typed" as const], count: 5 });

/** Starts a typed-answer quiz on the article and returns its one question with the stored item. */
async function typedQuestion(student: string, slug: string) {
  const started = await startPracticeSession(student, typedOnly(slug), "Penicillin");
  if (!started.ok) throw new Error(started.error);
  const questions = await db.sessionQuestion.findMany({ where: { sessionId: started.data.sessionId } });
  expect(questions).toHaveLength(1);
  return { sessionId: started.data.sessionId, question: questions[0]!, item: storedItem(questions[0]!.item) };
}

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

describe("a teacher's fact from a selected passage", () => {
  it("refuses an answer the passage does not say, and a passage set aside, with a message beside the field", async () => {
    const { teacher, slug, text } = await teacherWith(penicillinText, "The discovery of penicillin");
    const wrongAnswer = await createFact(teacher, slug, { ...publishedFact(text), answer: "1928" });
    expect(wrongAnswer).toMatchObject({ ok: false, code: "invalid" });
    expect(!wrongAnswer.ok && wrongAnswer.fieldErrors?.answer).toBe(
      "The answer must be words of the quoted passage: copy them from it.",
    );

    const aside = text.indexOf("Support us");
    const boilerplate = await createFact(
      teacher,
      slug,
      factOn(text, "Support us", {
        question: "What does the page ask its readers to do?",
        answer: "Support us",
        statement: "The page asks readers to Support us.",
        answerType: "other",
      }),
    );
    expect(aside).toBeGreaterThan(0);
    expect(boilerplate).toMatchObject({ ok: false, code: "invalid" });
    expect(!boilerplate.ok && boilerplate.fieldErrors?.quote).toContain("set aside as not part of the article");

    const outside = await createFact(teacher, slug, { ...publishedFact(text), quoteEnd: text.length + 10 });
    expect(!outside.ok && outside.fieldErrors?.quote).toBe(
      "Select the passage again: that selection is not in the article's text.",
    );
    expect(await db.fact.count({ where: { articleId: slug } })).toBe(0);
  });

  it("a good fact is asked as typed, multiple-choice and true/false questions citing its passage", async () => {
    const { teacher, slug, text } = await teacherWith(penicillinText, "The discovery of penicillin");
    const factId = await made(teacher, slug, publishedFact(text));
    const corpus = await teacherCorpus(teacher);
    const items = corpus.items.filter((item) => item.factId === factId);
    expect(new Set(items.map((item) => item.type))).toEqual(
      new Set(["flashcard", "typed", "multiple-choice", "true-false"]),
    );
    for (const item of items) expect(item.passage).toMatchObject({ factId, quote: publishedQuote });
    const choice = items.find((item) => item.type === "multiple-choice");
    expect(choice?.type === "multiple-choice" && choice.options.map((o) => o.text)).toContain("1929");
    expect(corpus.citation(factId)).toMatchObject({
      articleSlug: slug,
      articleTitle: "The discovery of penicillin",
      answer: "1929",
      passage: { quote: publishedQuote },
    });
    // The owner's workbench lists it with nothing for the audit to say.
    expect((await articleWorkbench(teacher, slug))!.facts).toEqual([
      expect.objectContaining({ id: factId, answer: "1929", quote: publishedQuote, findings: [] }),
    ]);
  });

  it("teacher facts leave the library's questions exactly as they were, ids and options alike", async () => {
    const libraryItems = (await studyCorpus(libraryScope)).items;
    const { teacher, slug, text } = await teacherWith(penicillinText, "The discovery of penicillin");
    await made(teacher, slug, publishedFact(text));
    await made(teacher, slug, flemingFact(text));
    const corpus = await teacherCorpus(teacher);
    const libraryFacts = new Set([...corpus.facts.values()].filter((f) => f.ownerId === null).map((f) => f.id));
    expect(libraryItems.length).toBeGreaterThan(100);
    expect(corpus.items.filter((item) => libraryFacts.has(item.factId))).toEqual(libraryItems);
    expect((await studyCorpus(libraryScope)).items).toEqual(libraryItems);
  });
});

describe("editing a fact students have answered", () => {
  const newQuote = "Fleming named the active substance penicillin";

  /**
   * A fact edited once before anyone answered it; then a student answers it in a quiz, rates its
   * flashcard, the teacher puts it in a deck, and edits it again (a new passage and answer).
   */
  async function answeredThenEdited() {
    const { teacher, slug, text } = await teacherWith(penicillinText, "The discovery of penicillin");
    const student = await sharedWithStudent(teacher, slug);
    const factId = await made(teacher, slug, { ...publishedFact(text), question: "When did Fleming publish?" });
    const inPlace = await updateFact(teacher, factId, publishedFact(text));

    const { sessionId, question, item } = await typedQuestion(student, slug);
    expect(question.factId).toBe(factId);
    const answered = await submitAnswer(student, {
      questionId: question.id,
      response: responseFor(item, true),
      timeTakenMs: 3000,
    });
    expect(answered).toMatchObject({ ok: true, data: { verdict: "correct" } });
    const reviewed = await applyReview({
      userId: student,
      factId,
      reviewId: `test-${factId}`,
      grade: Rating.Good,
      now: new Date(),
      source: "flashcard",
    });
    expect(reviewed).toEqual({ ok: true, data: { applied: true } });
    const deck = await createDeck(teacher, {
      name: "Penicillin",
      factIds: [factId],
      itemTypes: ["typed"],
      questionsPerAttempt: 1,
    });
    if (!deck.ok) throw new Error(deck.error);
    const resultsBefore = await sessionResults(student, sessionId);

    const edited = await updateFact(
      teacher,
      factId,
      factOn(text, newQuote, {
        question: "What name did Fleming give the active substance?",
        answer: "penicillin",
        statement: "Fleming named the active substance penicillin.",
        answerType: "other",
        distractors: ["streptomycin", "insulin", "aspirin"],
      }),
    );
    if (!edited.ok) throw new Error(edited.error);
    return {
      teacher,
      student,
      factId,
      inPlace,
      sessionId,
      deckId: deck.data.deckId,
      resultsBefore,
      edited: edited.data,
    };
  }

  it("edits in place until answered; then makes a new version that takes over the card and the deck", async () => {
    const w = await answeredThenEdited();
    expect(w.inPlace).toEqual({ ok: true, data: { factId: w.factId, versioned: false, changed: true } });
    expect(w.edited.versioned).toBe(true);
    const newId = w.edited.factId;
    expect(newId).not.toBe(w.factId);
    expect(await db.fact.findUniqueOrThrow({ where: { id: newId } })).toMatchObject({
      lineageId: w.factId,
      answer: "penicillin",
      quote: newQuote,
      retiredAt: null,
    });
    const old = await db.fact.findUniqueOrThrow({ where: { id: w.factId } });
    // The first edit changed the row itself: the version students answered carries its question.
    expect(old).toMatchObject({
      lineageId: w.factId,
      supersededById: newId,
      question: "In which year did Fleming publish his findings on penicillin?",
      answer: "1929",
      quote: publishedQuote,
    });
    expect(old.retiredAt).not.toBeNull();
    expect(await db.attempt.findMany({ where: { userId: w.student }, select: { factId: true } })).toEqual([
      { factId: w.factId },
    ]);

    // The student's memory of the fact goes on with the new version, and the deck asks the new one.
    expect(await db.card.findMany({ where: { userId: w.student }, select: { factId: true, reps: true } })).toEqual([
      { factId: newId, reps: 1 },
    ]);
    expect((await deckForTeacher(w.teacher, w.deckId))!.factIds).toEqual([newId]);
    for (const corpus of [await studentCorpus(w.student), await teacherCorpus(w.teacher)]) {
      expect(corpus.facts.has(w.factId)).toBe(false);
      expect(corpus.facts.get(newId)).toMatchObject({ answer: "penicillin", quote: newQuote });
    }
  });

  it("the student's results still show the question, answer and passage they were graded on", async () => {
    const w = await answeredThenEdited();
    const graded = {
      stem: "In which year did Fleming publish his findings on penicillin?",
      verdict: "correct",
      sourceAnswer: "1929",
      citation: expect.objectContaining({ passage: expect.objectContaining({ quote: publishedQuote }) }),
    };
    expect(w.resultsBefore?.rows).toEqual([expect.objectContaining(graded)]);
    expect((await sessionResults(w.student, w.sessionId))?.rows).toEqual([expect.objectContaining(graded)]);
  });
});

describe("suggested facts", () => {
  it("proposes open suggestions away from the passages of existing facts and outside boilerplate", async () => {
    const { teacher, slug, text } = await teacherWith(penicillinText, "The discovery of penicillin");
    await made(teacher, slug, publishedFact(text));
    const refreshed = await refreshSuggestions(teacher, slug);
    if (!refreshed.ok) throw new Error(refreshed.error);
    expect(refreshed.data.count).toBeGreaterThan(2);
    const open = await openSuggestions(teacher, slug);
    expect(open).toHaveLength(refreshed.data.count);
    const taken = text.indexOf(publishedQuote);
    const aside = text.indexOf("Support us");
    for (const s of open) {
      expect(text.slice(s.quoteStart, s.quoteEnd)).toBe(s.quote);
      expect(s.quote).toContain(s.answer);
      expect(s.quoteEnd <= taken || s.quoteStart >= taken + publishedQuote.length).toBe(true);
      expect(s.quoteEnd <= aside || s.quoteStart >= aside + "Support us".length).toBe(true);
    }
    expect(await db.factSuggestion.count({ where: { articleId: slug, state: { not: "open" } } })).toBe(0);
    // Refreshing again replaces the open ones instead of piling them up.
    await refreshSuggestions(teacher, slug);
    expect(await db.factSuggestion.count({ where: { articleId: slug } })).toBe(refreshed.data.count);
  });

  it("two accepts of one suggestion at once make exactly one fact", async () => {
    const { teacher, slug } = await teacherWith(smallpoxText, "Jenner and smallpox");
    await refreshSuggestions(teacher, slug);
    const suggestion = (await openSuggestions(teacher, slug))[0]!;
    const results = await Promise.all([
      acceptSuggestion(teacher, suggestion.id, asFact(suggestion)),
      acceptSuggestion(teacher, suggestion.id, asFact(suggestion)),
    ]);
    const accepted = results.filter((r) => r.ok);
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, code: "conflict", error: "That suggestion has already been accepted or dismissed." },
    ]);
    const facts = await db.fact.findMany({ where: { articleId: slug } });
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ quote: suggestion.quote, answer: suggestion.answer, ownerId: teacher });
    expect(await db.factSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({
      state: "accepted",
      factId: facts[0]!.id,
    });
    expect((await openSuggestions(teacher, slug)).map((s) => s.id)).not.toContain(suggestion.id);
    expect((await teacherCorpus(teacher)).facts.has(facts[0]!.id)).toBe(true);
  });

  it("a dismissed suggestion is closed and not proposed again", async () => {
    const { teacher, slug } = await teacherWith(smallpoxText, "Jenner and smallpox");
    await refreshSuggestions(teacher, slug);
    const suggestion = (await openSuggestions(teacher, slug))[0]!;
    expect(await dismissSuggestion(teacher, suggestion.id)).toEqual({ ok: true, data: null });
    expect(await dismissSuggestion(teacher, suggestion.id)).toMatchObject({ ok: false, code: "not-found" });
    expect(await acceptSuggestion(teacher, suggestion.id, asFact(suggestion))).toMatchObject({
      ok: false,
      code: "conflict",
    });
    await refreshSuggestions(teacher, slug);
    const open = await openSuggestions(teacher, slug);
    expect(open.some((s) => s.quoteStart < suggestion.quoteEnd && suggestion.quoteStart < s.quoteEnd)).toBe(false);
    expect(await db.fact.count({ where: { articleId: slug } })).toBe(0);
  });

  it("accepting with an answer that breaks a rule makes no fact and leaves the suggestion open", async () => {
    const { teacher, slug } = await teacherWith(smallpoxText, "Jenner and smallpox");
    await refreshSuggestions(teacher, slug);
    const suggestion = (await openSuggestions(teacher, slug))[0]!;
    const refused = await acceptSuggestion(teacher, suggestion.id, {
      ...asFact(suggestion),
      answer: "Louis Pasteur",
      statement: "Louis Pasteur did it.",
    });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(!refused.ok && refused.fieldErrors?.answer).toBe(
      "The answer must be words of the quoted passage: copy them from it.",
    );
    expect(await db.factSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({
      state: "open",
      factId: null,
    });
    expect(await db.fact.count({ where: { articleId: slug } })).toBe(0);
    // Corrected, it is accepted.
    expect(await acceptSuggestion(teacher, suggestion.id, asFact(suggestion))).toMatchObject({ ok: true });
  });
});

describe("a teacher's names", () => {
  it("refuses a form that already names someone, the library's or the teacher's own, and stores nothing", async () => {
    const teacher = await account("teacher");
    const library = await addEntity(teacher, {
      canonical: "Vladimir Vladimirovich Putin",
      type: "person",
      kind: null,
      spellings: [],
      shortForms: ["Putin"],
    });
    expect(library).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { canonical: "“Putin” already names Vladimir Putin. Use that name, or write a fuller form." },
    });

    const fleming = await addEntity(teacher, {
      canonical: "Alexander Fleming",
      type: "person",
      kind: null,
      spellings: [],
      shortForms: ["Fleming"],
    });
    expect(fleming.ok).toBe(true);
    const clash = await addEntity(teacher, {
      canonical: "Sandford Fleming",
      type: "person",
      kind: null,
      spellings: [],
      shortForms: ["fleming"],
    });
    expect(clash).toMatchObject({
      ok: false,
      fieldErrors: { canonical: "“fleming” already names Alexander Fleming. Use that name, or write a fuller form." },
    });
    expect((await entitiesOf(teacher)).map((e) => e.canonical)).toEqual(["Alexander Fleming"]);

    // Another teacher's names are theirs alone: the same form is free for this one.
    const colleague = await account("teacher");
    expect(
      (
        await addEntity(colleague, {
          canonical: "Alexander Fleming",
          type: "person",
          kind: null,
          spellings: [],
          shortForms: ["Fleming"],
        })
      ).ok,
    ).toBe(true);
  });

  it("a name's short form is accepted as a typed answer once the teacher adds it", async () => {
    const { teacher, slug, text } = await teacherWith(penicillinText, "The discovery of penicillin");
    const student = await sharedWithStudent(teacher, slug);
    const factId = await made(teacher, slug, flemingFact(text));
    const { question, item } = await typedQuestion(student, slug);
    expect(item).toMatchObject({ factId, type: "typed", answer: "Alexander Fleming" });

    const before = gradeItem(item, { text: "Fleming" }, (await teacherCorpus(teacher)).context);
    expect(before.correct).toBe(false);

    const added = await addEntity(teacher, {
      canonical: "Alexander Fleming",
      type: "person",
      kind: null,
      spellings: ["Sir Alexander Fleming"],
      shortForms: ["Fleming"],
    });
    expect(added.ok).toBe(true);
    expect(gradeItem(item, { text: "Fleming" }, (await teacherCorpus(teacher)).context).correct).toBe(true);
    const answered = await submitAnswer(student, {
      questionId: question.id,
      response: { kind: "typed", text: "Fleming" },
      timeTakenMs: 2500,
    });
    expect(answered).toMatchObject({ ok: true, data: { shown: true, verdict: "correct" } });
    expect(await db.attempt.findUniqueOrThrow({ where: { sessionQuestionId: question.id } })).toMatchObject({
      verdict: "correct",
      correct: true,
    });
  });
});
