"use client";

import type { ServerAction } from "@/components/use-action-form";
import type { Feedback } from "@/lib/study/answers";
import type { QuestionView } from "@/lib/quiz/view";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionForm } from "./question-form";
import { useQuizRunner } from "./use-quiz-runner";

/**
 * One question at a time. Keys: 1–4 or A–D pick an option, T/F answer true/false, Enter submits
 * and then moves on. After each answer the feedback shows the source passage. Needs JavaScript:
 * it times the answer and answers by keyboard.
 */
export function QuestionRunner({
  sessionId,
  question,
  submit,
}: {
  sessionId: string;
  question: QuestionView;
  submit: ServerAction<Feedback>;
}) {
  const { formRef, ...runner } = useQuizRunner(question, submit);
  const answered = runner.feedback ? runner.feedback.answered : question.position - 1;
  return (
    <div>
      <div className="mb-6">
        <div className="flex items-center justify-between text-sm font-medium text-slate-700 dark:text-slate-300">
          <span id="quiz-progress-label">
            Question {question.position} of {question.total}
          </span>
          <span>{answered} answered</span>
        </div>
        <progress
          aria-labelledby="quiz-progress-label"
          max={question.total}
          value={answered}
          className="mt-2 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600 dark:[&::-webkit-progress-bar]:bg-slate-700"
        />
      </div>
      <QuestionForm question={question} runner={runner} formRef={formRef} />
      {runner.feedback ? <FeedbackPanel sessionId={sessionId} feedback={runner.feedback} /> : null}
    </div>
  );
}
