import { CitationView } from "@/components/quiz/citation";
import { OptionLetter } from "@/components/quiz/option-letter";
import type { PreviewFact, PreviewItem } from "@/lib/decks/deck";
import { itemTypeLabels } from "@/lib/quiz/item-types";

/**
 * A deck's questions for its teacher: per fact, each question as the quiz shows it (stem, options
 * A–D) with the right answer marked, then the source passage every one of them cites.
 */
export function DeckPreviewList({ facts, firstNumber = 1 }: { facts: PreviewFact[]; firstNumber?: number }) {
  return (
    <ol className="space-y-6">
      {facts.map((fact, index) => (
        <li
          key={fact.factId}
          data-preview-fact={fact.factId}
          className="rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-700"
        >
          <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            Fact {firstNumber + index}
          </p>
          <h3 className="mt-1 font-semibold">{fact.statement}</h3>
          {fact.items.length ? (
            <ol className="mt-4 grid gap-3 lg:grid-cols-2" aria-label={`Questions about fact ${firstNumber + index}`}>
              {fact.items.map((item) => (
                <li key={item.id}>
                  <QuestionPreview item={item} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-3 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
              No question of the chosen types exists for this fact, so it is never asked. Add another question type or
              leave the fact out.
            </p>
          )}
          <div className="mt-4">
            <CitationView citation={fact.citation} headingLevel={4} />
          </div>
        </li>
      ))}
    </ol>
  );
}

const optionBox = "flex items-center gap-3 rounded-lg border px-3 py-2";
const plainBox = "border-slate-300 dark:border-slate-600";
const rightBox = "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950";

function RightMark() {
  return (
    <span className="shrink-0 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
      ✓ Right answer
    </span>
  );
}

/** Mirrors components/quiz/question-runner.tsx without its controls: what the student reads. */
function QuestionPreview({ item }: { item: PreviewItem }) {
  const { view } = item;
  return (
    <div
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-950"
      data-item-kind={view.kind}
    >
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {view.kind === "true-false" ? "True or false?" : itemTypeLabels[view.kind]}
      </p>
      <p className="mt-1 text-lg leading-snug font-semibold">{view.stem}</p>
      {view.kind === "multiple-choice" ? (
        <ul className="mt-3 grid gap-2" aria-label="Options">
          {view.options.map((option, index) => {
            const right = option.text === item.answer;
            return (
              <li key={option.key} className={`${optionBox} ${right ? rightBox : plainBox}`}>
                <OptionLetter index={index} />
                <span className="grow">{option.text}</span>
                {right ? <RightMark /> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {view.kind === "true-false" ? (
        <>
          <ul className="mt-3 grid grid-cols-2 gap-2" aria-label="Options">
            {(["True", "False"] as const).map((value) => (
              <li
                key={value}
                className={`${optionBox} justify-center font-semibold ${value === item.answer ? rightBox : plainBox}`}
              >
                {value}
                {value === item.answer ? <RightMark /> : null}
              </li>
            ))}
          </ul>
          {item.answer === "False" ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              The source says <strong>{item.sourceAnswer}</strong>.
            </p>
          ) : null}
        </>
      ) : null}
      {view.kind === "typed" ? (
        <>
          <p className="mt-3 rounded-md border border-dashed border-slate-400 px-3 py-2 text-sm text-slate-600 dark:border-slate-500 dark:text-slate-400">
            Students type their answer here.
          </p>
          <p className="mt-2 text-sm">
            Right answer: <strong>{item.answer}</strong>
            {item.aliases.length ? (
              <span className="text-slate-700 dark:text-slate-300"> · also accepted: {item.aliases.join(", ")}</span>
            ) : null}
          </p>
        </>
      ) : null}
    </div>
  );
}
