/**
 * Item analysis of a question, as Moodle's quiz statistics report gives it (decision 0016):
 * facility, discrimination, how often each option was picked, and flags for questions a teacher
 * should look at. Pure: the database sums, this reads the sums.
 */

/** Sums over the finished attempts that answered one question: x = 1 if right, y = the rest of that attempt's score. */
export interface DiscriminationSums {
  /** Attempts (finished) that answered the question. */
  n: number;
  sumX: number;
  sumY: number;
  sumXY: number;
  sumYY: number;
}

/** Fewer finished attempts than this and a correlation says nothing: it is not shown. */
export const MIN_ATTEMPTS_FOR_DISCRIMINATION = 5;
/** Below this it is shown, but with a caution. */
export const FEW_ATTEMPTS = 20;

export type Discrimination =
  { value: number; caution: boolean } | { value: null; why: "too-few-attempts" | "no-spread"; attempts: number };

/**
 * The discrimination index: Pearson's correlation between the question's score (0 or 1) and the
 * rest of the attempt's score (the attempt's right answers without this one), over finished
 * attempts. From −1 to 1; Moodle prints it ×100. None when fewer than five attempts answered, or
 * when everyone scored alike on the question or on the rest (no spread to correlate).
 */
export function discriminationIndex(sums: DiscriminationSums): Discrimination {
  const { n, sumX, sumY, sumXY, sumYY } = sums;
  if (n < MIN_ATTEMPTS_FOR_DISCRIMINATION) return { value: null, why: "too-few-attempts", attempts: n };
  // x is 0 or 1, so Σx² = Σx.
  const varianceX = n * sumX - sumX * sumX;
  const varianceY = n * sumYY - sumY * sumY;
  if (varianceX <= 0 || varianceY <= 0) return { value: null, why: "no-spread", attempts: n };
  const value = (n * sumXY - sumX * sumY) / Math.sqrt(varianceX * varianceY);
  return { value: Math.max(-1, Math.min(1, value)), caution: n < FEW_ATTEMPTS };
}

export interface OptionCount {
  /** The option as students saw it (A–D text, True, False). */
  option: string;
  count: number;
  correct: boolean;
}

export type ItemFlag = "very-easy" | "very-hard" | "negative-discrimination" | "unused-distractor";

export const flagLabels: Record<ItemFlag, string> = {
  "very-easy": "Very easy (over 90 % right)",
  "very-hard": "Very hard (under 20 % right)",
  "negative-discrimination":
    "Negative discrimination: students who did well overall missed this. Check the question and its passage.",
  "unused-distractor": "A wrong option nobody picks",
};

/** Flags need this many answers: one student's answer does not make a question "very hard". */
export const MIN_ANSWERS_FOR_FLAGS = 5;

/**
 * What a teacher should look at: very easy (facility > 90 %), very hard (< 20 %), negative
 * discrimination (below zero), and a wrong option nobody picked (multiple choice and true/false).
 */
export function itemFlags(
  facility: number,
  answered: number,
  discrimination: Discrimination,
  options: readonly OptionCount[],
): ItemFlag[] {
  if (answered < MIN_ANSWERS_FOR_FLAGS) return [];
  const flags: ItemFlag[] = [];
  if (facility > 0.9) flags.push("very-easy");
  if (facility < 0.2) flags.push("very-hard");
  if (discrimination.value !== null && discrimination.value < 0) flags.push("negative-discrimination");
  if (options.some((o) => !o.correct && o.count === 0)) flags.push("unused-distractor");
  return flags;
}
