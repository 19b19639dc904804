import { CitationView } from "@/components/quiz/citation";
import type { QuestionAnalytics } from "@/lib/assignments/gradebook.server";
import { formatShare } from "@/lib/study/format";

/** Each question of an assignment, hardest first: share correct, the commonest wrong answers (with their spellings) and the passage. */
export function QuestionAnalysisList({ questions }: { questions: QuestionAnalytics[] }) {
  return (
    <>
      {questions.length ? (
        <ol className="mt-4 space-y-6">
          {questions.map((q) => (
            <li
              key={q.itemId}
              className="rounded-xl border border-slate-200 p-5 dark:border-slate-700"
              data-item={q.itemId}
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <h3 className="font-semibold">
                  {q.question.kind === "true-false" ? "True or false? " : ""}
                  {q.question.stem}
                </h3>
                <p className="shrink-0 text-right text-sm">
                  <strong className="text-lg" data-share>
                    {formatShare(q.share)}
                  </strong>{" "}
                  correct
                  <span className="block text-slate-600 dark:text-slate-400">
                    {q.correct} of {q.answered} answers
                  </span>
                </p>
              </div>
              <p className="mt-2 text-sm">
                Right answer: <strong>{q.rightAnswer}</strong>
              </p>
              {q.wrongAnswers.length ? (
                <div className="mt-2 text-sm">
                  <p className="font-medium">Most common wrong answers</p>
                  <ul className="mt-1 list-disc pl-5">
                    {q.wrongAnswers.map((w) => (
                      <li key={w.answer}>
                        “{w.answer}” × {w.count}
                        {w.spellings.length ? (
                          <span className="text-slate-600 dark:text-slate-400">
                            {" "}
                            (also written {w.spellings.map((s) => `“${s}”`).join(", ")})
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {q.citation ? (
                <div className="mt-3">
                  <CitationView citation={q.citation} headingLevel={4} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">No answers yet. Figures appear as students answer.</p>
      )}
    </>
  );
}
