/** A verdict as results, the gradebook's exports and the teacher's views name it. */
export const verdictLabels = { correct: "Correct", close: "Close (scored wrong)", incorrect: "Wrong" } as const;

/**
 * Who decided an answer's verdict when not the grader (Attempt.override, issue 18): the teacher
 * accepted its spelling for everyone in an assignment, or marked this one answer right or wrong.
 */
export const teacherMarks = ["accepted", "marked-right", "marked-wrong"] as const;
export type TeacherMark = (typeof teacherMarks)[number];

export const isTeacherMark = (value: string | null): value is TeacherMark =>
  (teacherMarks as readonly (string | null)[]).includes(value);

/** "Correct: accepted by your teacher", "Wrong: marked wrong by you": the verdict as its reader is told it. */
export function teacherMarkVerdict(mark: TeacherMark, by: string): string {
  if (mark === "accepted") return `Correct: accepted by ${by}`;
  return mark === "marked-right" ? `Correct: marked right by ${by}` : `Wrong: marked wrong by ${by}`;
}

/** How many answers a teacher decided, by kind: "2 accepted; 1 marked wrong". */
export function teacherMarkCounts(counts: Partial<Record<TeacherMark, number>>): string {
  const words: Record<TeacherMark, string> = {
    accepted: "accepted",
    "marked-right": "marked right",
    "marked-wrong": "marked wrong",
  };
  return teacherMarks
    .filter((mark) => (counts[mark] ?? 0) > 0)
    .map((mark) => `${counts[mark]} ${words[mark]}`)
    .join("; ");
}
