import { beforeAll, describe, expect, it } from "vitest";
import { factOn } from "@/lib/facts/test-fixtures";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import type { Role } from "@/lib/accounts/roles";
import { createAssignment } from "@/lib/assignments/assignments.server";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { addEntity, removeEntity } from "@/lib/curation/entities.server";
import { createDeck } from "@/lib/decks/decks.server";
import { createFact, removeArticle, removeFact, updateFact } from "@/lib/curation/facts.server";
import {
  acceptSuggestion,
  dismissSuggestion,
  openSuggestions,
  refreshSuggestions,
} from "@/lib/curation/suggestions.server";
import { localValue } from "@/lib/dates";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { articleForReader, listArticles } from "@/lib/facts/queries.server";
import type { TeacherFactInput } from "@/lib/facts/teacher-fact";
import type { Result } from "@/lib/result";
import { flashcardQueue } from "@/lib/scheduling/cards.server";
import { studentCorpus, teacherCorpus } from "@/lib/study/corpus.server";
import { startPracticeSession, storedItem, submitAnswer } from "@/lib/study/sessions.server";
import { responseFor } from "@/lib/study/test-support";
import {
  boilerplateOf,
  importArticle,
  readSource,
  setBoilerplate,
  shareArticle,
  updateArticleDetails,
} from "./articles.server";
import { libraryPart, ownerPart, partVersions, type PartKey } from "./versions.server";

// Teachers' articles against the real library: who may read and change them, importing, and the
// version rows that tell every instance a teacher's corpus changed.
const db = testDb();

const bridgeText = `The Brooklyn Bridge opened to traffic on 24 May 1883, after fourteen years of construction across the East River between Manhattan and Brooklyn. Its designer, John Augustus Roebling, died in 1869 after an accident at the Fulton Ferry landing, and his son Washington Roebling took charge of the works.

Advertisement

Washington Roebling was left partly paralysed by decompression sickness in 1872. His wife, Emily Warren Roebling, carried his instructions to the engineers for the next eleven years. About 150,000 people crossed the bridge on its first day, each paying a toll of one cent.

Share this article

The main span measures 486 metres, and for twenty years it was the longest suspension span in the world. At least 27 workers died during the construction.`;

const canalText = `The Suez Canal opened on 17 November 1869 after ten years of work by the Suez Canal Company, led by the French diplomat Ferdinand de Lesseps. The waterway joined the Mediterranean Sea to the Red Sea and shortened the voyage from London to Bombay by about 7,000 kilometres.

Egypt's president Gamal Abdel Nasser nationalised the canal on 26 July 1956, which led to an invasion by Israel, Britain and France in October of that year. The canal was closed again from 1967 to 1975, when fifteen ships were trapped in the Great Bitter Lake for eight years.`;

async function account(role: Role, name = `Test ${role}`) {
  const result = await createAccount(db, { name, email: uniqueEmail(role), password: "a long enough password", role });
  if (!result.ok) throw new Error("could not create the account");
  return { id: result.data.userId, role };
}

/** A class of the teacher's with these students enrolled by its join code. */
async function classWith(teacherId: string, name: string, studentIds: string[]) {
  const { id } = await createClass(teacherId, { name, description: null });
  const { joinCode } = await db.class.findUniqueOrThrow({ where: { id } });
  for (const studentId of studentIds) {
    const joined = await joinClass(studentId, joinCode, "192.0.2.1", "UTC");
    if (!joined.ok) throw new Error(joined.error);
  }
  return id;
}

/** Pastes the text as the teacher would, and saves it under this title. */
async function pasted(ownerId: string, text: string, title: string) {
  const source = await readSource({ kind: "paste", text });
  if (!source.ok) throw new Error(source.error);
  return importArticle(ownerId, source.data, { title });
}

async function imported(ownerId: string, text: string, title: string) {
  const result = await pasted(ownerId, text, title);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const openingFact = (text: string) =>
  factOn(
    text,
    "The Brooklyn Bridge opened to traffic on 24 May 1883, after fourteen years of construction across the East River between Manhattan and Brooklyn.",
    {
      question: "In which year did the Brooklyn Bridge open to traffic?",
      answer: "1883",
      statement: "The Brooklyn Bridge opened to traffic in 1883.",
      answerType: "year",
      topics: ["engineering"],
    },
  );

const crowdFact = (text: string) =>
  factOn(text, "About 150,000 people crossed the bridge on its first day, each paying a toll of one cent.", {
    question: "About how many people crossed the Brooklyn Bridge on its first day?",
    answer: "150,000",
    statement: "About 150,000 people crossed the Brooklyn Bridge on its first day.",
    answerType: "number",
  });

async function made(ownerId: string, slug: string, fact: TeacherFactInput) {
  const result = await createFact(ownerId, slug, fact);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data.factId;
}

/** A typed-answer quiz on one article. */
const selectionOf = (slug: string) => ({ articles: [slug], topics: [], types: ["typed" as const], count: 5 });

const versionOf = async (part: PartKey) => (await partVersions(db, [part])).get(part)!;

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

describe("who may read and change a teacher's article", () => {
  /**
   * A teacher's article with a fact, an open suggestion and a name, shared with one of two
   * classes; a student in each class, another teacher with a class of their own.
   */
  async function world() {
    const owner = await account("teacher", "Owner");
    const intruder = await account("teacher", "Other teacher");
    const student = await account("student", "Shared student");
    const outsider = await account("student", "Other class student");
    const sharedClass = await classWith(owner.id, "Bridges 9B", [student.id]);
    const otherClass = await classWith(owner.id, "Bridges 9C", [outsider.id]);
    const intruderClass = await classWith(intruder.id, "Their class", []);
    const article = await imported(owner.id, bridgeText, "The Brooklyn Bridge");
    const factId = await made(owner.id, article.slug, openingFact(article.text));
    expect(await refreshSuggestions(owner.id, article.slug)).toMatchObject({ ok: true });
    const suggestion = (await openSuggestions(owner.id, article.slug))[0]!;
    const entity = await addEntity(owner.id, {
      canonical: "Washington Roebling",
      type: "person",
      kind: null,
      spellings: [],
      shortForms: ["Colonel Roebling"],
    });
    if (!entity.ok) throw new Error(entity.error);
    expect(await shareArticle(owner.id, article.slug, [sharedClass])).toEqual({
      ok: true,
      data: { slug: article.slug, classIds: [sharedClass] },
    });
    return {
      owner,
      intruder,
      student,
      outsider,
      sharedClass,
      otherClass,
      intruderClass,
      article,
      factId,
      suggestion,
      entityId: entity.data.entityId,
    };
  }
  type World = Awaited<ReturnType<typeof world>>;

  /** Every row the owner's writes could change, and the owner's version row. */
  async function rowsOf(w: World) {
    const slug = w.article.slug;
    return {
      article: await db.article.findUniqueOrThrow({ where: { id: slug } }),
      facts: await db.fact.findMany({ where: { articleId: slug }, orderBy: { id: "asc" } }),
      suggestions: await db.factSuggestion.findMany({ where: { articleId: slug }, orderBy: { id: "asc" } }),
      shares: await db.articleShare.findMany({ where: { articleId: slug }, orderBy: { classId: "asc" } }),
      entity: await db.entity.findUniqueOrThrow({ where: { id: w.entityId } }),
      version: await versionOf(ownerPart(w.owner.id)),
    };
  }

  /** Each of the owner's writes, as made by this user. */
  function writesBy(actorId: string, w: World, classIds: string[]): (() => Promise<Result<unknown>>)[] {
    const slug = w.article.slug;
    const fact = crowdFact(w.article.text);
    return [
      () =>
        updateArticleDetails(actorId, slug, {
          title: "Renamed",
          author: null,
          outlet: null,
          date: null,
          sourceUrl: null,
          licence: null,
        }),
      () => setBoilerplate(actorId, slug, []),
      () => shareArticle(actorId, slug, classIds),
      () => removeArticle(actorId, slug),
      () => createFact(actorId, slug, fact),
      () =>
        updateFact(actorId, w.factId, {
          ...openingFact(w.article.text),
          question: "When did the bridge open to traffic?",
        }),
      () => removeFact(actorId, w.factId),
      () =>
        acceptSuggestion(actorId, w.suggestion.id, {
          quoteStart: w.suggestion.quoteStart,
          quoteEnd: w.suggestion.quoteEnd,
          question: w.suggestion.question,
          answer: w.suggestion.answer,
          statement: w.suggestion.statement,
          answerType: w.suggestion.answerType,
          attribution: w.suggestion.attribution,
          aliases: [],
          topics: [],
          claimGroup: null,
          distractors: [],
        }),
      () => dismissSuggestion(actorId, w.suggestion.id),
      () => refreshSuggestions(actorId, slug),
      () => removeEntity(actorId, w.entityId),
    ];
  }

  /** The writes one after the other, so each refusal holds on its own. */
  async function resultsOf(writes: (() => Promise<Result<unknown>>)[]) {
    const results: Result<unknown>[] = [];
    for (const write of writes) results.push(await write());
    return results;
  }

  const notFound = { ok: false, code: "not-found" };

  it("the owner reads and lists their article; another teacher finds nothing and changes nothing", async () => {
    const w = await world();
    const slug = w.article.slug;
    expect(await articleForReader(w.owner, slug)).toMatchObject({ slug, title: "The Brooklyn Bridge", factCount: 1 });
    expect((await listArticles(w.owner)).map((a) => a.slug)).toContain(slug);

    expect(await articleForReader(w.intruder, slug)).toBeNull();
    expect((await listArticles(w.intruder)).map((a) => a.slug)).not.toContain(slug);
    expect((await teacherCorpus(w.intruder.id)).facts.has(w.factId)).toBe(false);

    const before = await rowsOf(w);
    // With their own class, then with the owner's: neither opens the article to anyone.
    for (const classId of [w.intruderClass, w.sharedClass]) {
      const results = await resultsOf(writesBy(w.intruder.id, w, [classId]));
      expect(results).toHaveLength(11);
      for (const result of results) expect(result).toMatchObject(notFound);
    }
    expect(await rowsOf(w)).toEqual(before);
  });

  it("the same writes by the owner succeed (each on a fresh article)", async () => {
    const count = writesBy("", await world(), []).length;
    for (let index = 0; index < count; index++) {
      const w = await world();
      const result = await writesBy(w.owner.id, w, [w.otherClass])[index]!();
      expect({ index, ok: result.ok }).toEqual({ index, ok: true });
    }
  });

  it("a student of a class it is shared with reads and practises it, but changes nothing", async () => {
    const w = await world();
    const slug = w.article.slug;
    expect(await articleForReader(w.student, slug)).toMatchObject({
      slug,
      ownerId: w.owner.id,
      facts: [{ id: w.factId, statement: "The Brooklyn Bridge opened to traffic in 1883." }],
    });
    expect((await listArticles(w.student)).map((a) => a.slug)).toContain(slug);
    const corpus = await studentCorpus(w.student.id);
    expect(corpus.facts.get(w.factId)).toMatchObject({ articleSlug: slug, answer: "1883" });
    expect(corpus.items.some((item) => item.factId === w.factId)).toBe(true);

    const before = await rowsOf(w);
    for (const result of await resultsOf(writesBy(w.student.id, w, [w.sharedClass])))
      expect(result).toMatchObject(notFound);
    expect(await rowsOf(w)).toEqual(before);
  });

  it("a student of another class of the same teacher, or of none, finds nothing", async () => {
    const w = await world();
    const loner = await account("student", "No class");
    for (const student of [w.outsider, loner]) {
      expect(await articleForReader(student, w.article.slug)).toBeNull();
      expect((await listArticles(student)).map((a) => a.slug)).not.toContain(w.article.slug);
      const corpus = await studentCorpus(student.id);
      expect(corpus.facts.has(w.factId)).toBe(false);
      expect(corpus.items.some((item) => item.factId === w.factId)).toBe(false);
      expect((await flashcardQueue(student.id, new Date(), [w.factId])).cards).toEqual([]);
      expect(await startPracticeSession(student.id, selectionOf(w.article.slug), "Bridge")).toMatchObject(notFound);
    }
  });

  it("after unsharing, the student loses the article from reader, list, practice and flashcards, and keeps their answers", async () => {
    const w = await world();
    const slug = w.article.slug;
    const started = await startPracticeSession(w.student.id, selectionOf(slug), "Bridge");
    if (!started.ok) throw new Error(started.error);
    const question = await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: started.data.sessionId } });
    expect(question.factId).toBe(w.factId);
    const answered = await submitAnswer(w.student.id, {
      questionId: question.id,
      response: responseFor(storedItem(question.item), true),
      timeTakenMs: 4000,
    });
    expect(answered).toMatchObject({ ok: true, data: { shown: true, verdict: "correct" } });
    expect((await flashcardQueue(w.student.id, new Date(), [w.factId])).cards.map((c) => c.factId)).toEqual([w.factId]);

    expect(await shareArticle(w.owner.id, slug, [])).toEqual({ ok: true, data: { slug, classIds: [] } });

    expect(await articleForReader(w.student, slug)).toBeNull();
    expect((await listArticles(w.student)).map((a) => a.slug)).not.toContain(slug);
    expect((await studentCorpus(w.student.id)).facts.has(w.factId)).toBe(false);
    expect((await flashcardQueue(w.student.id, new Date(), [w.factId])).cards).toEqual([]);
    expect(await startPracticeSession(w.student.id, selectionOf(slug), "Bridge")).toMatchObject(notFound);
    expect(
      await db.attempt.findMany({ where: { userId: w.student.id }, select: { factId: true, correct: true } }),
    ).toEqual([{ factId: w.factId, correct: true }]);
    // The owner still has it, and so does the library for everyone.
    expect(await articleForReader(w.owner, slug)).not.toBeNull();
    expect((await listArticles(w.student)).some((a) => a.ownerId === null)).toBe(true);
  });

  it("assigning a deck of the teacher's facts opens their articles to that class only", async () => {
    const w = await world();
    const deck = await createDeck(w.owner.id, {
      name: "Bridge",
      factIds: [w.factId],
      itemTypes: ["typed"],
      questionsPerAttempt: 1,
    });
    if (!deck.ok) throw new Error(deck.error);
    expect(await articleForReader(w.outsider, w.article.slug)).toBeNull();
    const now = Date.now();
    const assigned = await createAssignment(w.owner.id, {
      classId: w.otherClass,
      deckId: deck.data.deckId,
      opensAt: localValue(new Date(now - 3600_000), "UTC"),
      dueAt: localValue(new Date(now + 7 * 24 * 3600_000), "UTC"),
      timeZone: "UTC",
      attempts: "one",
      scoring: "best",
      answersVisible: "after-question",
      allowLate: false,
    });
    expect(assigned.ok).toBe(true);
    expect(await articleForReader(w.outsider, w.article.slug)).not.toBeNull();
    expect((await studentCorpus(w.outsider.id)).facts.has(w.factId)).toBe(true);
    expect(
      (await db.articleShare.findMany({ where: { articleId: w.article.slug }, orderBy: { classId: "asc" } })).map(
        (s) => s.classId,
      ),
    ).toEqual([w.sharedClass, w.otherClass].sort());
    expect(await articleForReader(w.intruder, w.article.slug)).toBeNull();
  });
});

describe("importing an article", () => {
  it("refuses the same text twice from one teacher, naming the first title, and keeps one row", async () => {
    const teacher = await account("teacher");
    const first = await imported(teacher.id, bridgeText, "The Brooklyn Bridge");
    const again = await pasted(teacher.id, bridgeText, "Brooklyn Bridge, again");
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    expect(!again.ok && again.error).toContain("“The Brooklyn Bridge”");
    expect(await db.article.count({ where: { ownerId: teacher.id } })).toBe(1);
    expect((await listArticles(teacher)).filter((a) => a.ownerId === teacher.id).map((a) => a.slug)).toEqual([
      first.slug,
    ]);
  });

  it("two imports of one text at once make one article; the other is told it is a duplicate", async () => {
    const teacher = await account("teacher");
    const results = await Promise.all([
      pasted(teacher.id, canalText, "The Suez Canal"),
      pasted(teacher.id, canalText, "The Suez Canal"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ ok: false, code: "conflict", error: expect.stringContaining("“The Suez Canal”") }),
    ]);
    expect(await db.article.count({ where: { ownerId: teacher.id } })).toBe(1);
  });

  it("lets another teacher import the same text as their own, and a removed article's text be imported again", async () => {
    const teacher = await account("teacher");
    const colleague = await account("teacher");
    const mine = await imported(teacher.id, canalText, "The Suez Canal");
    const theirs = await imported(colleague.id, canalText, "Suez");
    expect(theirs.slug).not.toBe(mine.slug);
    expect(await articleForReader(colleague, mine.slug)).toBeNull();
    expect(await articleForReader(teacher, theirs.slug)).toBeNull();

    expect(await removeArticle(teacher.id, mine.slug)).toEqual({ ok: true, data: { slug: mine.slug } });
    expect(await articleForReader(teacher, mine.slug)).toBeNull();
    expect((await listArticles(teacher)).map((a) => a.slug)).not.toContain(mine.slug);
    expect((await pasted(teacher.id, canalText, "The Suez Canal")).ok).toBe(true);
  });

  it("stores the text exactly and the furniture lines it proposes as boilerplate", async () => {
    const teacher = await account("teacher");
    const article = await imported(teacher.id, bridgeText, "The Brooklyn Bridge");
    expect(article.text).toBe(bridgeText);
    expect(article.boilerplate.map((r) => [r.kind, article.text.slice(r.start, r.end)])).toEqual([
      ["advertisement", "Advertisement"],
      ["comments-widget", "Share this article"],
    ]);
    expect(await boilerplateOf(teacher.id, article.slug)).toEqual(article.boilerplate);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.slug } });
    expect(row).toMatchObject({ ownerId: teacher.id, origin: "paste", text: bridgeText, bodyStart: 0 });
    // The reader shows those lines as set aside, not as the article's paragraphs.
    const reader = await articleForReader(teacher, article.slug);
    expect(reader!.blocks.filter((b) => b.kind === "boilerplate").map((b) => b.lines)).toEqual([
      ["Advertisement"],
      ["Share this article"],
    ]);
  });
});

describe("setting text aside as boilerplate", () => {
  it("refuses a range a current fact quotes and changes nothing; a free range is set aside", async () => {
    const teacher = await account("teacher");
    const article = await imported(teacher.id, bridgeText, "The Brooklyn Bridge");
    await made(teacher.id, article.slug, crowdFact(article.text));
    const before = await boilerplateOf(teacher.id, article.slug);
    const version = await versionOf(ownerPart(teacher.id));

    const quoted = article.text.indexOf("150,000");
    const refused = await setBoilerplate(teacher.id, article.slug, [
      ...before!,
      { kind: "advertisement", start: quoted, end: quoted + 20 },
    ]);
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    expect(!refused.ok && refused.error).toContain(
      "About how many people crossed the Brooklyn Bridge on its first day?",
    );
    expect(await boilerplateOf(teacher.id, article.slug)).toEqual(before);
    expect(await versionOf(ownerPart(teacher.id))).toBe(version);

    const free = article.text.indexOf("At least 27 workers");
    const range = { kind: "source-line" as const, start: free, end: article.text.length };
    const set = await setBoilerplate(teacher.id, article.slug, [...before!, range]);
    expect(set).toEqual({ ok: true, data: { slug: article.slug, boilerplate: [...before!, range] } });
    expect(await boilerplateOf(teacher.id, article.slug)).toEqual([...before!, range]);
  });
});

describe("version rows", () => {
  it("every write to a teacher's articles, facts, names or shares moves their row once, and never the library's", async () => {
    const teacher = await account("teacher");
    const classId = await classWith(teacher.id, "Versions", []);
    const part = ownerPart(teacher.id);
    const library = await versionOf(libraryPart);
    let slug = "";
    let factId = "";
    let entityId = "";
    const writes: [string, () => Promise<Result<unknown>>][] = [
      [
        "import",
        async () => {
          const result = await pasted(teacher.id, bridgeText, "The Brooklyn Bridge");
          if (result.ok) slug = result.data.slug;
          return result;
        },
      ],
      [
        "details",
        () =>
          updateArticleDetails(teacher.id, slug, {
            title: "The Brooklyn Bridge, 1883",
            author: "A. Teacher",
            outlet: null,
            date: "1883-05-24",
            sourceUrl: null,
            licence: "Written for the class",
          }),
      ],
      ["boilerplate", () => setBoilerplate(teacher.id, slug, [])],
      [
        "create fact",
        async () => {
          const result = await createFact(teacher.id, slug, openingFact(bridgeText));
          if (result.ok) factId = result.data.factId;
          return result;
        },
      ],
      [
        "edit fact",
        () => updateFact(teacher.id, factId, { ...openingFact(bridgeText), question: "When did the bridge open?" }),
      ],
      ["share", () => shareArticle(teacher.id, slug, [classId])],
      [
        "add name",
        async () => {
          const result = await addEntity(teacher.id, {
            canonical: "Emily Warren Roebling",
            type: "person",
            kind: null,
            spellings: [],
            shortForms: ["Emily Roebling"],
          });
          if (result.ok) entityId = result.data.entityId;
          return result;
        },
      ],
      ["remove name", () => removeEntity(teacher.id, entityId)],
      ["remove fact", () => removeFact(teacher.id, factId)],
      ["remove article", () => removeArticle(teacher.id, slug)],
    ];
    for (const [what, write] of writes) {
      const before = await versionOf(part);
      const result = await write();
      expect({ what, ok: result.ok }).toEqual({ what, ok: true });
      expect({ what, version: await versionOf(part) }).toEqual({ what, version: before + 1 });
    }
    expect(await versionOf(libraryPart)).toBe(library);
  });

  it("the corpus shows a teacher's new fact, and a student's newly shared one, on the very next call", async () => {
    const teacher = await account("teacher");
    const student = await account("student");
    const classId = await classWith(teacher.id, "Next call", [student.id]);
    const article = await imported(teacher.id, canalText, "The Suez Canal");
    // Both corpora are built and cached before the writes.
    expect((await teacherCorpus(teacher.id)).facts.size).toBeGreaterThan(0);
    const studentBefore = await studentCorpus(student.id);

    const factId = await made(
      teacher.id,
      article.slug,
      factOn(article.text, "Egypt's president Gamal Abdel Nasser nationalised the canal on 26 July 1956", {
        question: "In which year did Nasser nationalise the Suez Canal?",
        answer: "1956",
        statement: "Nasser nationalised the Suez Canal in 1956.",
        answerType: "year",
      }),
    );
    const corpus = await teacherCorpus(teacher.id);
    expect(corpus.facts.get(factId)).toMatchObject({ answer: "1956", ownerId: teacher.id });
    expect(corpus.citation(factId)?.passage.quote).toBe(
      "Egypt's president Gamal Abdel Nasser nationalised the canal on 26 July 1956",
    );
    expect(studentBefore.facts.has(factId)).toBe(false);
    expect((await studentCorpus(student.id)).facts.has(factId)).toBe(false);

    await shareArticle(teacher.id, article.slug, [classId]);
    expect((await studentCorpus(student.id)).facts.has(factId)).toBe(true);
  });

  it("a write by another instance (another client) is seen on the next call once it bumps the row", async () => {
    const teacher = await account("teacher");
    const article = await imported(teacher.id, canalText, "The Suez Canal");
    const factId = await made(
      teacher.id,
      article.slug,
      factOn(article.text, "The Suez Canal opened on 17 November 1869", {
        question: "In which year did the Suez Canal open?",
        answer: "1869",
        statement: "The Suez Canal opened in 1869.",
        answerType: "year",
      }),
    );
    expect((await teacherCorpus(teacher.id)).facts.get(factId)?.question).toBe(
      "In which year did the Suez Canal open?",
    );
    // The test's own client stands in for a second app instance writing to the same database.
    await db.$transaction(async (tx) => {
      await tx.fact.update({ where: { id: factId }, data: { question: "When did the Suez Canal open to ships?" } });
      await tx.corpusVersion.update({ where: { part: ownerPart(teacher.id) }, data: { version: { increment: 1 } } });
    });
    expect((await teacherCorpus(teacher.id)).facts.get(factId)?.question).toBe(
      "When did the Suez Canal open to ships?",
    );
  });
});

describe("sharing saved twice at once", () => {
  it("ends with the class shared once, and both saves succeed", async () => {
    const teacher = await account("teacher");
    const article = await imported(teacher.id, canalText, "The Suez Canal, twice shared");
    const classId = await classWith(teacher.id, "Two tabs", []);
    const saves = await Promise.all([
      shareArticle(teacher.id, article.slug, [classId]),
      shareArticle(teacher.id, article.slug, [classId]),
    ]);
    expect(saves.map((s) => s.ok)).toEqual([true, true]);
    expect(await db.articleShare.count({ where: { articleId: article.slug } })).toBe(1);
  });
});
