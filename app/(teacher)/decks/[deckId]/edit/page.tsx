import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeckBuilder } from "@/components/decks/deck-builder";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { deckBuilderFacts, deckForTeacher } from "@/lib/decks/decks.server";
import { previewDeckAction, updateDeckAction } from "../../actions";

export const metadata: Metadata = { title: "Edit deck" };

export default async function EditDeckPage({ params }: { params: Promise<{ deckId: string }> }) {
  const user = await requireRole("teacher");
  const deck = await deckForTeacher(user.id, (await params).deckId);
  if (!deck) notFound();
  return (
    <>
      <BackLink href={`/decks/${deck.id}`}>{deck.name}</BackLink>
      <PageHeader
        title="Edit deck"
        lead={
          deck.assignments
            ? `This deck is used by ${deck.assignments} assignment${deck.assignments === 1 ? "" : "s"}: attempts already started keep their questions, later attempts get your changes.`
            : "Change the facts, question types or attempt size, and check the questions again."
        }
      />
      <DeckBuilder
        facts={await deckBuilderFacts(user.id)}
        initial={{
          deckId: deck.id,
          name: deck.name,
          factIds: deck.factIds,
          itemTypes: deck.itemTypes,
          questionsPerAttempt: deck.questionsPerAttempt,
        }}
        save={updateDeckAction}
        preview={previewDeckAction}
      />
    </>
  );
}
