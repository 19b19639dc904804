"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/form";
import type { ActionResult } from "@/lib/auth/action.server";
import { optionKeys, type AnswerResponse, type Feedback, type OptionKey, type QuestionView } from "@/lib/study/answers";
import { CitationView } from "./citation";
import { primaryButton } from "@/components/styles";

type Submit = (raw: unknown) => Promise<ActionResult<Feedback>>;

const verdictText = { correct: "Correct", close: "Close, but not quite", incorrect: "Not quite" } as const;
const verdictStyle = {
  correct: "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  close: "border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  incorrect: "border-red-600 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
} as const;

/**
 * One question at a time. Keys: 1–4 or A–D pick an option, T/F answer true/false, Enter submits
 * and then moves on. After each answer the feedback shows the source passage.
 */
export function QuestionRunner({ sessionId, question, submit }: { sessionId: string; question: QuestionView; submit: Submit }) {
  const router = useRouter();
  const [choice, setChoice] = useState<OptionKey | null>(null);
  const [truth, setTruth] = useState<boolean | null>(null);
  const [text, setText] = useState("");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const shownAt = useRef(0);
  const nextRef = useRef<HTMLButtonElement & HTMLAnchorElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    shownAt.current = performance.now();
  }, []);

  useEffect(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);

  // Letter and number keys pick an answer, unless the student is typing into the text field.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (feedback || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement && event.target.type === "text") return;
      const key = event.key.toLowerCase();
      if (question.kind === "multiple-choice") {
        const index = "1234".includes(key) ? Number(key) - 1 : optionKeys.indexOf(key as OptionKey);
        if (index >= 0 && index < question.options.length) {
          setChoice(question.options[index]!.key);
          document.getElementById(`option-${question.options[index]!.key}`)?.focus();
          event.preventDefault();
        }
      } else if (question.kind === "true-false" && (key === "t" || key === "f")) {
        setTruth(key === "t");
        document.getElementById(`option-${key === "t" ? "true" : "false"}`)?.focus();
        event.preventDefault();
      }
      if (event.key === "Enter" && !(event.target instanceof HTMLButtonElement)) {
        formRef.current?.requestSubmit();
        event.preventDefault();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, feedback]);

  function response(): AnswerResponse | null {
    if (question.kind === "multiple-choice") return choice ? { kind: "choice", key: choice } : null;
    if (question.kind === "true-false") return truth === null ? null : { kind: "true-false", value: truth };
    return text.trim() ? { kind: "typed", text } : null;
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (pending || feedback) return;
    const answer = response();
    if (!answer) {
      setError(question.kind === "typed" ? "Type an answer first." : "Pick an answer first.");
      return;
    }
    setPending(true);
    setError(null);
    const result = await submit({ questionId: question.questionId, response: answer, timeTakenMs: Math.round(performance.now() - shownAt.current) }).catch(() => ({
      ok: false as const,
      error: "Could not reach the server. Your answer was not lost: try again.",
    }));
    setPending(false);
    if (!result.ok) setError(result.error);
    else setFeedback(result.data);
  }

  const locked = pending || feedback !== null;
  return (
    <div>
      <div className="mb-6">
        <div className="flex items-center justify-between text-sm font-medium text-slate-700 dark:text-slate-300">
          <span id="quiz-progress-label">
            Question {question.position} of {question.total}
          </span>
          <span>{feedback ? feedback.answered : question.position - 1} answered</span>
        </div>
        <progress
          aria-labelledby="quiz-progress-label"
          max={question.total}
          value={feedback ? feedback.answered : question.position - 1}
          className="mt-2 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600 dark:[&::-webkit-progress-bar]:bg-slate-700"
        />
      </div>

      <form ref={formRef} onSubmit={onSubmit} aria-labelledby="question-stem" data-question-id={question.questionId}>
        {question.kind === "true-false" ? (
          <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">True or false?</p>
        ) : null}
        <h2 id="question-stem" className="mt-1 text-xl font-semibold leading-snug sm:text-2xl">
          {question.stem}
        </h2>

        {question.kind === "multiple-choice" ? (
          <fieldset className="mt-6" disabled={locked}>
            <legend className="sr-only">Options (keys 1–4 or A–D)</legend>
            <div className="grid gap-3">
              {question.options.map((option, index) => (
                <label
                  key={option.key}
                  className="flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-4 py-3 has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600 dark:border-slate-600 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800"
                >
                  <input
                    id={`option-${option.key}`}
                    type="radio"
                    name="choice"
                    className="size-4 accent-brand-600"
                    checked={choice === option.key}
                    onChange={() => setChoice(option.key)}
                  />
                  <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full border border-slate-400 text-sm font-semibold">
                    {"ABCD"[index]}
                  </span>
                  <span className="grow">{option.text}</span>
                  <AnswerMark feedback={feedback} text={option.text} chosen={choice === option.key} />
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {question.kind === "true-false" ? (
          <fieldset className="mt-6" disabled={locked}>
            <legend className="sr-only">Your answer (keys T or F)</legend>
            <div className="grid grid-cols-2 gap-3">
              {([true, false] as const).map((value) => (
                <label
                  key={String(value)}
                  className="flex cursor-pointer items-center justify-center gap-3 rounded-lg border border-slate-300 px-4 py-3 font-semibold has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-600 dark:border-slate-600 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800"
                >
                  <input
                    id={`option-${value}`}
                    type="radio"
                    name="truth"
                    className="size-4 accent-brand-600"
                    checked={truth === value}
                    onChange={() => setTruth(value)}
                  />
                  {value ? "True" : "False"}
                  <AnswerMark feedback={feedback} text={value ? "True" : "False"} chosen={truth === value} />
                </label>
              ))}
            </div>
          </fieldset>
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
              maxLength={200}
              value={text}
              disabled={locked}
              onChange={(e) => setText(e.target.value)}
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
          <button
            type="submit"
            disabled={pending}
            className={`mt-6 ${primaryButton}`}
          >
            {pending ? "Checking…" : "Submit answer"}
          </button>
        ) : null}
      </form>

      {feedback ? (
        <section aria-labelledby="feedback-heading" className="mt-6 space-y-4">
          {feedback.shown ? (
            <>
              <div role="status" className={`rounded-lg border-l-4 p-4 ${verdictStyle[feedback.verdict]}`}>
                <h2 id="feedback-heading" className="text-lg font-bold">
                  {verdictText[feedback.verdict]}
                </h2>
                <p className="mt-1">
                  Your answer: <strong>{feedback.yourAnswer}</strong>
                  {feedback.verdict !== "correct" ? (
                    <>
                      {" "}
                      · Right answer: <strong>{feedback.expected}</strong>
                    </>
                  ) : null}
                </p>
                <p className="mt-1 text-sm">{feedback.reason}</p>
              </div>
              {feedback.citation ? <CitationView citation={feedback.citation} /> : null}
            </>
          ) : (
            <div role="status" className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-900 dark:border-brand-300 dark:bg-slate-800 dark:text-slate-100">
              <h2 id="feedback-heading" className="text-lg font-bold">
                Answer saved
              </h2>
              <p className="mt-1">
                Your answer: <strong>{feedback.yourAnswer}</strong>
              </p>
              <p className="mt-1 text-sm">
                {feedback.revealed.when === "after-attempt"
                  ? "Right answers and their sources appear when you finish this attempt."
                  : `Right answers and their sources appear after the due date: ${feedback.revealed.dueAt}.`}
              </p>
            </div>
          )}
          {feedback.finished ? (
            <Link
              ref={nextRef}
              href={`/study/${sessionId}/results`}
              className={`inline-flex ${primaryButton}`}
            >
              See your results
            </Link>
          ) : (
            <button
              ref={nextRef}
              type="button"
              onClick={() => router.refresh()}
              className={primaryButton}
            >
              Next question
            </button>
          )}
        </section>
      ) : null}
    </div>
  );
}

/** After answering: which option was right, and whether the student's pick was it. */
function AnswerMark({ feedback, text, chosen }: { feedback: Feedback | null; text: string; chosen: boolean }) {
  if (!feedback?.shown) return null;
  if (text === feedback.expected) return <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">✓ right answer</span>;
  if (chosen) return <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900 dark:text-red-100">✗ your answer</span>;
  return null;
}
