import { describe, expect, it } from "vitest";
import { accuracyByDay, masteryByArticle, masteryByTopic, type FactRecord } from "./mastery";
import { type AttemptRecord, latestAttempts } from "@/lib/study/latest-answers";
import { addToQuarters, quarterList, type QuarterCounts } from "@/lib/study/standing";
import { sumByLocalDay } from "@/lib/dates";

const missedFactIds = (records: AttemptRecord[]) =>
  [...latestAttempts(records).values()].filter((a) => !a.correct).map((a) => a.factId);
/** Answers per local day, as the maintained per-quarter counts give them. */
function daysOf(records: AttemptRecord[], timeZone: string) {
  const quarters = new Map<number, QuarterCounts>();
  addToQuarters(quarters, records);
  return sumByLocalDay(quarterList(quarters), ["answered", "correct"], timeZone);
}

const facts: FactRecord[] = [
  { id: "toll", articleSlug: "kyiv", articleTitle: "Kyiv article", topics: ["casualties"] },
  { id: "csto", articleSlug: "kyiv", articleTitle: "Kyiv article", topics: ["csto", "protests"] },
  { id: "abish", articleSlug: "kyiv", articleTitle: "Kyiv article", topics: ["prosecutions"] },
  { id: "massimov", articleSlug: "ties", articleTitle: "Ties article", topics: ["prosecutions"] },
];
const at = (iso: string) => new Date(`2026-11-${iso}Z`);
const attempts: AttemptRecord[] = [
  { factId: "toll", correct: false, createdAt: at("20T10:00:00") },
  { factId: "toll", correct: true, createdAt: at("24T10:00:00") }, // missed, then right: mastered
  { factId: "csto", correct: true, createdAt: at("20T10:01:00") },
  { factId: "csto", correct: false, createdAt: at("24T10:01:00") }, // right, then wrong: missed
  { factId: "massimov", correct: false, createdAt: at("24T10:02:00") },
];

describe("progress from attempts", () => {
  it("lists as missed exactly the facts whose latest answer is wrong", () => {
    expect(missedFactIds(attempts).sort()).toEqual(["csto", "massimov"]);
    expect(missedFactIds([...attempts].reverse()).sort()).toEqual(["csto", "massimov"]);
  });

  it("counts mastered, missed and never-seen facts per article", () => {
    expect(masteryByArticle(facts, attempts)).toEqual([
      { key: "kyiv", label: "Kyiv article", facts: 3, mastered: 1, missed: 1, neverSeen: 1, share: 1 / 3 },
      { key: "ties", label: "Ties article", facts: 1, mastered: 0, missed: 1, neverSeen: 0, share: 0 },
    ]);
  });

  it("counts a fact under each of its topics", () => {
    const rows = masteryByTopic(facts, attempts, (t) => t.toUpperCase());
    expect(rows.map((r) => [r.label, r.facts, r.mastered, r.neverSeen])).toEqual([
      ["CASUALTIES", 1, 1, 0],
      ["CSTO", 1, 0, 0],
      ["PROSECUTIONS", 2, 0, 1],
      ["PROTESTS", 1, 0, 0],
    ]);
  });

  it("gives accuracy per day, oldest first", () => {
    expect(accuracyByDay(daysOf(attempts, "UTC"))).toEqual([
      { day: "2026-11-20", answered: 2, correct: 1, share: 0.5 },
      { day: "2026-11-24", answered: 3, correct: 1, share: 1 / 3 },
    ]);
  });

  it("splits days at the student's local midnight", () => {
    // 10:00 UTC is 23:00 in Auckland (UTC+13 in November): the evening before for 10:00, the next day for 11:30.
    const late = [
      { factId: "toll", correct: true, createdAt: at("20T10:00:00") },
      { factId: "csto", correct: false, createdAt: at("20T11:30:00") },
    ];
    expect(accuracyByDay(daysOf(late, "UTC")).map((d) => d.day)).toEqual(["2026-11-20"]);
    expect(accuracyByDay(daysOf(late, "Pacific/Auckland")).map((d) => [d.day, d.answered])).toEqual([
      ["2026-11-20", 1],
      ["2026-11-21", 1],
    ]);
  });
});
