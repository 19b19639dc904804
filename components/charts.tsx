/**
 * Small server-rendered SVG charts. Each is an image with a one-sentence summary for screen
 * readers, followed by the same numbers as a table.
 */
import type { DailyAccuracy, MasteryRow } from "@/lib/progress/mastery";
import { formatLocalDay, formatMonth, recentDaysAndMonths } from "@/lib/dates";
import { formatShare } from "@/lib/study/format";
import { TableScroller } from "@/components/ui";

export function MasteryChart({ id, title, rows }: { id: string; title: string; rows: MasteryRow[] }) {
  const rowHeight = 34;
  const width = 600;
  const best = [...rows].sort((a, b) => b.share - a.share)[0];
  const summary = rows.length
    ? `${title}: ${rows.map((r) => `${r.label} ${formatShare(r.share)} mastered`).join("; ")}.${best ? ` Strongest: ${best.label}.` : ""}`
    : `${title}: nothing yet.`;
  return (
    // min-w-0: in the page's grid a long label truncates instead of widening the column past a phone's screen.
    <figure aria-labelledby={`${id}-caption`} className="min-w-0">
      <figcaption id={`${id}-caption`} className="text-lg font-semibold">
        {title}
      </figcaption>
      {/* Labels sit above each bar, so long titles wrap as text instead of overflowing the SVG. */}
      <div className="mt-3 space-y-3" role="img" aria-label={summary}>
        {rows.map((row) => (
          <div key={row.key}>
            <div className="flex justify-between gap-3 text-sm">
              <span className="truncate">{row.label}</span>
              <span className="shrink-0 font-semibold">{formatShare(row.share)}</span>
            </div>
            <svg
              viewBox={`0 0 ${width} ${rowHeight / 2}`}
              className="mt-1 h-3 w-full"
              preserveAspectRatio="none"
              aria-hidden="true"
            >
              <rect
                x="0"
                y="0"
                width={width}
                height={rowHeight / 2}
                className="fill-slate-200 dark:fill-slate-700"
                rx="4"
              />
              <rect
                x="0"
                y="0"
                width={(width * row.mastered) / row.facts}
                height={rowHeight / 2}
                className="fill-emerald-600 dark:fill-emerald-400"
              />
              <rect
                x={(width * row.mastered) / row.facts}
                y="0"
                width={(width * row.missed) / row.facts}
                height={rowHeight / 2}
                className="fill-red-500 dark:fill-red-400"
              />
            </svg>
          </div>
        ))}
      </div>
      <p className="mt-2 flex flex-wrap gap-4 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
        <span>
          <span className="mr-1 inline-block size-2.5 rounded-sm bg-emerald-600 dark:bg-emerald-400" />
          mastered
        </span>
        <span>
          <span className="mr-1 inline-block size-2.5 rounded-sm bg-red-500 dark:bg-red-400" />
          missed
        </span>
        <span>
          <span className="mr-1 inline-block size-2.5 rounded-sm bg-slate-200 dark:bg-slate-700" />
          not seen yet
        </span>
      </p>
      <TableDetails
        summary={`${title} as a table`}
        columns={["Name", "Facts", "Mastered", "Missed", "Not seen"]}
        rows={rows.map((row) => [row.label, row.facts, row.mastered, row.missed, row.neverSeen])}
      />
    </figure>
  );
}

/** Days listed one by one in a history table; earlier ones are summed per month. */
const TABLE_DAYS = 30;

/**
 * A chart's table for a long history of days: whole months summed, then day by day for about
 * the last `TABLE_DAYS` days (`recentDaysAndMonths`), so a year of study stays a short table.
 */
export function historyTable<K extends string, D extends { day: string } & Record<K, number>>({
  what,
  days,
  keys,
  columns,
  cells,
}: {
  what: string;
  days: readonly D[];
  keys: readonly K[];
  columns: string[];
  cells: (sum: Record<K, number>) => (string | number)[];
}): { summary: string; columns: string[]; rows: (string | number)[][] } {
  const { recent, months } = recentDaysAndMonths(days, keys, TABLE_DAYS);
  return {
    summary: months.length
      ? `${what} per month, then day by day from ${formatMonth(recent[0]!.day.slice(0, 7))}, as a table`
      : `${what} per day as a table`,
    columns: [months.length ? "Month or day" : "Day", ...columns],
    rows: [
      ...months.map((m) => [formatMonth(m.month), ...cells(m)]),
      ...recent.map((d) => [formatLocalDay(d.day, { withYear: true }), ...cells(d)]),
    ],
  };
}

export function AccuracyChart({ days }: { days: DailyAccuracy[] }) {
  const shown = days.slice(-14);
  return (
    <BarChart
      id="accuracy"
      title="Accuracy over time"
      summary={
        shown.length
          ? `Accuracy per day over the last ${shown.length} day(s) with answers: ${shown.map((d) => `${formatLocalDay(d.day)} ${formatShare(d.share)} of ${d.answered}`).join("; ")}.`
          : "No answers yet."
      }
      bars={shown.map((d) => ({
        key: d.day,
        label: formatLocalDay(d.day),
        share: d.share,
        value: formatShare(d.share),
      }))}
      table={historyTable({
        what: "Accuracy",
        days,
        keys: ["answered", "correct"],
        columns: ["Answered", "Correct", "Accuracy"],
        cells: (sum) => [sum.answered, sum.correct, formatShare(sum.correct / sum.answered)],
      })}
    />
  );
}

/**
 * Columns of `share` (0–1) of the chart's height, labelled under and valued above; the summary is
 * what a screen reader hears, and the table holds every number.
 */
export function BarChart({
  id,
  title,
  summary,
  bars,
  table,
}: {
  id: string;
  title: string;
  summary: string;
  bars: { key: string; label: string; share: number; value: string }[];
  table: { summary: string; columns: string[]; rows: (string | number)[][] };
}) {
  const width = 600;
  const height = 160;
  const barGap = bars.length > 20 ? 3 : 8;
  const barWidth = bars.length ? Math.min(60, (width - barGap * (bars.length - 1)) / bars.length) : 0;
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="text-lg font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height + 24}`} className="mt-3 w-full" role="img" aria-label={summary}>
        <line x1="0" y1={height} x2={width} y2={height} className="stroke-slate-400" />
        {bars.map((bar, i) => {
          const x = i * (barWidth + barGap);
          const h = Math.max(2, bar.share * (height - 20));
          return (
            <g key={bar.key}>
              <rect
                x={x}
                y={height - h}
                width={barWidth}
                height={h}
                rx="3"
                className="fill-brand-600 dark:fill-brand-300"
              />
              {barWidth >= 24 ? (
                <text x={x + barWidth / 2} y={height - h - 4} textAnchor="middle" className="fill-current text-[11px]">
                  {bar.value}
                </text>
              ) : null}
              {barWidth >= 24 || i % 5 === 0 ? (
                <text
                  x={barWidth >= 24 ? x + barWidth / 2 : x}
                  y={height + 16}
                  textAnchor={barWidth >= 24 ? "middle" : "start"}
                  className="fill-current text-[10px]"
                >
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <TableDetails {...table} />
    </figure>
  );
}

/** A chart's numbers as a table, folded away under the chart: the first column names each row. */
function TableDetails({ summary, columns, rows }: { summary: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <TableScroller label={summary.replace(/ as a table$/, "")}>
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              {columns.map((column, i) => (
                <th key={column} scope="col" className={i === 0 ? "py-1 pr-2" : "px-2 py-1 text-right"}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, ...values]) => (
              <tr key={String(name)} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {name}
                </th>
                {values.map((value, i) => (
                  <td key={i} className="px-2 py-1 text-right">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
    </details>
  );
}
