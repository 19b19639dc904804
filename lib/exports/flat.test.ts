import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvColumns, LIST_SEPARATOR, toAnkiNotes, toCsv, toQuizlet } from "./flat";
import { escapeHtml } from "./html";
import { answerText } from "./question";
import { awkwardQuestions } from "./test-fixtures";

describe("CSV export", () => {
  it("parses back to every question's stem, options, answer, accepted spellings, quote and source", () => {
    const csv = toCsv(awkwardQuestions);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<(typeof csvColumns)[number], string>[];
    expect(rows).toHaveLength(awkwardQuestions.length);
    for (const [i, q] of awkwardQuestions.entries()) {
      const row = rows[i]!;
      expect(row.type).toBe(q.kind);
      expect(row.stem).toBe(q.stem);
      expect(row.answer).toBe(answerText(q));
      expect(row.quote).toBe(q.source.quote);
      expect(row.article).toBe(q.source.articleTitle);
      expect(row.outlet).toBe("Kyiv Independent");
      expect(row.date).toBe("2022-01-19");
      expect(row["sources differ"]).toBe("Kazakh Prosecutor General's Office: 238");
      expect(row["fact id"]).toBe(q.factId);
      if (q.kind === "multiple-choice") expect(row.options.split(LIST_SEPARATOR)).toEqual(q.options);
      if (q.kind === "typed") expect(row["accepted spellings"].split(LIST_SEPARATOR)).toEqual(q.accepted);
    }
  });

  it("makes a cell that starts like a formula inert", () => {
    const formula = [{ ...awkwardQuestions[0]!, stem: '=HYPERLINK("http://example.com")' }];
    const [row] = parse(toCsv(formula), { bom: true, columns: true }) as { stem: string }[];
    expect(row!.stem.startsWith("'=")).toBe(true);
  });
});

describe("Anki notes export", () => {
  const text = toAnkiNotes("Kazakhstan 2022", awkwardQuestions);
  const [headers, body] = [text.split("\n").slice(0, 7), text.split("\n").slice(7).join("\n")];

  it("starts with the file headers Anki 2.1.55 reads", () => {
    expect(headers).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:Kazakhstan 2022",
      "#tags:sourcebound",
      "#columns:Front\tBack\tTags",
      "#tags column:3",
    ]);
  });

  it("gives back one note per question with its answer and source on the back, tabs kept inside fields", () => {
    const notes = parse(body, { delimiter: "\t", relax_column_count: false }) as string[][];
    expect(notes).toHaveLength(awkwardQuestions.length);
    for (const [i, q] of awkwardQuestions.entries()) {
      const [front, back, tags] = notes[i]!;
      expect(front).toContain(escapeHtml(q.stem));
      expect(back).toContain(`<strong>${escapeHtml(answerText(q))}</strong>`);
      expect(back).toContain(escapeHtml(q.source.quote));
      if (q.kind === "typed" && q.accepted.length > 1) expect(back).toContain("Also accepted: Tokayev");
      expect(tags).toBe(q.topics.map((t) => t.replaceAll(" ", "_")).join(" "));
    }
  });

  it("never starts a note's line with # (Anki would drop it as a comment)", () => {
    const hashed = awkwardQuestions.map((q) => ({ ...q, stem: `#1 ${q.stem}` }));
    const lines = toAnkiNotes("Deck", hashed).trimEnd().split("\n").slice(7);
    expect(lines.filter((line) => line.startsWith("#"))).toEqual([]);
  });
});

describe("Quizlet export", () => {
  it("is one card per line, term and definition split by one tab, the source in the definition", () => {
    const lines = toQuizlet(awkwardQuestions).trimEnd().split("\n");
    expect(lines).toHaveLength(awkwardQuestions.length);
    for (const [i, q] of awkwardQuestions.entries()) {
      const fields = lines[i]!.split("\t");
      expect(fields).toHaveLength(2);
      expect(fields[0]).toContain(q.stem);
      expect(fields[1]!.startsWith(answerText(q))).toBe(true);
      // The quote's own tab became a space: Quizlet has no quoting.
      expect(fields[1]).toContain("a tab here");
    }
  });
});
