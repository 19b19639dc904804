"use server";

import { z } from "zod";
import { recordId } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { deckInputSchema, deckItemTypesSchema, deckNameSchema, MAX_DECK_FACTS } from "@/lib/decks/deck";
import {
  createDeck,
  deckPreview,
  deleteDeck,
  duplicateDeck,
  renameDeck,
  updateDeck,
  type DeckChange,
} from "@/lib/decks/decks.server";
import { mapResult, ok } from "@/lib/result";

const deckId = recordId("Unknown deck.");
/** Where the browser goes next: the saved deck, or the list after a delete. */
const goTo = (change: DeckChange, href: (deckId: string) => string) =>
  mapResult(change, (saved) => ({ href: href(saved.deckId) }));
const deckPage = (id: string) => `/decks/${id}`;

export const createDeckAction = defineAction.teacher("createDeck", deckInputSchema, async (input, user) =>
  goTo(await createDeck(user.id, input), deckPage),
);

export const updateDeckAction = defineAction.teacher(
  "updateDeck",
  z.object({ deckId }).and(deckInputSchema),
  async (input, user) => goTo(await updateDeck(user.id, input.deckId, input), deckPage),
);

export const renameDeckAction = defineAction.teacher(
  "renameDeck",
  z.object({ deckId, name: deckNameSchema }),
  async (input, user) => goTo(await renameDeck(user.id, input.deckId, input.name), deckPage),
);

export const duplicateDeckAction = defineAction.teacher("duplicateDeck", z.object({ deckId }), async (input, user) =>
  goTo(await duplicateDeck(user.id, input.deckId), deckPage),
);

export const deleteDeckAction = defineAction.teacher("deleteDeck", z.object({ deckId }), async (input, user) =>
  goTo(await deleteDeck(user.id, input.deckId), () => "/decks"),
);

/** How many facts the builder previews: enough to see each type, few enough to read while picking. */
const PREVIEW_FACTS = 3;

export const previewDeckAction = defineAction.teacher(
  "previewDeck",
  z.object({ factIds: z.array(z.string().max(120)).max(MAX_DECK_FACTS), itemTypes: deckItemTypesSchema }),
  async (input, user) => ok(await deckPreview(user.id, input, { facts: PREVIEW_FACTS })),
);
