import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, EmptyState, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { decksOfTeacher } from "@/lib/decks/decks.server";
import { itemTypeLabels } from "@/lib/quiz/items";
import { formatDayInZone } from "@/lib/dates";

export const metadata: Metadata = { title: "Decks" };

export default async function DecksPage() {
  const user = await requireRole("teacher");
  const decks = await decksOfTeacher(user.id);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-x-6">
        <PageHeader
          title="Decks"
          lead="Build decks of questions from the fact table, preview them with their citations, and assign them to your classes."
        />
        {decks.length ? <ButtonLink href="/decks/new">New deck</ButtonLink> : null}
      </div>
      {decks.length ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {decks.map((deck) => (
            <li key={deck.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
              <Link href={`/decks/${deck.id}`} className="text-lg font-semibold underline">
                {deck.name}
              </Link>
              <p className="mt-1 text-sm">
                {deck.facts} fact{deck.facts === 1 ? "" : "s"} · {deck.questionsPerAttempt} question
                {deck.questionsPerAttempt === 1 ? "" : "s"} per attempt
              </p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {deck.itemTypes.map((t) => itemTypeLabels[t]).join(", ")}
              </p>
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                {deck.assignments
                  ? `Used by ${deck.assignments} assignment${deck.assignments === 1 ? "" : "s"}`
                  : "Not assigned yet"}{" "}
                · updated{" "}
                <time dateTime={deck.updatedAt.toISOString()}>{formatDayInZone(deck.updatedAt, user.timeZone)}</time>
              </p>
              <p className="mt-2 text-sm">
                <Link
                  href={`/decks/${deck.id}/edit`}
                  className="font-medium text-brand-700 underline dark:text-brand-300"
                  aria-label={`Edit ${deck.name}`}
                >
                  Edit
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="You have no decks yet" action={{ href: "/decks/new", label: "New deck" }}>
          Pick facts from the five source articles, choose the question types, and preview every question with its
          source before you assign it.
        </EmptyState>
      )}
    </>
  );
}
