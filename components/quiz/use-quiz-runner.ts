import { useEffect, useRef, useState } from "react";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import type { Feedback } from "@/lib/study/answers";
import type { QuestionView } from "@/lib/quiz/view";
import { emptyDraft, missingAnswer, pickByKey, responseOf, type AnswerDraft } from "./quiz-answer";

export type QuizRunner = Omit<ReturnType<typeof useQuizRunner>, "formRef">;

/**
 * One question's round: the answer being given (by pointer or keyboard), sending it with the time
 * taken, then the feedback. The next question comes with a refresh of the page, which remounts.
 */
export function useQuizRunner(question: QuestionView, submit: ServerAction<Feedback>) {
  const [draft, setDraft] = useState<AnswerDraft>(emptyDraft);
  const [missing, setMissing] = useState<string | null>(null);
  const answer = useActionForm(submit, { unreachableHint: "Your answer was not lost." });
  const feedback = answer.result?.ok ? answer.result.data : null;
  const shownAt = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const change = (next: Partial<AnswerDraft>) => setDraft((current) => ({ ...current, ...next }));

  useEffect(() => {
    shownAt.current = performance.now();
  }, []);

  // Letter and number keys pick an answer, unless the student is typing into the text field.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (feedback || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement && event.target.type === "text") return;
      const pick = pickByKey(question, event.key);
      if (pick) {
        setDraft((current) => ({ ...current, ...pick.change }));
        document.getElementById(pick.focusId)?.focus();
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

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (answer.pending || feedback) return;
    const response = responseOf(question, draft);
    setMissing(response ? null : missingAnswer(question));
    if (response)
      answer.send({
        questionId: question.questionId,
        response,
        timeTakenMs: Math.round(performance.now() - shownAt.current),
      });
  }

  return {
    draft,
    change,
    feedback,
    error: missing ?? answer.error,
    pending: answer.pending,
    /** No changing the answer while it is sent or once it is marked. */
    locked: answer.pending || feedback !== null,
    formRef,
    onSubmit,
  };
}
