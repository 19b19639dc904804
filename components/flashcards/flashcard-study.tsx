"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/form";
import { CitationView } from "@/components/quiz/citation";
import type { ActionResult } from "@/lib/auth/action.server";
import type { CardBack } from "@/lib/scheduling/flashcards.server";
import { primaryButton } from "@/components/styles";

type Action<T> = (raw: unknown) => Promise<ActionResult<T>>;

const ratings = [
  { grade: 1, label: "Again", style: "border-red-600 text-red-800 dark:border-red-400 dark:text-red-200" },
  { grade: 2, label: "Hard", style: "border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100" },
  { grade: 3, label: "Good", style: "border-emerald-600 text-emerald-900 dark:border-emerald-400 dark:text-emerald-100" },
  { grade: 4, label: "Easy", style: "border-brand-600 text-brand-700 dark:border-brand-300 dark:text-brand-300" },
] as const;

/**
 * One card: Space (or the button) flips it, 1–4 rate it, Z undoes the last rating. The back
 * comes from the server only when flipped; the next card comes with a refresh of the page.
 */
export function FlashcardStudy({
  front,
  flip,
  rate,
  undo,
  canUndo,
}: {
  front: { factId: string; question: string; articleTitle: string };
  flip: Action<CardBack>;
  rate: Action<null>;
  undo: Action<{ factId: string }>;
  canUndo: boolean;
}) {
  const router = useRouter();
  const [back, setBack] = useState<CardBack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const flipButton = useRef<HTMLButtonElement>(null);
  const ratingGroup = useRef<HTMLDivElement>(null);

  useEffect(() => flipButton.current?.focus(), []);
  useEffect(() => {
    if (back) ratingGroup.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }, [back]);

  async function run<T>(action: () => Promise<ActionResult<T>>, then: (data: T) => void) {
    if (pending) return;
    setPending(true);
    setError(null);
    const result = await action().catch(() => ({ ok: false as const, error: "Could not reach the server. Please try again." }));
    setPending(false);
    if (result.ok) then(result.data);
    else setError(result.error);
  }

  const onFlip = () => void run(() => flip({ factId: front.factId }), setBack);
  // The page shows the next card; ?card= pins the card an undo brought back, until it is rated again.
  const goTo = (card: string | null) => {
    const url = new URL(window.location.href);
    if (card) url.searchParams.set("card", card);
    else url.searchParams.delete("card");
    router.replace(url.pathname + url.search);
    router.refresh();
  };
  const onRate = (grade: number) => void run(() => rate({ factId: front.factId, reviewId: crypto.randomUUID(), grade }), () => goTo(null));
  const onUndo = () => void run(() => undo({}), (data) => goTo(data.factId));

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      if (event.key === " " && !back) {
        event.preventDefault();
        onFlip();
      } else if (back && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        onRate(Number(event.key));
      } else if (event.key.toLowerCase() === "z" && canUndo) {
        event.preventDefault();
        onUndo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

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
        <button
          ref={flipButton}
          type="button"
          onClick={onFlip}
          disabled={pending}
          className={`mt-6 ${primaryButton}`}
        >
          Show answer <span className="font-normal">(Space)</span>
        </button>
      ) : (
        <div className="mt-6 space-y-4" aria-live="polite">
          <div>
            <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Answer</p>
            <p id="card-answer" className="text-2xl font-bold">
              {back.answer}
            </p>
            {back.aliases.length ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Also right: {back.aliases.join(" · ")}</p> : null}
          </div>
          {back.citation ? <CitationView citation={back.citation} /> : null}
          <div ref={ratingGroup} role="group" aria-label="How well did you know it? (keys 1–4)" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
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
      )}
      {canUndo ? (
        <button type="button" onClick={onUndo} disabled={pending} className="mt-6 text-sm font-medium underline">
          Undo last rating (Z)
        </button>
      ) : null}
    </section>
  );
}
