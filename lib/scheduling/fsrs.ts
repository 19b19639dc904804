/**
 * review → card state, through ts-fsrs (the maintained FSRS implementation; nothing here
 * schedules by hand). Pure: a card and a clock in, the next card and its log out.
 */
import { endOfLocalDay } from "@/lib/dates";
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
  type ReviewLog,
} from "ts-fsrs";

export { Rating, State, type Card, type Grade, type ReviewLog };
export { formatInterval } from "./intervals";

/** One scheduler for everyone: default FSRS weights, 90 % retention, no fuzz (the intervals shown are the intervals given). */
export const schedulerParameters = generatorParameters({
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
});
const scheduler = fsrs(schedulerParameters);

export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

export function newCard(now: Date): Card {
  return createEmptyCard(now);
}

export interface ReviewOutcome {
  card: Card;
  log: ReviewLog;
}

export function reviewCard(card: Card, grade: Grade, now: Date): ReviewOutcome {
  const { card: next, log } = scheduler.next(card, now, grade);
  return { card: next, log };
}

/** What ts-fsrs's log does not keep exactly, stored beside it so an undo is exact. */
export interface PreviousTimes {
  due: Date;
  last_review: Date | undefined;
}

/**
 * The card as it was before `log`'s review. ts-fsrs rolls back stability, difficulty, state,
 * steps, reps and lapses; for a learning card it restores the review time as the due time, and
 * it does not keep the previous last review, so those two come from `previous`.
 */
export function undoReview(card: Card, log: ReviewLog, previous: PreviousTimes): Card {
  return { ...scheduler.rollback(card, log), due: previous.due, last_review: previous.last_review };
}

/** What each rating would do now: the due date per grade, for the buttons' "10m", "2d". */
export function previewDue(card: Card, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(card, now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  };
}

/**
 * Whether a card is due for this student now. Cards in (re)learning wait for their minutes-long
 * step; cards in review are due all of the local day they fall on, never a day early.
 */
export function isDue(card: Pick<Card, "due" | "state">, now: Date, timeZone: string): boolean {
  return isDueBefore(card, now, endOfLocalDay(now, timeZone));
}

/** `isDue` with the end of the student's local day worked out once, for a whole queue of cards. */
export function isDueBefore(card: Pick<Card, "due" | "state">, now: Date, dayEnds: Date): boolean {
  if (card.state === State.New) return false;
  if (card.state === State.Learning || card.state === State.Relearning) return card.due.getTime() <= now.getTime();
  return card.due.getTime() < dayEnds.getTime();
}

/**
 * How a quiz answer feeds the scheduler (decision 0008): a wrong answer is an Again review now,
 * whatever the card's state; a right answer is a Good review only when the card is due (or new):
 * a quiz must not push a not-yet-due card further out.
 */
export function quizReviewGrade(correct: boolean, card: Card | null, now: Date, timeZone: string): Grade | null {
  if (!correct) return Rating.Again;
  if (!card || card.state === State.New) return Rating.Good;
  return isDue(card, now, timeZone) ? Rating.Good : null;
}
