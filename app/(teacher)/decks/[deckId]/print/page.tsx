import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PrintButton } from "@/components/decks/print-button";
import { PrintableQuiz } from "@/components/decks/printable-quiz";
import { BackLink } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { deckPrint } from "@/lib/exports/exports.server";
import {
  paperLabels,
  paperSizes,
  printPartLabels,
  printParts,
  quizVersions,
  type PaperSize,
  type PrintPart,
  type QuizVersion,
} from "@/lib/exports/print";

export const metadata: Metadata = { title: "Printable quiz" };

/** An unknown choice in the address falls back to version A, on A4, quiz and key. */
const printOptions = z.object({
  version: z.enum(quizVersions).catch("A"),
  paper: z.enum(paperSizes).catch("a4"),
  part: z.enum(printParts).catch("all"),
});

type Props = { params: Promise<{ deckId: string }>; searchParams: Promise<Record<string, string | string[]>> };

export default async function PrintDeckPage({ params, searchParams }: Props) {
  const user = await requireRole("teacher");
  const { deckId } = await params;
  const { version, paper, part } = printOptions.parse(await searchParams);
  const printed = await deckPrint(user.id, deckId, version);
  if (!printed) notFound();
  const href = (change: { version?: QuizVersion; paper?: PaperSize; part?: PrintPart }) =>
    `/decks/${deckId}/print?${new URLSearchParams({ version, paper, part, ...change })}`;
  return (
    <>
      <div className="mb-8 print:hidden">
        <BackLink href={`/decks/${deckId}`}>{printed.name}</BackLink>
        <h1 className="text-3xl font-bold tracking-tight">Printable quiz</h1>
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
          One question per fact of the deck. Versions A and B ask the same questions in a different order, with the
          options shuffled, so neighbours cannot copy; each has its own answer key, on a page of its own after the quiz.
          Print the quiz alone for the class and the key for yourself, or both at once; for a PDF, choose “Save as PDF”
          in the print dialog.
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-x-8 gap-y-3">
          <Choice
            label="Version"
            options={quizVersions.map((v) => ({ href: href({ version: v }), text: v, current: v === version }))}
          />
          <Choice
            label="Paper"
            options={paperSizes.map((p) => ({ href: href({ paper: p }), text: paperLabels[p], current: p === paper }))}
          />
          <Choice
            label="Print"
            options={printParts.map((p) => ({
              href: href({ part: p }),
              text: printPartLabels[p],
              current: p === part,
            }))}
          />
          <PrintButton label={`Print version ${version}`} />
        </div>
        {printed.questions.length === 0 ? (
          <p className="mt-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
            No fact of this deck has a question of its types yet: edit the deck to print a quiz.
          </p>
        ) : null}
      </div>
      {printed.questions.length ? (
        <PrintableQuiz
          deckName={printed.name}
          version={version}
          paperSize={paper}
          part={part}
          questions={printed.questions}
        />
      ) : null}
    </>
  );
}

function Choice({ label, options }: { label: string; options: { href: string; text: string; current: boolean }[] }) {
  return (
    <nav aria-label={label} className="flex items-center gap-2 text-sm">
      <span className="font-medium">{label}</span>
      <span className="inline-flex overflow-hidden rounded-md border border-slate-400 dark:border-slate-500">
        {options.map((o) => (
          <Link
            key={o.text}
            href={o.href}
            aria-current={o.current ? "page" : undefined}
            className="px-3 py-1.5 font-semibold not-first:border-l not-first:border-slate-400 hover:bg-slate-50 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:not-first:border-slate-500 dark:hover:bg-slate-800"
          >
            {o.text}
          </Link>
        ))}
      </span>
    </nav>
  );
}
