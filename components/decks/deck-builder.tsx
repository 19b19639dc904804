"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormAlert, TextField } from "@/components/form";
import { choiceBox, field, primaryButton, toolbarButton } from "@/components/styles";
import type { ActionResult } from "@/lib/auth/action.server";
import { defaultQuestionsPerAttempt, matchFacts, MAX_DECK_NAME, type DeckFact, type DeckPreview } from "@/lib/decks/deck";
import { answerTypeLabel, topicLabel } from "@/lib/facts/labels";
import { answerTypes, type AnswerType } from "@/lib/facts/schema";
import { itemTypeLabels } from "@/lib/quiz/items";
import { MAX_QUESTIONS, studyItemTypes, type StudyItemType } from "@/lib/study/selection";
import { DeckPreviewList } from "./deck-preview";

export interface DeckDraft {
  deckId: string;
  name: string;
  factIds: string[];
  itemTypes: StudyItemType[];
  questionsPerAttempt: number;
}

type Save = (raw: unknown) => Promise<ActionResult<{ href: string }>>;
type Preview = (raw: unknown) => Promise<ActionResult<DeckPreview>>;

/** Waits for the teacher to pause before asking the server for a new preview. */
const PREVIEW_DELAY_MS = 300;

const boxStyle = `${choiceBox} items-center`;

/**
 * The deck builder: filter the fact table, tick facts (their order is the order ticked), choose
 * question types and the attempt size, see a few questions as students will, and save.
 */
export function DeckBuilder({ facts, initial, save, preview }: { facts: DeckFact[]; initial?: DeckDraft; save: Save; preview: Preview }) {
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
  const [article, setArticle] = useState("");
  const [topic, setTopic] = useState("");
  const [answerType, setAnswerType] = useState<AnswerType | "">("");
  const [search, setSearch] = useState("");
  const [selectedOnly, setSelectedOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const order = useMemo(() => new Map(selected.map((id, index) => [id, index + 1])), [selected]);
  const articles = useMemo(() => [...new Map(facts.map((f) => [f.articleSlug, f.articleTitle]))], [facts]);
  const topics = useMemo(() => [...new Set(facts.flatMap((f) => f.topics))].toSorted((a, b) => topicLabel(a).localeCompare(topicLabel(b))), [facts]);
  const presentTypes = useMemo(() => answerTypes.filter((t) => facts.some((f) => f.answerType === t)), [facts]);
  const shown = useMemo(() => {
    const matched = matchFacts(facts, { articles: article ? [article] : [], topics: topic ? [topic] : [], answerTypes: answerType ? [answerType] : [], search });
    return selectedOnly ? matched.filter((f) => order.has(f.id)) : matched;
  }, [facts, article, topic, answerType, search, selectedOnly, order]);

  const questions = count ?? String(defaultQuestionsPerAttempt(selected.length));
  const maxQuestions = Math.max(1, Math.min(MAX_QUESTIONS, selected.length));
  const factsError = fieldErrors.factIds ?? Object.entries(fieldErrors).find(([key]) => key.startsWith("factIds."))?.[1];
  const typesError = fieldErrors.itemTypes ?? Object.entries(fieldErrors).find(([key]) => key.startsWith("itemTypes."))?.[1];

  /** A field's message goes once the teacher changes it; the summary goes with the last one. */
  function clearError(field: string) {
    const rest = Object.fromEntries(Object.entries(fieldErrors).filter(([key]) => key !== field && !key.startsWith(`${field}.`)));
    if (Object.keys(rest).length === Object.keys(fieldErrors).length) return;
    setFieldErrors(rest);
    if (!Object.keys(rest).length) setError(null);
  }
  function changeFacts(change: (current: string[]) => string[]) {
    setSelected(change);
    clearError("factIds");
  }
  function toggle(id: string) {
    changeFacts((current) => (current.includes(id) ? current.filter((f) => f !== id) : [...current, id]));
  }
  function selectShown() {
    changeFacts((current) => [...current, ...shown.map((f) => f.id).filter((id) => !current.includes(id))]);
  }
  function toggleType(type: StudyItemType) {
    setTypes((current) => (current.includes(type) ? current.filter((t) => t !== type) : studyItemTypes.filter((t) => t === type || current.includes(t))));
  }

  // The live preview: the server generates the questions of the first few selected facts with their citations.
  const previewKey = JSON.stringify([selected, types]);
  const [previewed, setPreviewed] = useState<{ key: string; result: ActionResult<DeckPreview> } | null>(null);
  const latestKey = useRef(previewKey);
  useEffect(() => {
    latestKey.current = previewKey;
    if (!selected.length || !types.length) return;
    const timer = setTimeout(async () => {
      const result = await preview({ factIds: selected, itemTypes: types }).catch(() => ({ ok: false as const, error: "Could not reach the server to preview." }));
      if (latestKey.current === previewKey) setPreviewed({ key: previewKey, result });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [previewKey, selected, types, preview]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await save({
      ...(initial ? { deckId: initial.deckId } : {}),
      name: new FormData(event.currentTarget).get("name"),
      factIds: selected,
      itemTypes: types,
      questionsPerAttempt: Number(questions),
    }).catch(() => ({ ok: false as const, error: "Could not reach the server. Your deck is not saved yet: try again.", fieldErrors: undefined }));
    if (result.ok) return router.push(result.data.href);
    setPending(false);
    setError(result.error);
    setFieldErrors(result.fieldErrors ?? {});
  }

  return (
    <div className="space-y-10">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_19rem]">
        <section aria-labelledby="facts-heading" className="min-w-0">
          <h2 id="facts-heading" className="text-xl font-bold">
            Choose facts
          </h2>
          <p className={field.hint}>Each fact becomes questions of the types you choose. The deck keeps the order in which you tick them.</p>
          <div className="mt-4 grid gap-3 sm:grid-cols-3">
            <div className="sm:col-span-3">
              <label htmlFor="fact-search" className={field.label}>
                Search
              </label>
              <input
                id="fact-search"
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                aria-describedby="fact-search-hint"
                autoComplete="off"
                className={field.input}
              />
              <p id="fact-search-hint" className={field.hint}>
                Words in a fact’s statement, question, answer or quote; case and accents do not matter.
              </p>
            </div>
            <FilterSelect id="filter-article" label="Article" value={article} onChange={setArticle} any="All articles" options={articles} />
            <FilterSelect id="filter-topic" label="Topic" value={topic} onChange={setTopic} any="All topics" options={topics.map((t) => [t, topicLabel(t)])} />
            <FilterSelect
              id="filter-answer-type"
              label="Answer type"
              value={answerType}
              onChange={(value) => setAnswerType(value as AnswerType | "")}
              any="Any answer"
              options={presentTypes.map((t) => [t, answerTypeLabel(t)])}
            />
          </div>
          <label className="mt-3 inline-flex cursor-pointer items-center gap-2 text-sm">
            <input type="checkbox" checked={selectedOnly} onChange={(e) => setSelectedOnly(e.target.checked)} className="size-4 accent-brand-600" />
            Show selected facts only
          </label>

          <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-y border-slate-200 py-3 dark:border-slate-700">
            <p role="status" className="text-sm font-medium">
              Showing {shown.length} of {facts.length} facts · {selected.length} selected
            </p>
            <div className="flex gap-2">
              <button type="button" onClick={selectShown} disabled={shown.every((f) => order.has(f.id))} className={toolbarButton.secondary}>
                Select all shown
              </button>
              <button type="button" onClick={() => changeFacts(() => [])} disabled={!selected.length} className={toolbarButton.secondary}>
                Clear selection
              </button>
            </div>
          </div>

          {shown.length ? (
            <ul aria-label="Facts" aria-describedby={factsError ? "facts-error" : undefined} className="mt-3 max-h-[40rem] space-y-2 overflow-y-auto pr-1">
              {shown.map((fact) => (
                <li key={fact.id}>
                  <FactChoice fact={fact} position={order.get(fact.id)} onToggle={() => toggle(fact.id)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 rounded-md border border-dashed border-slate-300 p-4 text-center text-slate-700 dark:border-slate-700 dark:text-slate-300">
              No fact matches these filters. Clear the search or choose another article or topic.
            </p>
          )}
        </section>

        <form
          onSubmit={onSubmit}
          onChange={(event) => {
            const field: EventTarget = event.target;
            if (field instanceof HTMLInputElement) clearError(field.name);
          }}
          aria-labelledby="settings-heading"
          noValidate className="space-y-5 self-start rounded-xl border border-slate-200 p-5 lg:sticky lg:top-4 dark:border-slate-700">
          <h2 id="settings-heading" className="text-xl font-bold">
            Deck settings
          </h2>
          {error ? <FormAlert>{error}</FormAlert> : null}
          <TextField label="Name" name="name" maxLength={MAX_DECK_NAME} defaultValue={initial?.name} error={fieldErrors.name} hint="For example: The CSTO mission, week 2." />
          <div>
            <p className="text-sm font-medium">Facts</p>
            <p className="text-2xl font-bold" data-selected-count={selected.length}>
              {selected.length} <span className="text-base font-normal">selected</span>
            </p>
            {factsError ? (
              <p id="facts-error" className={field.error}>
                {factsError}
              </p>
            ) : null}
            {retired ? (
              <p className="mt-1 text-sm text-amber-800 dark:text-amber-200">
                {retired === 1 ? "1 fact of this deck is" : `${retired} facts of this deck are`} no longer in the fact table; saving leaves {retired === 1 ? "it" : "them"} out.
              </p>
            ) : null}
          </div>
          <fieldset aria-describedby={typesError ? "types-error" : undefined}>
            <legend className="text-sm font-medium">Question types</legend>
            <div className="mt-1 grid gap-2">
              {studyItemTypes.map((type) => (
                <label key={type} className={boxStyle}>
                  <input type="checkbox" name="itemTypes" checked={types.includes(type)} onChange={() => toggleType(type)} className="size-4 accent-brand-600" />
                  {itemTypeLabels[type]}
                </label>
              ))}
            </div>
            {typesError ? (
              <p id="types-error" className={field.error}>
                {typesError}
              </p>
            ) : null}
          </fieldset>
          <div>
            <label htmlFor="questions-per-attempt" className={field.label}>
              Questions per attempt
            </label>
            <p id="questions-hint" className={field.hint}>
              One question per fact, so at most {maxQuestions}.
            </p>
            <input
              id="questions-per-attempt"
              name="questionsPerAttempt"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxQuestions}
              value={questions}
              onChange={(e) => setCount(e.target.value)}
              aria-invalid={fieldErrors.questionsPerAttempt ? true : undefined}
              aria-describedby={fieldErrors.questionsPerAttempt ? "questions-hint questions-error" : "questions-hint"}
              className={`${field.input} w-28`}
            />
            {fieldErrors.questionsPerAttempt ? (
              <p id="questions-error" className={field.error}>
                {fieldErrors.questionsPerAttempt}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={pending} className={`w-full ${primaryButton}`}>
            {pending ? "Saving…" : initial ? "Save changes" : "Save deck"}
          </button>
        </form>
      </div>

      <section aria-labelledby="preview-heading" aria-busy={selected.length > 0 && types.length > 0 && previewed?.key !== previewKey}>
        <h2 id="preview-heading" className="text-xl font-bold">
          Preview
        </h2>
        <LivePreview selected={selected.length} types={types.length} questions={questions} previewed={previewed} current={previewed?.key === previewKey} />
      </section>
    </div>
  );
}

function LivePreview({
  selected,
  types,
  questions,
  previewed,
  current,
}: {
  selected: number;
  types: number;
  questions: string;
  previewed: { result: ActionResult<DeckPreview> } | null;
  current: boolean;
}) {
  const muted = "mt-2 text-slate-700 dark:text-slate-300";
  if (!selected) return <p className={muted}>Tick facts above to see their questions as students will.</p>;
  if (!types) return <p className={muted}>Choose at least one question type to see the questions.</p>;
  if (!previewed) return <p className={muted}>Preparing the preview…</p>;
  if (!previewed.result.ok) return <FormAlert>{previewed.result.error}</FormAlert>;
  const { facts, questions: total, askableFacts } = previewed.result.data;
  const neverAsked = selected - askableFacts;
  return (
    <>
      <p className={muted}>
        {current ? null : <span className="font-medium">Updating… </span>}
        The first {facts.length === 1 ? "fact" : `${facts.length} facts`} of your selection, as students will see {facts.length === 1 ? "its" : "their"} questions. The deck holds{" "}
        {total} question{total === 1 ? "" : "s"}; each attempt asks {questions || "?"} of them, one per fact, in a random order. The saved deck shows every question.
      </p>
      {neverAsked > 0 && current ? (
        <p className="mt-2 text-sm font-medium text-amber-800 dark:text-amber-200">
          {neverAsked === 1 ? "1 selected fact has" : `${neverAsked} selected facts have`} no question of the chosen types and {neverAsked === 1 ? "is" : "are"} never asked.
        </p>
      ) : null}
      <div className="mt-4">
        <DeckPreviewList facts={facts} />
      </div>
    </>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  any,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  any: string;
  options: (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={id} className={field.label}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={field.input}>
        <option value="">{any}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One fact to tick: its statement names the checkbox; its source passage and answer describe it. */
function FactChoice({ fact, position, onToggle }: { fact: DeckFact; position: number | undefined; onToggle: () => void }) {
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
        <span id={`${id}-source`} className="mt-1.5 block border-l-2 border-slate-300 pl-3 text-sm dark:border-slate-600">
          <span className="font-serif text-slate-800 dark:text-slate-200">“{fact.quote}”</span>{" "}
          <span className="text-slate-600 dark:text-slate-400">— {fact.articleTitle}</span>
        </span>
        <span id={`${id}-details`} className="mt-1.5 block text-xs text-slate-600 dark:text-slate-400">
          Answer: {fact.answer} · {answerTypeLabel(fact.answerType)} · {fact.topics.map(topicLabel).join(", ")}
        </span>
      </span>
      {position !== undefined ? (
        <span aria-hidden="true" className="h-fit shrink-0 rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white" title="Position in the deck">
          #{position}
        </span>
      ) : null}
    </label>
  );
}
