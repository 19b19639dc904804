"use client";

import { field, toolbarButton } from "@/components/styles";
import type { DeckFact } from "@/lib/decks/deck";
import { answerTypeLabel, topicLabel } from "@/lib/facts/labels";
import { FactFilterFields, useFactFilters } from "./fact-filters";
import type { DeckBuilderState } from "./use-deck-builder";

/** "Choose facts": filter the fact table and tick facts; the deck keeps the order in which they are ticked. */
export function FactPicker({
  facts,
  selection,
  factsError,
}: {
  facts: DeckFact[];
  selection: DeckBuilderState["selection"];
  factsError: string | undefined;
}) {
  const filters = useFactFilters(facts, selection.order);
  const { shown } = filters;
  return (
    <section aria-labelledby="facts-heading" className="min-w-0">
      <h2 id="facts-heading" className="text-xl font-bold">
        Choose facts
      </h2>
      <p className={field.hint}>
        Each fact becomes questions of the types you choose. The deck keeps the order in which you tick them.
      </p>
      <FactFilterFields filters={filters} />

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-y border-slate-200 py-3 dark:border-slate-700">
        <p role="status" className="text-sm font-medium">
          Showing {shown.length} of {facts.length} facts · {selection.count} selected
        </p>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => selection.add(shown.map((f) => f.id))}
            disabled={shown.every((f) => selection.order.has(f.id))}
            className={toolbarButton.secondary}
          >
            Select all shown
          </button>
          <button
            type="button"
            onClick={selection.clear}
            disabled={!selection.count}
            className={toolbarButton.secondary}
          >
            Clear selection
          </button>
        </div>
      </div>

      {shown.length ? (
        <ul
          aria-label="Facts"
          aria-describedby={factsError ? "facts-error" : undefined}
          className="mt-3 max-h-[40rem] space-y-2 overflow-y-auto pr-1"
        >
          {shown.map((fact) => (
            <li key={fact.id}>
              <FactChoice
                fact={fact}
                position={selection.order.get(fact.id)}
                onToggle={() => selection.toggle(fact.id)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-center text-slate-700 dark:border-slate-700 dark:text-slate-300">
          No fact matches these filters. Clear the search or choose another article or topic.
        </p>
      )}
    </section>
  );
}

/** One fact to tick: its statement names the checkbox; its source passage and answer describe it. */
function FactChoice({
  fact,
  position,
  onToggle,
}: {
  fact: DeckFact;
  position: number | undefined;
  onToggle: () => void;
}) {
  const id = `fact-${fact.id}`;
  return (
    <label
      className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600 dark:border-slate-600 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-900"
      data-fact-id={fact.id}
    >
      <input
        type="checkbox"
        checked={position !== undefined}
        onChange={onToggle}
        aria-labelledby={`${id}-statement`}
        aria-describedby={`${id}-source ${id}-details`}
        className="mt-1 size-4 shrink-0 accent-brand-600"
      />
      <span className="min-w-0 grow">
        <span id={`${id}-statement`} className="block font-medium">
          {fact.statement}
        </span>
        <span
          id={`${id}-source`}
          className="mt-1.5 block border-l-2 border-slate-300 pl-3 text-sm dark:border-slate-600"
        >
          <span className="font-serif text-slate-800 dark:text-slate-200">“{fact.quote}”</span>{" "}
          <span className="text-slate-600 dark:text-slate-400">— {fact.articleTitle}</span>
        </span>
        <span id={`${id}-details`} className="mt-1.5 block text-xs text-slate-600 dark:text-slate-400">
          Answer: {fact.answer} · {answerTypeLabel(fact.answerType)} · {fact.topics.map(topicLabel).join(", ")}
        </span>
      </span>
      {position !== undefined ? (
        <span
          aria-hidden="true"
          className="h-fit shrink-0 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white"
          title="Position in the deck"
        >
          #{position}
        </span>
      ) : null}
    </label>
  );
}
