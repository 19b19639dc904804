import type { Metadata } from "next";
import { DeckBuilder } from "@/components/decks/deck-builder";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { deckBuilderFacts } from "@/lib/decks/decks.server";
import { createDeckAction, previewDeckAction } from "../actions";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  const user = await requireRole("teacher");
  return (
    <>
      <BackLink href="/decks">Decks</BackLink>
      <PageHeader
        title="New deck"
        lead="Pick facts from the source articles, choose the question types, and check the questions students will get."
      />
      <DeckBuilder facts={await deckBuilderFacts(user.id)} save={createDeckAction} preview={previewDeckAction} />
    </>
  );
}
