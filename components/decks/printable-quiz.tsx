import type { PaperSize, PrintedQuestion, PrintPart, QuizVersion } from "@/lib/exports/print";
import type { ExportSource } from "@/lib/exports/question";

/** The page box per paper: its size for the printer, and the sheet's width on screen. */
const paper: Record<PaperSize, { page: string; width: string }> = {
  a4: { page: "size: A4 portrait; margin: 14mm 16mm;", width: "210mm" },
  letter: { page: "size: letter portrait; margin: 0.55in 0.65in;", width: "8.5in" },
};

/** On screen a sheet of paper; printed, the page's printable width (the margins are @page's). Always dark ink on white. */
const sheet =
  "mx-auto max-w-full bg-white px-[6%] py-8 text-slate-900 shadow-md ring-1 ring-slate-200 print:w-auto! print:max-w-none print:px-0 print:py-0 print:shadow-none print:ring-0";

/**
 * A version of a deck's quiz as paper: a name, class and date header, numbered questions with
 * lettered options to circle or a line to write on, then on a new page the answer key with every
 * answer's source passage. Questions and key entries never split across pages.
 */
export function PrintableQuiz({
  deckName,
  version,
  paperSize,
  part,
  questions,
}: {
  deckName: string;
  version: QuizVersion;
  paperSize: PaperSize;
  part: PrintPart;
  questions: PrintedQuestion[];
}) {
  const { page, width } = paper[paperSize];
  return (
    <>
      <style>{`@page { ${page} }`}</style>
      {part === "key" ? null : (
        <section aria-labelledby="quiz-title" className={sheet} style={{ width }}>
          <header className="border-b-2 border-slate-900 pb-3">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4">
              <h2 id="quiz-title" className="font-serif text-2xl font-bold">
                {deckName}
              </h2>
              <p className="font-semibold">
                Version {version} · {questions.length} questions
              </p>
            </div>
            <div className="mt-5 grid grid-cols-[3fr_2fr_2fr] gap-x-6 text-sm">
              {["Name", "Class", "Date"].map((label) => (
                <p key={label} className="flex items-end gap-2">
                  <span className="font-semibold">{label}</span>
                  <span aria-hidden="true" className="h-6 flex-1 border-b border-slate-500" />
                </p>
              ))}
            </div>
          </header>
          <p className="mt-3 text-sm">
            Circle the letter of the best answer, or True or False. Write short answers on the line.
          </p>
          <ol className="mt-4 space-y-5">
            {questions.map((q) => (
              <li key={q.id} className="break-inside-avoid" data-printed-question={q.number}>
                <Numbered number={q.number}>{q.stem}</Numbered>
                <div className="mt-2 ml-9">
                  {q.kind === "typed" ? (
                    <p className="flex items-end gap-2 text-sm">
                      <span className="sr-only">Answer:</span>
                      <span aria-hidden="true" className="h-7 flex-1 border-b border-slate-500" />
                    </p>
                  ) : (
                    <ul className={q.kind === "true-false" ? "flex gap-10" : "space-y-1.5"}>
                      {q.options.map((option) => (
                        <li key={option.letter} className="flex items-start gap-2">
                          {q.kind === "multiple-choice" ? (
                            <span className="grid size-6 shrink-0 place-items-center rounded-full border border-slate-600 text-xs font-semibold">
                              {option.letter}
                            </span>
                          ) : null}
                          <span className={q.kind === "true-false" ? "rounded-full border border-slate-600 px-3" : ""}>
                            {option.text}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}

      {part === "quiz" ? null : (
        <section
          aria-labelledby="key-title"
          className={`${sheet} ${part === "all" ? "mt-10 break-before-page print:mt-0" : ""}`}
          style={{ width }}
          data-answer-key
        >
          <header className="border-b-2 border-slate-900 pb-3">
            <h2 id="key-title" className="font-serif text-2xl font-bold">
              Answer key · Version {version}
            </h2>
            <p className="text-sm">
              {deckName} · every answer with the passage it comes from. For the teacher: not to hand out.
            </p>
          </header>
          <ol className="mt-4 space-y-4 text-sm">
            {questions.map((q) => (
              <li key={q.id} className="break-inside-avoid" data-key-question={q.number}>
                <Numbered number={q.number}>
                  <strong>{q.answer}</strong>
                  {q.alsoAccepted.length ? (
                    <span className="text-slate-700"> (also accepted: {q.alsoAccepted.join(", ")})</span>
                  ) : null}
                  <span className="block text-slate-700">{q.stem}</span>
                </Numbered>
                <KeySource source={q.source} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** A question's number hanging in the margin, then its text. */
function Numbered({ number, children }: { number: number; children: React.ReactNode }) {
  return (
    <p className="flex gap-2">
      <span className="w-7 shrink-0 text-right font-bold tabular-nums">{number}.</span>
      <span>{children}</span>
    </p>
  );
}

function KeySource({ source }: { source: ExportSource }) {
  const from = [source.outlet, source.date].filter(Boolean).join(", ");
  return (
    <div className="mt-1 ml-9 border-l-2 border-slate-400 pl-3">
      <blockquote className="italic">“{source.quote}”</blockquote>
      <p className="text-slate-700">
        — <cite className="not-italic">{source.articleTitle}</cite>
        {from ? `, ${from}` : ""}
        {source.attribution ? ` · claim by ${source.attribution}` : ""}
      </p>
      {source.otherClaims.length ? (
        <p className="text-slate-700">
          Sources differ:{" "}
          {source.otherClaims.map((c, i) => (
            <span key={`${c.who}-${c.articleTitle}`}>
              {i ? "; " : ""}
              {c.who} says <strong>{c.says}</strong>
              {c.who.includes(c.articleTitle) ? "" : ` (“${c.articleTitle}”)`}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
