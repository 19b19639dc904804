"use client";

import { FormAlert } from "@/components/form";
import { StartButton, useStartSession, type StartSession } from "./start-button";
import { MAX_QUESTIONS, MIN_QUESTIONS, QUICK_QUIZ_SIZE, studyItemTypes } from "@/lib/study/quiz-choices";
import { itemTypeLabels } from "@/lib/quiz/item-types";
import { choiceBox, primaryButton } from "@/components/styles";

interface Choice {
  value: string;
  label: string;
}

/** "Quick quiz" in one click, or a quiz over chosen articles, topics, size and question types. */
export function StudyChooser({
  articles,
  topics,
  startPractice,
  startQuickQuiz,
}: {
  articles: (Choice & { facts: number })[];
  topics: Choice[];
  startPractice: StartSession;
  startQuickQuiz: StartSession;
}) {
  const { send, error, fieldErrors, pending } = useStartSession(startPractice);

  // Needs JavaScript: the ticked boxes are sent as lists even when one is ticked, and the quiz opens on success.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    send({
      articles: form.getAll("articles").map(String),
      topics: form.getAll("topics").map(String),
      types: form.getAll("types").map(String),
      count: form.get("count"),
    });
  }

  return (
    <div className="space-y-10">
      <section
        aria-labelledby="quick-heading"
        className="rounded-xl border border-brand-600/40 bg-brand-50 p-5 dark:border-brand-300/40 dark:bg-slate-900"
      >
        <h2 id="quick-heading" className="text-xl font-bold">
          Quick quiz
        </h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{QUICK_QUIZ_SIZE} mixed questions from every article.</p>
        <div className="mt-4">
          <StartButton action={startQuickQuiz} label={`Start a quick quiz (${QUICK_QUIZ_SIZE})`} />
        </div>
      </section>

      <form onSubmit={onSubmit} aria-labelledby="custom-heading" className="space-y-6">
        <h2 id="custom-heading" className="text-xl font-bold">
          Choose what to practise
        </h2>
        <CheckboxGroup
          legend="Articles"
          hint="Leave all unticked for every article."
          name="articles"
          layout="grid gap-2 sm:grid-cols-2"
          choices={articles.map((a) => ({ value: a.value, label: a.label, detail: `(${a.facts} facts)` }))}
        />
        <CheckboxGroup
          legend="Topics"
          hint="Leave all unticked for every topic."
          name="topics"
          layout="flex flex-wrap gap-2"
          choices={topics}
        />
        <fieldset aria-describedby={fieldErrors.types ? "types-error" : undefined}>
          <legend className="font-semibold">Question types</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {studyItemTypes.map((type) => (
              <label key={type} className={boxStyle}>
                <input
                  type="checkbox"
                  name="types"
                  value={type}
                  defaultChecked
                  className="mt-0.5 size-4 accent-brand-600"
                />
                {itemTypeLabels[type]}
              </label>
            ))}
          </div>
          {fieldErrors.types ? (
            <p id="types-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
              {fieldErrors.types}
            </p>
          ) : null}
        </fieldset>
        <div>
          <label htmlFor="count" className="block font-semibold">
            Number of questions
          </label>
          <input
            id="count"
            name="count"
            type="number"
            min={MIN_QUESTIONS}
            max={MAX_QUESTIONS}
            defaultValue={QUICK_QUIZ_SIZE}
            required
            aria-invalid={fieldErrors.count ? true : undefined}
            aria-describedby={fieldErrors.count ? "count-error" : "count-hint"}
            className="mt-1 w-28 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
          />
          <p id="count-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Between {MIN_QUESTIONS} and {MAX_QUESTIONS}.
          </p>
          {fieldErrors.count ? (
            <p id="count-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
              {fieldErrors.count}
            </p>
          ) : null}
        </div>
        {error ? <FormAlert>{error}</FormAlert> : null}
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Preparing…" : "Start quiz"}
        </button>
      </form>
    </div>
  );
}

const boxStyle = `${choiceBox} items-start`;

function CheckboxGroup({
  legend,
  hint,
  name,
  layout,
  choices,
}: {
  legend: string;
  hint: string;
  name: string;
  layout: string;
  choices: (Choice & { detail?: string })[];
}) {
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      <div className={`mt-2 ${layout}`}>
        {choices.map((choice) => (
          <label key={choice.value} className={boxStyle}>
            <input type="checkbox" name={name} value={choice.value} className="mt-0.5 size-4 accent-brand-600" />
            <span>
              {choice.label}{" "}
              {choice.detail ? <span className="text-slate-600 dark:text-slate-400">{choice.detail}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
