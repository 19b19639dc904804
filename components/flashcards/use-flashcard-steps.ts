import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import type { CardBack } from "@/lib/scheduling/flashcards.server";

export interface FlashcardActions {
  flip: ServerAction<CardBack>;
  rate: ServerAction<null>;
  undo: ServerAction<{ factId: string }>;
}

/**
 * One card's steps, by button or key: Space flips it (the back comes from the server only then),
 * 1–4 rate it, Z undoes the last rating. The next card comes with a refresh of the page.
 */
export function useFlashcardSteps(factId: string, { flip, rate, undo }: FlashcardActions, canUndo: boolean) {
  const router = useRouter();
  const [back, setBack] = useState<CardBack | null>(null);
  // The page shows the next card; ?card= pins the card an undo brought back, until it is rated again.
  const goTo = (card: string | null) => {
    const url = new URL(window.location.href);
    if (card) url.searchParams.set("card", card);
    else url.searchParams.delete("card");
    router.replace(url.pathname + url.search);
    router.refresh();
  };
  const steps = {
    flip: useActionForm(flip, { onSuccess: setBack }),
    rate: useActionForm(rate, { onSuccess: () => goTo(null) }),
    undo: useActionForm(undo, { onSuccess: ({ factId: undone }) => goTo(undone) }),
  };
  // One step at a time; the message shown is the last step's.
  const [lastStep, setLastStep] = useState<keyof typeof steps>("flip");
  const pending = steps.flip.pending || steps.rate.pending || steps.undo.pending;
  function run(step: keyof typeof steps, input: unknown) {
    if (pending) return;
    setLastStep(step);
    steps[step].send(input);
  }

  const onFlip = () => run("flip", { factId });
  const onRate = (grade: number) => run("rate", { factId, reviewId: crypto.randomUUID(), grade });
  const onUndo = () => run("undo", {});

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLSelectElement
      )
        return;
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

  return { back, error: steps[lastStep].error, pending, onFlip, onRate, onUndo };
}
