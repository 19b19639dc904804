"use client";

import { useEffect, useRef } from "react";
import { FormAlert } from "@/components/form";
import { CitationView } from "@/components/quiz/citation";
import { primaryButton } from "@/components/styles";
import type { CardBack } from "@/lib/scheduling/flashcards.server";
import { useFlashcardSteps, type FlashcardActions } from "./use-flashcard-steps";

const ratings = [
  { grade: 1, label: "Again", style: "border-red-600 text-red-800 dark:border-red-400 dark:text-red-200" },
  { grade: 2, label: "Hard", style: "border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100" },
  {
    grade: 3,
    label: "Good",
    style: "border-emerald-600 text-emerald-900 dark:border-emerald-400 dark:text-emerald-100",
  },
  { grade: 4, label: "Easy", style: "border-brand-600 text-brand-700 dark:border-brand-300 dark:text-brand-300" },
] as const;

/**
 * One card: Space (or the button) flips it, 1–4 rate it, Z undoes the last rating. The back
 * comes from the server only when flipped; the next card comes with a refresh of the page.
 * Needs JavaScript (keyboard study).
 */
export function FlashcardStudy({
  front,
  canUndo,
  ...actions
}: FlashcardActions & {
  front: { factId: string; question: string; articleTitle: string };
  canUndo: boolean;
}) {
  const { back, error, pending, onFlip, onRate, onUndo } = useFlashcardSteps(front.factId, actions, canUndo);
  const flipButton = useRef<HTMLButtonElement>(null);
  useEffect(() => flipButton.current?.focus(), []);

  return (
    <section aria-labelledby="card-front" className="rounded-xl border border-slate-300 p-6 dark:border-slate-600">
      <p className="text-sm text-slate-600 dark:text-slate-400">From “{front.articleTitle}”</p>
      <h2 id="card-front" className="mt-2 text-xl font-semibold leading-snug sm:text-2xl">
        {front.question}
      </h2>
      {error ? (
        <div className="mt-4">
          <FormAlert>{error}</FormAlert>
        </div>
      ) : null}
      {!back ? (
        <button ref={flipButton} type="button" onClick={onFlip} disabled={pending} className={`mt-6 ${primaryButton}`}>
          Show answer <span className="font-normal">(Space)</span>
        </button>
      ) : (
        <CardAnswer back={back} pending={pending} onRate={onRate} />
      )}
      {canUndo ? (
        <button type="button" onClick={onUndo} disabled={pending} className="mt-6 text-sm font-medium underline">
          Undo last rating (Z)
        </button>
      ) : null}
    </section>
  );
}

/** The back of the card, its source passage and the four ratings (the first one focused, for the keyboard). */
function CardAnswer({ back, pending, onRate }: { back: CardBack; pending: boolean; onRate: (grade: number) => void }) {
  const ratingGroup = useRef<HTMLDivElement>(null);
  useEffect(() => ratingGroup.current?.querySelector<HTMLButtonElement>("button")?.focus(), []);
  return (
    <div className="mt-6 space-y-4" aria-live="polite">
      <div>
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Answer</p>
        <p id="card-answer" className="text-2xl font-bold">
          {back.answer}
        </p>
        {back.aliases.length ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Also right: {back.aliases.join(" · ")}</p>
        ) : null}
      </div>
      {back.citation ? <CitationView citation={back.citation} /> : null}
      <div
        ref={ratingGroup}
        role="group"
        aria-label="How well did you know it? (keys 1–4)"
        className="grid grid-cols-2 gap-2 sm:grid-cols-4"
      >
        {ratings.map(({ grade, label, style }) => (
          <button
            key={grade}
            type="button"
            disabled={pending}
            onClick={() => onRate(grade)}
            className={`rounded-md border-2 px-3 py-2 text-center font-semibold disabled:opacity-70 ${style}`}
          >
            <span className="block">
              {grade} {label}
            </span>
            <span className="block text-sm font-normal">{back.intervals[grade]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
