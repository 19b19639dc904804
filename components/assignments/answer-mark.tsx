import { ActionButton } from "@/components/classes/action-button";
import type { ServerAction } from "@/components/use-action-form";
import type { ResultRow } from "@/lib/study/sessions.server";

/**
 * The teacher's say on one answer (issue 18): mark it right or wrong against the grader, or take
 * the mark back. The score, gradebook and the student's results change at once.
 */
export function AnswerMarkControls({ row, action }: { row: ResultRow; action: ServerAction<null> }) {
  if (!row.attemptId || !row.verdict) return null;
  const marked = row.teacherMark === "marked-right" || row.teacherMark === "marked-wrong";
  const button = (mark: "right" | "wrong" | "grader", label: string) => (
    <ActionButton
      action={action}
      payload={{ attemptId: row.attemptId, mark }}
      label={label}
      accessibleName={`${label}: question ${row.position}`}
      pendingLabel="Saving…"
    />
  );
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {row.verdict === "correct" ? button("wrong", "Mark wrong") : button("right", "Mark right")}
      {marked ? button("grader", "Undo your mark") : null}
    </div>
  );
}
