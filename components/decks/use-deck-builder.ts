import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { orUnreachable, useActionForm, type ActionForm, type ServerAction } from "@/components/use-action-form";
import { defaultQuestionsPerAttempt, type DeckFact } from "@/lib/decks/fact-match";
import type { DeckPreview } from "@/lib/decks/deck";
import type { Result } from "@/lib/result";
import { MAX_QUESTIONS, studyItemTypes, type StudyItemType } from "@/lib/study/quiz-choices";

export interface DeckDraft {
  deckId: string;
  name: string;
  factIds: string[];
  itemTypes: StudyItemType[];
  questionsPerAttempt: number;
}

export interface DeckBuilderProps {
  facts: DeckFact[];
  initial?: DeckDraft;
  save: ServerAction<{ href: string }>;
  preview: ServerAction<DeckPreview>;
}

export type DeckBuilderState = ReturnType<typeof useDeckBuilder>;

/**
 * The deck being built: the ticked facts in the order ticked, the question types and the attempt
 * size, the live preview, and saving (then the deck's page opens).
 */
export function useDeckBuilder({ facts, initial, save, preview }: DeckBuilderProps) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(() => {
    const known = new Set(facts.map((f) => f.id));
    return initial?.factIds.filter((id) => known.has(id)) ?? [];
  });
  // Facts the import retired since the deck was saved: they drop out on the next save.
  const [retired] = useState(() => (initial ? initial.factIds.length - selected.length : 0));
  const [types, setTypes] = useState<StudyItemType[]>(initial?.itemTypes ?? [...studyItemTypes]);
  // null: follow the selection (ten, or one per fact) until the teacher picks a number.
  const [count, setCount] = useState<string | null>(initial ? String(initial.questionsPerAttempt) : null);
  const order = useMemo(() => new Map(selected.map((id, index) => [id, index + 1])), [selected]);
  const questions = count ?? String(defaultQuestionsPerAttempt(selected.length));

  const live = useDeckPreview(preview, selected, types);
  const saving = useActionForm(save, {
    onSuccess: ({ href }) => router.push(href),
    unreachableHint: "Your deck is not saved yet.",
  });
  const errors = useDismissibleErrors(saving);

  function changeFacts(change: (current: string[]) => string[]) {
    setSelected(change);
    errors.dismiss("factIds");
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    saving.send({
      ...(initial ? { deckId: initial.deckId } : {}),
      name: new FormData(event.currentTarget).get("name"),
      factIds: selected,
      itemTypes: types,
      questionsPerAttempt: Number(questions),
    });
  }

  return {
    selection: {
      order,
      count: selected.length,
      retired,
      toggle: (id: string) =>
        changeFacts((current) => (current.includes(id) ? current.filter((f) => f !== id) : [...current, id])),
      add: (ids: string[]) => changeFacts((current) => [...current, ...ids.filter((id) => !current.includes(id))]),
      clear: () => changeFacts(() => []),
    },
    settings: {
      isNew: !initial,
      initialName: initial?.name,
      types,
      toggleType: (type: StudyItemType) =>
        setTypes((current) =>
          current.includes(type)
            ? current.filter((t) => t !== type)
            : studyItemTypes.filter((t) => t === type || current.includes(t)),
        ),
      questions,
      setQuestions: setCount,
      maxQuestions: Math.max(1, Math.min(MAX_QUESTIONS, selected.length)),
      error: errors.error,
      fieldErrors: errors.fieldErrors,
      factsError: firstError(errors.fieldErrors, "factIds"),
      typesError: firstError(errors.fieldErrors, "itemTypes"),
      dismissError: errors.dismiss,
      pending: saving.pending,
      onSubmit,
    },
    preview: { ...live, selected: selected.length, types: types.length, questions },
  };
}

/** The message for a list field, or for its first bad element ("factIds.2"). */
function firstError(fieldErrors: Record<string, string>, field: string): string | undefined {
  return fieldErrors[field] ?? Object.entries(fieldErrors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}

const isOf = (key: string, field: string) => key === field || key.startsWith(`${field}.`);

/** A field's message goes once the teacher changes the field; the summary goes with the last one. */
function useDismissibleErrors({
  result,
  error,
  fieldErrors,
}: Pick<ActionForm<unknown>, "result" | "error" | "fieldErrors">) {
  const [dismissed, setDismissed] = useState<{ of: Result<unknown> | null; fields: string[] }>({
    of: null,
    fields: [],
  });
  const gone = dismissed.of === result ? dismissed.fields : [];
  const shown = Object.fromEntries(
    Object.entries(fieldErrors).filter(([key]) => !gone.some((field) => isOf(key, field))),
  );
  const allGone = Object.keys(fieldErrors).length > 0 && Object.keys(shown).length === 0;
  return {
    error: allGone ? null : error,
    fieldErrors: shown,
    dismiss(field: string) {
      if (Object.keys(shown).some((key) => isOf(key, field))) setDismissed({ of: result, fields: [...gone, field] });
    },
  };
}

/** Waits for the teacher to pause before asking the server for a new preview. */
const PREVIEW_DELAY_MS = 300;

/** The live preview: the server generates the questions of the first few selected facts with their citations. */
function useDeckPreview(preview: DeckBuilderProps["preview"], selected: string[], types: StudyItemType[]) {
  const key = JSON.stringify([selected, types]);
  const [previewed, setPreviewed] = useState<{ key: string; result: Result<DeckPreview> } | null>(null);
  const latestKey = useRef(key);
  useEffect(() => {
    latestKey.current = key;
    if (!selected.length || !types.length) return;
    const timer = setTimeout(async () => {
      const result = await orUnreachable(
        () => preview({ factIds: selected, itemTypes: types }),
        "The preview could not be updated.",
      );
      // An answer for an older selection is dropped: a newer request is on its way.
      if (latestKey.current === key) setPreviewed({ key, result });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, selected, types, preview]);
  const current = previewed?.key === key;
  return { previewed, current, busy: selected.length > 0 && types.length > 0 && !current };
}
