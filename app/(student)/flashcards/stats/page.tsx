import type { Metadata } from "next";
import { BarChart, historyTable } from "@/components/charts";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { reviewHistory } from "@/lib/scheduling/flashcards.server";
import { dueForecast, retention, reviewsPerDay } from "@/lib/scheduling/stats";
import { formatShare } from "@/lib/study/format";
import { formatLocalDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Flashcard statistics" };

export default async function FlashcardStatsPage() {
  const user = await requireRole("student");
  const now = new Date();
  // Flashcard days follow the account's zone, as the review schedule does (decision 0010).
  const timeZone = user.savedTimeZone;
  const history = await reviewHistory(user.id, timeZone);
  const cards = history.cards;
  const days = reviewsPerDay(history.days);
  const kept = retention(days);
  const reviews = days.reduce((sum, d) => sum + d.reviews, 0);
  const forecast = dueForecast(cards, now, timeZone);
  const busiest = Math.max(1, ...forecast.map((d) => d.due));
  const mostReviews = Math.max(1, ...days.map((d) => d.reviews));
  const shownDays = days.slice(-30);
  return (
    <>
      <BackLink href="/flashcards">Flashcards</BackLink>
      <PageHeader
        title="Flashcard statistics"
        lead={`Days follow your time zone (${timeZone}). Quiz answers count as reviews (a miss is Again).`}
      />
      <dl className="mb-10 grid gap-3 sm:grid-cols-3">
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Reviews</dt>
          <dd className="text-2xl font-bold">{reviews}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Retention (not Again)</dt>
          <dd className="text-2xl font-bold">{kept === null ? "—" : formatShare(kept)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Cards started</dt>
          <dd className="text-2xl font-bold">{cards.length}</dd>
        </div>
      </dl>
      <div className="space-y-12">
        <BarChart
          id="reviews-per-day"
          title="Reviews per day"
          summary={
            shownDays.length
              ? `Reviews per day: ${shownDays.map((d) => `${formatLocalDay(d.day)} ${d.reviews} (${d.again} Again)`).join("; ")}.`
              : "No reviews yet."
          }
          bars={shownDays.map((d) => ({
            key: d.day,
            label: formatLocalDay(d.day),
            share: d.reviews / mostReviews,
            value: String(d.reviews),
          }))}
          table={historyTable({
            what: "Reviews",
            days,
            keys: ["reviews", "again"],
            columns: ["Reviews", "Again", "Retention"],
            cells: (sum) => [sum.reviews, sum.again, formatShare(1 - sum.again / sum.reviews)],
          })}
        />
        <BarChart
          id="forecast"
          title="Due in the next 30 days"
          summary={`Cards due per day for the next 30 days: ${
            forecast
              .filter((d) => d.due)
              .map((d) => `${formatLocalDay(d.day)} ${d.due}`)
              .join("; ") || "none"
          }.`}
          bars={forecast.map((d) => ({
            key: d.day,
            label: formatLocalDay(d.day),
            share: d.due / busiest,
            value: String(d.due),
          }))}
          table={{
            summary: "Forecast as a table",
            columns: ["Day", "Cards due"],
            rows: forecast.map((d) => [formatLocalDay(d.day, { withYear: true }), d.due]),
          }}
        />
      </div>
    </>
  );
}
