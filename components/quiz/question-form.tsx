"use client";

import { FormAlert } from "@/components/form";
import { primaryButton } from "@/components/styles";
import type { Feedback } from "@/lib/study/answers";
import type { QuestionView } from "@/lib/quiz/view";
import type { QuizRunner } from "./use-quiz-runner";
import { OptionLetter } from "./option-letter";

const optionLabel =
  "flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-4 py-3 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600 dark:border-slate-600 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800";

/** The question and the controls for its kind: options A–D, true/false, or a text field. */
export function QuestionForm({
  question,
  runner,
  formRef,
}: {
  question: QuestionView;
  runner: QuizRunner;
  formRef: React.Ref<HTMLFormElement>;
}) {
  const { draft, change, feedback, error, pending, locked, onSubmit } = runner;
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-labelledby="question-stem" data-question-id={question.questionId}>
      {question.kind === "true-false" ? (
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
          True or false?
        </p>
      ) : null}
      <h2 id="question-stem" className="mt-1 text-xl font-semibold leading-snug sm:text-2xl">
        {question.stem}
      </h2>

      {question.kind === "multiple-choice" ? (
        <RadioOptions
          legend="Options (keys 1–4 or A–D)"
          name="choice"
          layout="grid gap-3"
          locked={locked}
          feedback={feedback}
          options={question.options.map((option, index) => ({
            id: `option-${option.key}`,
            text: option.text,
            checked: draft.choice === option.key,
            onSelect: () => change({ choice: option.key }),
            label: (
              <>
                <OptionLetter index={index} />
                <span className="grow">{option.text}</span>
              </>
            ),
          }))}
        />
      ) : null}

      {question.kind === "true-false" ? (
        <RadioOptions
          legend="Your answer (keys T or F)"
          name="truth"
          layout="grid grid-cols-2 gap-3"
          labelStyle="justify-center font-semibold"
          locked={locked}
          feedback={feedback}
          options={([true, false] as const).map((value) => ({
            id: `option-${value}`,
            text: value ? "True" : "False",
            checked: draft.truth === value,
            onSelect: () => change({ truth: value }),
            label: value ? "True" : "False",
          }))}
        />
      ) : null}

      {question.kind === "typed" ? (
        <div className="mt-6">
          <label htmlFor="typed-answer" className="block text-sm font-medium">
            Your answer
          </label>
          <input
            id="typed-answer"
            type="text"
            autoComplete="off"
            autoFocus
            enterKeyHint="send"
            // A phone's keyboard takes half the screen: keep the field (and the button under it) in view.
            onFocus={(e) => {
              const field = e.currentTarget;
              window.setTimeout(() => field.scrollIntoView({ block: "center" }), 300);
            }}
            maxLength={200}
            value={draft.text}
            disabled={locked}
            onChange={(e) => change({ text: e.target.value })}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
          />
        </div>
      ) : null}

      {error ? (
        <div className="mt-4">
          <FormAlert>{error}</FormAlert>
        </div>
      ) : null}

      {!feedback ? (
        <button type="submit" disabled={pending} className={`mt-6 min-h-12 w-full sm:w-auto ${primaryButton}`}>
          {pending ? "Checking…" : "Submit answer"}
        </button>
      ) : null}
    </form>
  );
}

interface RadioOption {
  id: string;
  /** What the feedback's right answer is compared with. */
  text: string;
  label: React.ReactNode;
  checked: boolean;
  onSelect: () => void;
}

/** One radio per option; the legend (read by screen readers) names the keys that pick them. */
function RadioOptions({
  legend,
  name,
  layout,
  labelStyle = "",
  locked,
  feedback,
  options,
}: {
  legend: string;
  name: string;
  layout: string;
  labelStyle?: string;
  locked: boolean;
  feedback: Feedback | null;
  options: RadioOption[];
}) {
  return (
    <fieldset className="mt-6" disabled={locked}>
      <legend className="sr-only">{legend}</legend>
      <div className={layout}>
        {options.map((option) => (
          <label key={option.id} className={`${optionLabel} ${labelStyle}`}>
            <input
              id={option.id}
              type="radio"
              name={name}
              className="size-4 accent-brand-600"
              checked={option.checked}
              onChange={option.onSelect}
            />
            {option.label}
            <AnswerMark feedback={feedback} text={option.text} chosen={option.checked} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** After answering: which option was right, and whether the student's pick was it. */
function AnswerMark({ feedback, text, chosen }: { feedback: Feedback | null; text: string; chosen: boolean }) {
  if (!feedback?.shown) return null;
  if (text === feedback.expected)
    return (
      <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
        ✓ right answer
      </span>
    );
  if (chosen)
    return (
      <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900 dark:text-red-100">
        ✗ your answer
      </span>
    );
  return null;
}
