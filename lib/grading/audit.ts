/**
 * Checks a generation for the faults a student would notice: a second right option, two options
 * that read the same, a "false" statement another fact says is true. Used by items:report and tests.
 */
import { normalizeText } from "@/lib/text/normalize";
import type { Entity } from "@/lib/facts/schema";
import { gradeTypedAnswer, gradingContext } from "./grade";
import type { QuizItem } from "@/lib/quiz/items";
import type { LocatedFact } from "@/lib/facts/located";

export interface Audit {
  distractorIsAnswer: string[];
  duplicateOptions: string[];
  falseStatementSupported: string[];
  /** How often the correct option sits at each position (0-based). */
  correctPosition: number[];
}

export function auditItems(
  items: readonly QuizItem[],
  facts: readonly LocatedFact[],
  entities: readonly Entity[],
): Audit {
  const context = gradingContext(entities, facts);
  const audit: Audit = {
    distractorIsAnswer: [],
    duplicateOptions: [],
    falseStatementSupported: [],
    correctPosition: [0, 0, 0, 0],
  };
  const statements = facts.map((f) => ({ id: f.id, text: normalizeText(f.statement) }));
  for (const item of items) {
    if (item.type === "multiple-choice") {
      const rightOnes = item.options.filter((o) => gradeTypedAnswer(item, o.text, context).correct);
      if (rightOnes.length !== 1 || rightOnes[0]!.id !== item.correctOptionId) audit.distractorIsAnswer.push(item.id);
      if (new Set(item.options.map((o) => normalizeText(o.text))).size !== item.options.length)
        audit.duplicateOptions.push(item.id);
      const position = item.options.findIndex((o) => o.id === item.correctOptionId);
      audit.correctPosition[position] = (audit.correctPosition[position] ?? 0) + 1;
    }
    if (item.type === "true-false" && !item.isTrue) {
      const falsified = normalizeText(item.stem);
      const swappedIsRight = gradeTypedAnswer(item, item.swappedIn ?? "", context).correct;
      const supported = statements.some(
        (s) => s.id !== item.factId && (s.text === falsified || s.text.includes(falsified)),
      );
      if (swappedIsRight || supported) audit.falseStatementSupported.push(item.id);
    }
  }
  return audit;
}
