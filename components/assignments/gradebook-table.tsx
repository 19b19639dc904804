import Link from "next/link";
import { TableScroller } from "@/components/ui";
import { formatInZone } from "@/lib/dates";
import type { GradebookRow, GradebookSort, GradebookSortKey } from "@/lib/assignments/gradebook";
import { formatDuration, formatShare } from "@/lib/study/format";

const columns: { key: GradebookSortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Student", numeric: false },
  { key: "score", label: "Score", numeric: true },
  { key: "attempts", label: "Attempts", numeric: true },
  { key: "time", label: "Time spent", numeric: true },
  { key: "last", label: "Last activity", numeric: false },
];

/** Students × score, attempts, time and last activity; each header sorts (a link, so it works without script). */
/** The first column stays put while the others scroll under it. */
const stickyColumn = "sticky left-0 z-10 bg-white dark:bg-slate-950";

export function GradebookTable({
  rows,
  sort,
  basePath,
  timeZone,
}: {
  rows: GradebookRow[];
  sort: GradebookSort;
  basePath: string;
  timeZone: string;
}) {
  return (
    // On a phone the table scrolls sideways in its own box, the student's name column staying in view.
    <TableScroller label="Gradebook">
      <table className="w-full text-left text-sm whitespace-nowrap" aria-describedby="gradebook-caption">
        <caption id="gradebook-caption" className="sr-only">
          Gradebook, sorted by {columns.find((c) => c.key === sort.sort)!.label.toLowerCase()},{" "}
          {sort.dir === "asc" ? "ascending" : "descending"}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            {columns.map((column) => {
              const active = sort.sort === column.key;
              const nextDir = active && sort.dir === "asc" ? "desc" : active ? "asc" : column.numeric ? "desc" : "asc";
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
                  className={`px-2 py-2 ${column.numeric ? "text-right" : ""} ${column === columns[0] ? stickyColumn : ""}`}
                >
                  <Link
                    href={`${basePath}?sort=${column.key}&dir=${nextDir}`}
                    className="underline decoration-slate-400 underline-offset-2 hover:decoration-current"
                  >
                    {column.label}
                    {active ? <span aria-hidden="true">{sort.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.studentId} className="border-b border-slate-200 dark:border-slate-700" data-student={row.name}>
              <th scope="row" className={`px-2 py-2 font-normal ${stickyColumn}`}>
                <Link href={`${basePath}/students/${row.studentId}`} className="font-medium underline">
                  {row.name}
                </Link>
                {row.enrolled ? null : (
                  <span className="ml-1 text-slate-600 dark:text-slate-400">(removed from class)</span>
                )}
                {row.late ? (
                  <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    late
                  </span>
                ) : null}
              </th>
              <td className="px-2 py-2 text-right" data-column="score">
                {row.score === null ? "—" : formatShare(row.score)}
              </td>
              <td className="px-2 py-2 text-right" data-column="attempts">
                {row.attempts}
                {row.attempts > row.finishedAttempts ? (
                  <span className="text-slate-600 dark:text-slate-400">
                    {" "}
                    ({row.attempts - row.finishedAttempts} open)
                  </span>
                ) : null}
              </td>
              <td className="px-2 py-2 text-right">{row.attempts ? formatDuration(row.timeMs) : "—"}</td>
              <td className="px-2 py-2">
                {row.lastActivity ? formatInZone(row.lastActivity, timeZone, { withZone: false }) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
