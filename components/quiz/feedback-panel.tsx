"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { primaryButton } from "@/components/styles";
import type { AnswerFeedback, Feedback, SavedAnswer } from "@/lib/study/answers";
import { CitationView } from "./citation";

const verdictText = { correct: "Correct", close: "Close, but not quite", incorrect: "Not quite" } as const;
const verdictStyle = {
  correct:
    "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  close: "border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  incorrect: "border-red-600 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
} as const;

/** After an answer: the verdict and its source passage (or "Answer saved" when they are held back), then the way on. */
export function FeedbackPanel({ sessionId, feedback }: { sessionId: string; feedback: Feedback }) {
  return (
    <section aria-labelledby="feedback-heading" className="mt-6 space-y-4">
      {feedback.shown ? <Verdict feedback={feedback} /> : <AnswerSaved feedback={feedback} />}
      <NextStep href={feedback.finished ? `/study/${sessionId}/results` : null} />
    </section>
  );
}

function Verdict({ feedback }: { feedback: AnswerFeedback }) {
  return (
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
        {feedback.reason ? <p className="mt-1 text-sm">{feedback.reason}</p> : null}
      </div>
      {feedback.citation ? <CitationView citation={feedback.citation} /> : null}
    </>
  );
}

function AnswerSaved({ feedback }: { feedback: SavedAnswer }) {
  return (
    <div
      role="status"
      className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-slate-900 dark:border-brand-300 dark:bg-slate-800 dark:text-slate-100"
    >
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
  );
}

/** "Next question" (the page refreshes to it), or the results after the last; focused, so Enter moves on. */
function NextStep({ href }: { href: string | null }) {
  const router = useRouter();
  const next = useRef<HTMLButtonElement & HTMLAnchorElement>(null);
  useEffect(() => next.current?.focus(), []);
  return href ? (
    <Link ref={next} href={href} className={`inline-flex ${primaryButton}`}>
      See your results
    </Link>
  ) : (
    <button ref={next} type="button" onClick={() => router.refresh()} className={primaryButton}>
      Next question
    </button>
  );
}
