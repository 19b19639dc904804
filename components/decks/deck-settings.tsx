"use client";

import { FormAlert, TextField } from "@/components/form";
import { choiceBox, field, primaryButton } from "@/components/styles";
import { MAX_DECK_NAME } from "@/lib/decks/fact-match";
import { itemTypeLabels } from "@/lib/quiz/item-types";
import { studyItemTypes } from "@/lib/study/quiz-choices";
import type { DeckBuilderState } from "./use-deck-builder";

type Settings = DeckBuilderState["settings"];

/**
 * "Deck settings": the name, how many facts are ticked, the question types and the attempt size,
 * and the save button. Needs JavaScript: the ticked facts live in the page, not in this form.
 */
export function DeckSettings({
  settings,
  selection,
}: {
  settings: Settings;
  selection: DeckBuilderState["selection"];
}) {
  const { error, fieldErrors, factsError } = settings;
  const { retired } = selection;
  return (
    <form
      onSubmit={settings.onSubmit}
      onChange={(event) => {
        const changed: EventTarget = event.target;
        if (changed instanceof HTMLInputElement) settings.dismissError(changed.name);
      }}
      aria-labelledby="settings-heading"
      noValidate
      className="space-y-5 self-start rounded-xl border border-slate-200 p-5 lg:sticky lg:top-4 dark:border-slate-700"
    >
      <h2 id="settings-heading" className="text-xl font-bold">
        Deck settings
      </h2>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField
        label="Name"
        name="name"
        maxLength={MAX_DECK_NAME}
        defaultValue={settings.initialName}
        error={fieldErrors.name}
        hint="For example: The CSTO mission, week 2."
      />
      <div>
        <p className="text-sm font-medium">Facts</p>
        <p className="text-2xl font-bold" data-selected-count={selection.count}>
          {selection.count} <span className="text-base font-normal">selected</span>
        </p>
        {factsError ? (
          <p id="facts-error" className={field.error}>
            {factsError}
          </p>
        ) : null}
        {retired ? (
          <p className="mt-1 text-sm text-amber-800 dark:text-amber-200">
            {retired === 1 ? "1 fact of this deck is" : `${retired} facts of this deck are`} no longer in the fact
            table; saving leaves {retired === 1 ? "it" : "them"} out.
          </p>
        ) : null}
      </div>
      <QuestionTypes settings={settings} />
      <QuestionsPerAttempt settings={settings} />
      <button type="submit" disabled={settings.pending} className={`w-full ${primaryButton}`}>
        {settings.pending ? "Saving…" : settings.isNew ? "Save deck" : "Save changes"}
      </button>
    </form>
  );
}

function QuestionTypes({ settings: { types, toggleType, typesError } }: { settings: Settings }) {
  return (
    <fieldset aria-describedby={typesError ? "types-error" : undefined}>
      <legend className="text-sm font-medium">Question types</legend>
      <div className="mt-1 grid gap-2">
        {studyItemTypes.map((type) => (
          <label key={type} className={`${choiceBox} items-center`}>
            <input
              type="checkbox"
              name="itemTypes"
              checked={types.includes(type)}
              onChange={() => toggleType(type)}
              className="size-4 accent-brand-600"
            />
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
  );
}

function QuestionsPerAttempt({
  settings: { questions, setQuestions, maxQuestions, fieldErrors },
}: {
  settings: Settings;
}) {
  const error = fieldErrors.questionsPerAttempt;
  return (
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
        onChange={(e) => setQuestions(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "questions-hint questions-error" : "questions-hint"}
        className={`${field.input} w-28`}
      />
      {error ? (
        <p id="questions-error" className={field.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
