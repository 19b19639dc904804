import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/classes/action-button";
import { DeckPreviewList } from "@/components/decks/deck-preview";
import { RenameDeckForm } from "@/components/decks/rename-deck-form";
import { toolbarButton } from "@/components/styles";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { deckForTeacher, deckPreview } from "@/lib/decks/decks.server";
import { itemTypeLabels } from "@/lib/quiz/items";
import { exportFormatNames, exportFormats } from "@/lib/exports/exports.server";
import { deleteDeckAction, duplicateDeckAction, renameDeckAction } from "../actions";

export const metadata: Metadata = { title: "Deck" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default async function DeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const user = await requireRole("teacher");
  const deck = await deckForTeacher(user.id, (await params).deckId);
  if (!deck) notFound();
  const preview = await deckPreview(user.id, deck);
  const settings = [
    ["Facts", String(deck.factIds.length)],
    ["Question types", deck.itemTypes.map((t) => itemTypeLabels[t]).join(", ")],
    ["Questions per attempt", String(deck.questionsPerAttempt)],
    ["Assignments", deck.assignments ? `Used by ${plural(deck.assignments, "assignment")}` : "Not assigned yet"],
  ] as const;
  return (
    <>
      <BackLink href="/decks">Decks</BackLink>
      <PageHeader
        title={deck.name}
        lead="Every question this deck can give, as students see it, with the right answer marked and the source it cites."
      />
      <div className="mb-8 flex flex-wrap items-start gap-3">
        <Link href={`/decks/${deck.id}/edit`} className={toolbarButton.secondary}>
          Edit deck
        </Link>
        {deck.assignments ? (
          <Link href={`/decks/${deck.id}/analysis`} className={toolbarButton.secondary}>
            How its questions did
          </Link>
        ) : null}
        <RenameDeckForm deckId={deck.id} name={deck.name} rename={renameDeckAction} />
        <ActionButton
          action={duplicateDeckAction}
          payload={{ deckId: deck.id }}
          label="Duplicate"
          pendingLabel="Duplicating…"
        />
        <ActionButton
          action={deleteDeckAction}
          payload={{ deckId: deck.id }}
          label="Delete"
          pendingLabel="Deleting…"
          variant="danger"
          confirm={`Delete the deck “${deck.name}”? This cannot be undone.`}
        />
      </div>
      <dl className="mb-10 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {settings.map(([term, value]) => (
          <div key={term} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="mt-1 font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {preview.missingFacts ? (
        <p className="mb-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          {preview.missingFacts === 1 ? "1 fact of this deck is" : `${preview.missingFacts} facts of this deck are`} no
          longer in the fact table and give no questions. Edit the deck to leave{" "}
          {preview.missingFacts === 1 ? "it" : "them"} out.
        </p>
      ) : null}
      {preview.askableFacts < deck.questionsPerAttempt ? (
        <p className="mb-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          Only {plural(preview.askableFacts, "fact")} of this deck {preview.askableFacts === 1 ? "has" : "have"} a
          question of the chosen types, so an attempt asks at most {plural(preview.askableFacts, "question")}, not{" "}
          {deck.questionsPerAttempt}.
        </p>
      ) : null}
      <section
        aria-labelledby="export-heading"
        className="mb-10 rounded-xl border border-slate-200 p-5 dark:border-slate-700"
      >
        <h2 id="export-heading" className="text-lg font-bold">
          Use this deck elsewhere
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Every question goes out with its source: the quote, the article and outlet, and who claims what where sources
          disagree.
        </p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {exportFormatNames.map((format) => (
            <li key={format}>
              <a
                href={`/decks/${deck.id}/export/${format}`}
                download
                className="font-semibold text-brand-700 underline dark:text-brand-300"
              >
                Download {exportFormats[format].label}
              </a>
              <p className="text-sm text-slate-600 dark:text-slate-400">{exportFormats[format].target}</p>
            </li>
          ))}
          <li>
            <Link
              href={`/decks/${deck.id}/print`}
              className="font-semibold text-brand-700 underline dark:text-brand-300"
            >
              Printable quiz
            </Link>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Paper, A4 or US Letter: versions A and B, each with an answer key citing every source
            </p>
          </li>
        </ul>
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="text-xl font-bold">
          Questions ({preview.questions})
        </h2>
        <p className="mt-1 mb-4 max-w-3xl text-slate-700 dark:text-slate-300">
          Each attempt asks {plural(deck.questionsPerAttempt, "question")}: one per fact, for facts taken in a random
          order.
          {deck.itemTypes.includes("true-false")
            ? " A true/false question shows the true or the false statement, at random."
            : ""}
        </p>
        <DeckPreviewList facts={preview.facts} />
      </section>
    </>
  );
}
