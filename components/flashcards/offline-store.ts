/**
 * What a student's device keeps for flashcards (decision 0017), in IndexedDB through `idb`: the
 * next day's cards (fronts, backs and passages) and the ratings not yet sent, each with its own id
 * and time. Kept per account, so a shared device never sends one student's ratings as another's;
 * all of it, and the saved pages, is forgotten on signing out.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { DeckCard } from "@/lib/scheduling/flashcards.server";
import type { SyncedReview } from "@/lib/scheduling/offline";

export interface QueuedReview extends SyncedReview {
  userId: string;
}

export interface SavedDeck {
  userId: string;
  /** When the server built it (ms): a page saved earlier than this deck brings an older one. */
  builtAt: number;
  /** The articles and topics it covers (the page's query), so a narrower deck never stands in for another. */
  scope: string;
  cards: DeckCard[];
}

interface OfflineSchema extends DBSchema {
  decks: { key: string; value: SavedDeck };
  outbox: { key: string; value: QueuedReview; indexes: { byUser: string } };
}

const DATABASE = "sourcebound-offline";
/** The service worker's caches of pages (app/sw.ts): they hold the student's pages too. */
const PAGE_CACHES = ["pages", "pages-rsc"];

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;
function database() {
  opened ??= openDB<OfflineSchema>(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore("decks", { keyPath: "userId" });
      db.createObjectStore("outbox", { keyPath: "reviewId" }).createIndex("byUser", "userId");
    },
  });
  return opened;
}

export async function savedDeck(userId: string): Promise<SavedDeck | undefined> {
  return (await database()).get("decks", userId);
}

export async function saveDeck(deck: SavedDeck): Promise<void> {
  await (await database()).put("decks", deck);
}

/** Ratings waiting to be sent, oldest first. */
export async function queuedReviews(userId: string): Promise<QueuedReview[]> {
  const reviews = await (await database()).getAllFromIndex("outbox", "byUser", userId);
  return reviews.sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
}

/** Keeps a rating to send, and takes its card out of the saved deck, in one transaction: a reload never shows it again. */
export async function queueReview(review: QueuedReview): Promise<void> {
  const tx = (await database()).transaction(["outbox", "decks"], "readwrite");
  const decks = tx.objectStore("decks");
  const deck = await decks.get(review.userId);
  if (deck) await decks.put({ ...deck, cards: deck.cards.filter((c) => c.factId !== review.factId) });
  await tx.objectStore("outbox").put(review);
  await tx.done;
}

/**
 * Takes back a rating not sent yet and puts its card first in the saved deck. False when it has
 * been sent already (the server's undo applies then).
 */
export async function unqueueReview(review: QueuedReview, card: DeckCard): Promise<boolean> {
  const tx = (await database()).transaction(["outbox", "decks"], "readwrite");
  const outbox = tx.objectStore("outbox");
  if (!(await outbox.get(review.reviewId))) {
    await tx.done;
    return false;
  }
  await outbox.delete(review.reviewId);
  const decks = tx.objectStore("decks");
  const deck = await decks.get(review.userId);
  if (deck) await decks.put({ ...deck, cards: [card, ...deck.cards.filter((c) => c.factId !== card.factId)] });
  await tx.done;
  return true;
}

/** Forgets ratings the server has answered for. */
export async function forgetReviews(reviewIds: readonly string[]): Promise<void> {
  const tx = (await database()).transaction("outbox", "readwrite");
  await Promise.all(reviewIds.map((id) => tx.store.delete(id)));
  await tx.done;
}

/** Ratings of any account waiting on this device. */
export async function unsentReviewCount(): Promise<number> {
  return (await database()).count("outbox");
}

/** On signing out: the saved cards, unsent ratings and saved pages leave this device (the caller asks first about unsent ones). */
export async function forgetOfflineData(): Promise<void> {
  const db = await opened?.catch(() => null);
  db?.close();
  opened = null;
  await Promise.allSettled([
    deleteDB(DATABASE),
    ...("caches" in window ? PAGE_CACHES.map((name) => caches.delete(name)) : []),
  ]);
}
