import { ActionButton } from "@/components/classes/action-button";
import { CitationView } from "@/components/quiz/citation";
import type { ServerAction } from "@/components/use-action-form";
import type { QuestionAnalytics } from "@/lib/assignments/gradebook.server";
import { flagLabels, MIN_ATTEMPTS_FOR_DISCRIMINATION, type Discrimination } from "@/lib/assignments/item-analysis";
import { formatDuration, formatShare } from "@/lib/study/format";

/** "+0.47", "−0.12", or why there is none. */
export function discriminationText(d: Discrimination): string {
  if (d.value === null)
    return d.why === "too-few-attempts"
      ? `— (${d.attempts} finished attempt${d.attempts === 1 ? "" : "s"}; needs ${MIN_ATTEMPTS_FOR_DISCRIMINATION})`
      : "— (everyone scored alike)";
  const text = `${d.value < 0 ? "−" : "+"}${Math.abs(d.value).toFixed(2)}`;
  return d.caution ? `${text} (few attempts: read with care)` : text;
}

/**
 * Each question of an assignment, hardest first: facility (share right), discrimination, median
 * time, how often each option was picked, the commonest wrong answers, flags, and the passage.
 */
/** Accepting typed answers, on one assignment's analysis (a deck's spans classes: it only reads). */
export interface RegradeControls {
  assignmentId: string;
  accept: ServerAction<null>;
  unaccept: ServerAction<null>;
}

export function QuestionAnalysisList({
  questions,
  regrade,
}: {
  questions: QuestionAnalytics[];
  regrade?: RegradeControls;
}) {
  if (!questions.length)
    return (
      <p className="mt-2 text-slate-700 dark:text-slate-300">No answers yet. Figures appear as students answer.</p>
    );
  return (
    <>
      <details className="mt-2 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer font-medium">What the figures mean</summary>
        <dl className="mt-2 space-y-1">
          <div>
            <dt className="inline font-semibold">Facility:</dt>{" "}
            <dd className="inline">the share of answers that were right.</dd>
          </div>
          <div>
            <dt className="inline font-semibold">Discrimination:</dt>{" "}
            <dd className="inline">
              from −1 to +1, how well the question separates students who did well on the rest of the attempt from those
              who did not (the correlation over finished attempts). Above +0.3 is good; below 0 means stronger students
              missed it more often, so check the question and its passage.
            </dd>
          </div>
          <div>
            <dt className="inline font-semibold">Median time:</dt>{" "}
            <dd className="inline">half the answers took less.</dd>
          </div>
        </dl>
      </details>
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
            {q.flags.length ? (
              <ul aria-label="Flags" className="mt-2 space-y-1">
                {q.flags.map((flag) => (
                  <li
                    key={flag}
                    className="rounded-md border border-amber-600 bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100"
                  >
                    {flagLabels[flag]}
                  </li>
                ))}
              </ul>
            ) : null}
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-600 dark:text-slate-400">Facility</dt>
                <dd data-facility>{formatShare(q.share)}</dd>
              </div>
              <div>
                <dt className="text-slate-600 dark:text-slate-400">Discrimination</dt>
                <dd data-discrimination>{discriminationText(q.discrimination)}</dd>
              </div>
              <div>
                <dt className="text-slate-600 dark:text-slate-400">Median time</dt>
                <dd>{q.medianTimeMs === null ? "—" : formatDuration(q.medianTimeMs)}</dd>
              </div>
            </dl>
            <p className="mt-2 text-sm">
              Right answer: <strong>{q.rightAnswer}</strong>
            </p>
            {q.options.length ? (
              <table className="mt-2 text-sm" data-options>
                <caption className="text-left font-medium">Answers per option</caption>
                <thead className="sr-only">
                  <tr>
                    <th scope="col">Option</th>
                    <th scope="col">Answers</th>
                  </tr>
                </thead>
                <tbody>
                  {q.options.map((o) => (
                    <tr key={o.option}>
                      <th scope="row" className="py-0.5 pr-4 text-left font-normal">
                        {o.option}
                        {o.correct ? <span className="font-semibold"> (right)</span> : null}
                      </th>
                      <td className="py-0.5 text-right tabular-nums">{o.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {q.wrongAnswers.length && !q.options.length ? (
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
                      {regrade ? (
                        <span className="ml-2 inline-block align-middle">
                          <ActionButton
                            action={regrade.accept}
                            payload={{ assignmentId: regrade.assignmentId, itemId: q.itemId, answer: w.answer }}
                            label={`Accept “${w.answer}”`}
                            pendingLabel="Regrading…"
                          />
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {regrade ? (
                  <p className="mt-1 text-slate-600 dark:text-slate-400">
                    Accepting an answer marks it right for every student who gave it, in this assignment, and for anyone
                    who gives it later; their scores change at once.
                  </p>
                ) : null}
              </div>
            ) : null}
            {regrade && q.acceptedAnswers.length ? (
              <div className="mt-2 text-sm">
                <p className="font-medium">Answers you accepted</p>
                <ul className="mt-1 space-y-1">
                  {q.acceptedAnswers.map((answer) => (
                    <li key={answer} className="flex flex-wrap items-center gap-2">
                      “{answer}”
                      <ActionButton
                        action={regrade.unaccept}
                        payload={{ assignmentId: regrade.assignmentId, itemId: q.itemId, answer }}
                        label={`Undo accepting “${answer}”`}
                        pendingLabel="Regrading…"
                      />
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
    </>
  );
}
