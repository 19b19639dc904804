"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { CitationView } from "@/components/quiz/citation";
import { primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import type { DeckCard } from "@/lib/scheduling/flashcards.server";
import { formatInterval } from "@/lib/scheduling/intervals";
import {
  queuedReviews,
  queueReview,
  ratedSince,
  saveDeck,
  savedDeck,
  unqueueReview,
  type QueuedReview,
} from "./offline-store";
import { sendQueuedReviews, withReviewLock, type SyncReport } from "./review-sync";

const ratings = [
  { grade: 1, label: "Again", style: "border-red-600 text-red-800 dark:border-red-400 dark:text-red-200" },
  { grade: 2, label: "Hard", style: "border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-100" },
  {
    grade: 3,
    label: "Good",
    style: "border-emerald-600 text-emerald-900 dark:border-emerald-400 dark:text-emerald-100",
  },
  { grade: 4, label: "Easy", style: "border-brand-600 text-brand-700 dark:border-brand-300 dark:text-brand-300" },
] as const;
type Grade = (typeof ratings)[number]["grade"];

/** With nothing else left, learning cards due within the next minutes are shown early (Anki's learn-ahead). */
const LEARN_AHEAD_MS = 20 * 60_000;
const QUIZ_NOTE_KEY = "sourcebound.flashcards.quiz-note-seen";
/** A page built longer ago than this came from the service worker's saved copy. */
const STALE_PAGE_MS = 60_000;

function subscribeToConnection(changed: () => void) {
  window.addEventListener("online", changed);
  window.addEventListener("offline", changed);
  return () => {
    window.removeEventListener("online", changed);
    window.removeEventListener("offline", changed);
  };
}
const subscribeToNothing = () => () => {};

/**
 * Flashcards from the deck the server built for the next day (decision 0017), kept on the device
 * so they work offline. Space or a tap flips a card, 1–4 rate it, Z undoes the last rating. A
 * rating is kept on the device first, then sent; what waits to be sent is said, and survives
 * reloads and closed tabs. Needs JavaScript.
 */
export function FlashcardStudy({
  userId,
  deck,
  builtAt,
  scope,
  counts,
  serverCanUndo,
  fedByQuizzes,
  undo,
}: {
  userId: string;
  deck: DeckCard[];
  builtAt: number;
  scope: string;
  /** Today's numbers as the server counted them when it built the deck. */
  counts: { new: number; learning: number; due: number };
  /** A rating already on the server can be undone there (the page was loaded after one). */
  serverCanUndo: boolean;
  fedByQuizzes: boolean;
  undo: ServerAction<{ factId: string }>;
}) {
  const router = useRouter();
  const [cards, setCards] = useState(deck);
  const [now, setNow] = useState(builtAt);
  // Which card is turned over: a fresh deck arriving meanwhile never shows another card's back.
  const [flippedId, setFlippedId] = useState<string | null>(null);
  const [lastRated, setLastRated] = useState<{ review: QueuedReview; card: DeckCard } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncReport | null>(null);
  const online = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
  const [busy, setBusy] = useState(false);
  const syncing = useRef(false);
  /** The card a server-side undo brought back: first in the next deck, once. */
  const undone = useRef<string | null>(null);

  // The deck on the device wins over an older one in a saved copy of this page (offline reloads).
  useEffect(() => {
    let live = true;
    void (async () => {
      const [saved, queued, ratedAfter] = await Promise.all([
        savedDeck(userId),
        queuedReviews(userId),
        ratedSince(userId, builtAt),
      ]);
      if (!live) return;
      if (saved && saved.scope === scope && saved.builtAt >= builtAt) setCards(saved.cards);
      else {
        // Leave out cards rated since this deck was built (an older saved page), or still waiting to be sent.
        const rated = new Set([...queued.map((r) => r.factId), ...ratedAfter]);
        const back = deck.filter((c) => c.factId === undone.current);
        undone.current = null;
        const fresh = [...back, ...deck.filter((c) => !rated.has(c.factId) && !back.includes(c))];
        await saveDeck({ userId, builtAt, scope, cards: fresh });
        if (live) setCards(fresh);
      }
      setSync(
        (previous) =>
          previous ?? { state: queued.length ? "waiting" : "saved", waiting: queued.length, applied: 0, gone: 0 },
      );
    })();
    return () => {
      live = false;
    };
  }, [userId, deck, builtAt, scope]);

  const send = useCallback(async () => {
    if (syncing.current) return;
    syncing.current = true;
    try {
      const report = await sendQueuedReviews(userId);
      setSync(report);
      // Everything sent: a fresh deck from the server (its schedule for the cards just rated).
      if (report.state === "saved" && report.applied > 0) router.refresh();
    } finally {
      syncing.current = false;
    }
  }, [userId, router]);

  // A saved copy of the page (the network was slow or gone) brings an older deck: once online,
  // fetch the page afresh, once per visit.
  const refreshedStale = useRef(false);
  useEffect(() => {
    if (refreshedStale.current || !navigator.onLine || Date.now() - builtAt < STALE_PAGE_MS) return;
    refreshedStale.current = true;
    router.refresh();
  }, [builtAt, router]);

  // Send what waits now, when the connection returns and when the page is shown again.
  useEffect(() => {
    const onOnline = () => void send();
    const onVisible = () => document.visibilityState === "visible" && void send();
    const first = window.setTimeout(() => {
      setNow(Date.now());
      void send();
    }, 0);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    // Every half minute: cards falling due show up, and ratings a refusal left behind are tried again.
    const tick = window.setInterval(() => {
      setNow(Date.now());
      void send();
    }, 30_000);
    return () => {
      window.clearTimeout(first);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onVisible);
      window.clearInterval(tick);
    };
  }, [send]);

  const available = cards.filter((c) => c.dueAt <= now);
  const current = available[0] ?? cards.find((c) => c.kind === "learning" && c.dueAt <= now + LEARN_AHEAD_MS) ?? null;
  const flipped = current !== null && flippedId === current.factId;
  const flip = () => current && setFlippedId(current.factId);
  const later = cards.filter((c) => c.dueAt > now);
  const nextLater = later.length ? Math.min(...later.map((c) => c.dueAt)) : null;

  async function rate(grade: Grade) {
    if (!current || busy) return;
    setBusy(true);
    const review: QueuedReview = {
      userId,
      reviewId: crypto.randomUUID(),
      factId: current.factId,
      grade,
      reviewedAt: new Date().toISOString(),
    };
    try {
      if (!(await queueReview(review))) {
        setCards((all) => all.filter((c) => c.factId !== current.factId));
        setFlippedId(null);
        setMessage("That card was just rated in another tab; here is the next one.");
        return;
      }
      // A card opened by its link (?card=) is not pinned again by the next deck once rated.
      const url = new URL(window.location.href);
      if (url.searchParams.get("card") === current.factId) {
        url.searchParams.delete("card");
        router.replace(url.pathname + url.search);
      }
      setCards((all) => all.filter((c) => c.factId !== current.factId));
      setLastRated({ review, card: current });
      setFlippedId(null);
      setMessage(null);
      setSync((s) => ({ state: "waiting", waiting: (s?.waiting ?? 0) + 1, applied: 0, gone: 0 }));
    } catch {
      setMessage("This browser could not keep the rating (private browsing may block storage). Try again.");
    } finally {
      setBusy(false);
    }
    void send();
  }

  const serverUndo = useActionForm(undo, {
    onSuccess: ({ factId }) => {
      setMessage("Undone: the card you rated last is back.");
      // The fresh deck puts it first (below), whatever its place in the queue.
      undone.current = factId;
      router.refresh();
    },
    unreachableHint: "Undo needs a connection once a rating has been sent.",
  });

  async function undoLast() {
    if (busy || serverUndo.pending) return;
    setFlippedId(null);
    // Under the sync's lock: a send under way finishes first, and a rating it sent is undone on the server.
    if (lastRated && (await withReviewLock(userId, () => unqueueReview(lastRated.review, lastRated.card)))) {
      const { card } = lastRated;
      setCards((all) => [card, ...all.filter((c) => c.factId !== card.factId)]);
      setLastRated(null);
      setSync((s) => (s ? { ...s, waiting: Math.max(0, s.waiting - 1), state: s.waiting > 1 ? s.state : "saved" } : s));
      setMessage(`Undone: “${card.question}” is back.`);
      return;
    }
    setLastRated(null);
    serverUndo.send({});
  }
  const canUndo = lastRated !== null || serverCanUndo;

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
      if (event.key === " " && current && !flipped) {
        event.preventDefault();
        flip();
      } else if (flipped && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void rate(Number(event.key) as Grade);
      } else if (event.key.toLowerCase() === "z" && canUndo) {
        event.preventDefault();
        void undoLast();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const shownCounts = {
    new: available.filter((c) => c.kind === "new").length,
    learning: cards.filter((c) => c.kind === "learning").length,
    due: available.filter((c) => c.kind === "review").length,
  };
  const untouched = cards.length === deck.length && !lastRated;
  return (
    <div>
      <dl className="mb-4 grid grid-cols-3 gap-3 text-center sm:max-w-lg" aria-label="Cards now">
        {(
          [
            ["New", untouched ? counts.new : shownCounts.new],
            ["Learning", untouched ? counts.learning : shownCounts.learning],
            ["Due", untouched ? counts.due : shownCounts.due],
          ] as const
        ).map(([label, count]) => (
          <div key={label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-bold">{count}</dd>
          </div>
        ))}
      </dl>
      <QuizNote shown={fedByQuizzes} />
      <SyncStatus sync={sync} online={online} />
      {message || serverUndo.error ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm font-medium dark:bg-slate-800">
          {serverUndo.error ?? message}
        </p>
      ) : null}
      {canUndo ? (
        <div className="mb-3 flex justify-end">
          <button
            type="button"
            onClick={() => void undoLast()}
            disabled={busy || serverUndo.pending}
            className="min-h-11 rounded-md px-3 text-sm font-medium underline hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            {serverUndo.pending ? "Undoing…" : "Undo last rating (Z)"}
          </button>
        </div>
      ) : null}
      {current ? (
        <Card
          key={current.factId}
          card={current}
          flipped={flipped}
          busy={busy}
          onFlip={flip}
          onRate={(grade) => void rate(grade)}
        />
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">All done for now</h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {nextLater
              ? `The next card is due in ${formatInterval(new Date(now), new Date(nextLater))}.`
              : "No more cards are due in the next day."}
          </p>
        </div>
      )}
    </div>
  );
}

/** One card: the front, then (tapped, Space or the button) the back with its passage and the four ratings. */
function Card({
  card,
  flipped,
  busy,
  onFlip,
  onRate,
}: {
  card: DeckCard;
  flipped: boolean;
  busy: boolean;
  onFlip: () => void;
  onRate: (grade: Grade) => void;
}) {
  const flipButton = useRef<HTMLButtonElement>(null);
  const ratingGroup = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Focus for the keyboard, without scrolling a phone's screen away from the counts and status.
    if (flipped) {
      ratingGroup.current?.querySelector<HTMLButtonElement>("button")?.focus({ preventScroll: true });
      ratingGroup.current?.scrollIntoView({ block: "nearest" });
    } else flipButton.current?.focus({ preventScroll: true });
  }, [flipped]);
  return (
    <section
      aria-labelledby="card-front"
      className="rounded-xl border border-slate-300 p-5 sm:p-6 dark:border-slate-600"
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">From “{card.articleTitle}”</p>
      <h2 id="card-front" className="mt-2 text-xl font-semibold leading-snug sm:text-2xl">
        {card.question}
      </h2>
      {!flipped ? (
        <button
          ref={flipButton}
          type="button"
          onClick={onFlip}
          className={`mt-6 min-h-12 w-full sm:w-auto ${primaryButton}`}
        >
          Show answer <span className="hidden font-normal sm:inline">(Space)</span>
        </button>
      ) : (
        <div className="mt-6 space-y-4" aria-live="polite">
          <div>
            <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Answer</p>
            <p id="card-answer" className="text-2xl font-bold">
              {card.answer}
            </p>
            {card.aliases.length ? (
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Also right: {card.aliases.join(" · ")}</p>
            ) : null}
          </div>
          {card.citation ? <CitationView citation={card.citation} /> : null}
          <div
            ref={ratingGroup}
            role="group"
            aria-label="How well did you know it? (keys 1–4)"
            className="grid grid-cols-2 gap-2 sm:grid-cols-4"
          >
            {ratings.map(({ grade, label, style }) => (
              <button
                key={grade}
                type="button"
                disabled={busy}
                onClick={() => onRate(grade)}
                className={`min-h-14 rounded-md border-2 px-3 py-2 text-center font-semibold disabled:opacity-70 ${style}`}
              >
                <span className="block">
                  {grade} {label}
                </span>
                <span className="block text-sm font-normal">{card.intervals[grade]}</span>
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

/** How many ratings wait on this device, and why. */
function SyncStatus({ sync, online }: { sync: SyncReport | null; online: boolean }) {
  if (!sync) return null;
  const waiting = sync.waiting;
  const plural = (n: number) => `${n} rating${n === 1 ? "" : "s"}`;
  const text =
    waiting === 0
      ? sync.gone
        ? `All ratings saved. ${plural(sync.gone)} for cards no longer in your reading list could not count.`
        : null
      : !online || sync.state === "offline"
        ? `You are offline. ${plural(waiting)} saved on this device, sent when you are back online.`
        : sync.state === "signed-out"
          ? `${plural(waiting)} on this device wait until you sign in again.`
          : sync.state === "other-account"
            ? `${plural(waiting)} on this device belong to the account signed in before; they wait until it signs in again.`
            : sync.state === "refused"
              ? `${plural(waiting)} could not be sent just now; they stay on this device and are tried again.`
              : `${plural(waiting)} waiting to sync…`;
  return (
    <p
      role="status"
      data-waiting={waiting}
      className={
        text
          ? "mb-4 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
          : "sr-only"
      }
    >
      {text ?? "All ratings saved."}
    </p>
  );
}

/** Said once per browser: quiz answers schedule flashcards too, which is why cards appear after a quiz. */
function QuizNote({ shown }: { shown: boolean }) {
  const seenBefore = useSyncExternalStore(
    subscribeToNothing,
    () => localStorage.getItem(QUIZ_NOTE_KEY) === "1",
    () => true,
  );
  const [seen, setSeen] = useState(false);
  if (!shown || seen || seenBefore) return null;
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm dark:bg-slate-800">
      <p className="max-w-prose">
        <strong>Your quiz answers schedule cards here too.</strong> A question you missed in a quiz comes back as a
        flashcard soon; one you got right waits until it is due. That is why cards appear after a quiz.
      </p>
      <button
        type="button"
        onClick={() => {
          localStorage.setItem(QUIZ_NOTE_KEY, "1");
          setSeen(true);
        }}
        className="min-h-11 rounded-md px-2 font-medium underline"
      >
        Got it
      </button>
    </div>
  );
}
