/**
 * What a student's device keeps for flashcards (decision 0017), in IndexedDB through `idb`: the
 * next day's cards (fronts, backs and passages) and the ratings not yet sent, each with its own id
 * and time. Kept per account, so a shared device never sends one student's ratings as another's;
 * all of it, and the saved pages, is forgotten on signing out.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { DeckCard } from "@/lib/scheduling/flashcards.server";
import type { SyncedReview } from "@/lib/scheduling/offline";
import { forgetSavedPages } from "@/lib/auth/auth-client";

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

/**
 * When a card was last rated on this device (its clock) and, once sent, when the server had
 * stored it (the server's clock, as a deck's `builtAt`): a deck built before then must not bring
 * the card back.
 */
interface RatedCard {
  userId: string;
  factId: string;
  ratedAt: number;
  storedAt?: number;
}

interface OfflineSchema extends DBSchema {
  decks: { key: string; value: SavedDeck };
  outbox: { key: string; value: QueuedReview & { attempted?: boolean }; indexes: { byUser: string } };
  rated: { key: [string, string]; value: RatedCard; indexes: { byUser: string } };
}

const DATABASE = "sourcebound-offline";

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;
function database() {
  opened ??= openDB<OfflineSchema>(DATABASE, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("decks", { keyPath: "userId" });
        db.createObjectStore("outbox", { keyPath: "reviewId" }).createIndex("byUser", "userId");
      }
      if (oldVersion < 2)
        db.createObjectStore("rated", { keyPath: ["userId", "factId"] }).createIndex("byUser", "userId");
    },
    // Another tab signing out deletes the database: let go of it at once instead of holding it up.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
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

/**
 * Keeps a rating to send, and takes its card out of the saved deck, in one transaction: a reload
 * never shows it again. False when the card has left the saved deck meanwhile (rated in another
 * tab): nothing is kept, so one card is never rated twice from one deck.
 */
export async function queueReview(review: QueuedReview): Promise<boolean> {
  const tx = (await database()).transaction(["outbox", "decks", "rated"], "readwrite");
  const decks = tx.objectStore("decks");
  const deck = await decks.get(review.userId);
  if (deck && !deck.cards.some((c) => c.factId === review.factId)) {
    await tx.done;
    return false;
  }
  if (deck) await decks.put({ ...deck, cards: deck.cards.filter((c) => c.factId !== review.factId) });
  await tx.objectStore("outbox").put(review);
  await tx
    .objectStore("rated")
    .put({ userId: review.userId, factId: review.factId, ratedAt: Date.parse(review.reviewedAt) });
  await tx.done;
  return true;
}

/** The cards whose latest rating a deck built at `builtAt` (server ms) cannot know of: it must leave them out. */
export async function ratedSince(userId: string, builtAt: number): Promise<Set<string>> {
  const rated = await (await database()).getAllFromIndex("rated", "byUser", userId);
  return new Set(rated.filter((r) => (r.storedAt ?? r.ratedAt) >= builtAt).map((r) => r.factId));
}

/** Marks ratings as sent once (the answer may be lost): undoing one of them must then ask the server. */
export async function markAttempted(reviewIds: readonly string[]): Promise<void> {
  const tx = (await database()).transaction("outbox", "readwrite");
  for (const id of reviewIds) {
    const review = await tx.store.get(id);
    if (review) await tx.store.put({ ...review, attempted: true });
  }
  await tx.done;
}

/**
 * Takes back a rating never sent and puts its card first in the saved deck. False when it has
 * been sent, or may have been (the server's undo applies then). Call it under the sync's lock
 * (review-sync.ts `withReviewLock`), so a send under way finishes first.
 */
export async function unqueueReview(review: QueuedReview, card: DeckCard): Promise<boolean> {
  const tx = (await database()).transaction(["outbox", "decks", "rated"], "readwrite");
  const outbox = tx.objectStore("outbox");
  const queued = await outbox.get(review.reviewId);
  if (!queued || queued.attempted) {
    await tx.done;
    return false;
  }
  await outbox.delete(review.reviewId);
  await tx.objectStore("rated").delete([review.userId, review.factId]);
  const decks = tx.objectStore("decks");
  const deck = await decks.get(review.userId);
  if (deck) await decks.put({ ...deck, cards: [card, ...deck.cards.filter((c) => c.factId !== card.factId)] });
  await tx.done;
  return true;
}

/** Forgets ratings the server has answered for, noting when it had stored them (`storedAt`, server ms). */
export async function forgetReviews(reviewIds: readonly string[], storedAt: number): Promise<void> {
  const tx = (await database()).transaction(["outbox", "rated"], "readwrite");
  const outbox = tx.objectStore("outbox");
  const rated = tx.objectStore("rated");
  for (const id of reviewIds) {
    const review = await outbox.get(id);
    if (!review) continue;
    await outbox.delete(id);
    const card = await rated.get([review.userId, review.factId]);
    if (card && card.ratedAt === Date.parse(review.reviewedAt)) await rated.put({ ...card, storedAt });
  }
  await tx.done;
}

/** Ratings of any account waiting on this device. */
export async function unsentReviewCount(): Promise<number> {
  return (await database()).count("outbox");
}

/**
 * On signing out: the saved cards, unsent ratings and saved pages leave this device (the caller
 * asks first about unsent ones). Other tabs let go of the database when asked; one that does not
 * answer within two seconds (frozen) keeps it until it closes, and signing out goes on.
 */
export async function forgetOfflineData(): Promise<void> {
  const db = await opened?.catch(() => null);
  db?.close();
  opened = null;
  const deleted = Promise.allSettled([deleteDB(DATABASE), forgetSavedPages()]);
  await Promise.race([deleted, new Promise((resolve) => setTimeout(resolve, 2000))]);
}
