"use client";

import { useRouter } from "next/navigation";
import { FileField, FormAlert } from "@/components/form";
import { primaryButton, toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import { factCsvColumnHelp, factCsvColumns } from "@/lib/exports/fact-columns";
import type { FactsImported } from "@/lib/exports/facts-import.server";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 new facts, 1 updated, 3 unchanged." */
export function importSummary({ created, updated, unchanged }: FactsImported): string {
  const parts = [
    created ? plural(created, "new fact") : null,
    updated ? `${updated} updated` : null,
    unchanged ? `${unchanged} unchanged` : null,
  ].filter(Boolean);
  return parts.length ? `Imported: ${parts.join(", ")}.` : "The file had no facts.";
}

/** The row problems of a refused file, from field messages keyed "rows.<row>.<column>". */
function rowProblems(fieldErrors: Record<string, string>) {
  return Object.entries(fieldErrors)
    .flatMap(([key, message]) => {
      const match = /^rows\.(\d+)\.(.+)$/.exec(key);
      return match ? [{ row: Number(match[1]), column: match[2]!, message }] : [];
    })
    .sort((a, b) => a.row - b.row);
}

/**
 * The article's facts out to a spreadsheet and back: download the table, edit or add rows, and
 * import it. A refused file lists every problem by row and column; nothing of it is saved.
 */
export function FactTableForm({ slug, importFacts }: { slug: string; importFacts: ServerAction<FactsImported> }) {
  const router = useRouter();
  const { form, error, fieldErrors, pending, success } = useActionForm(importFacts, {
    onSuccess: () => router.refresh(),
  });
  const problems = rowProblems(fieldErrors);
  return (
    <section aria-labelledby="fact-table-heading" id="fact-table" className="scroll-mt-24 space-y-3">
      <h2 id="fact-table-heading" className="text-xl font-bold">
        Fact table as CSV
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Edit the facts in a spreadsheet, or write many at once, then import the file. Each row is checked as a fact made
        here is; if any row has a problem, nothing of the file is saved.
      </p>
      <a href={`/articles/${slug}/facts.csv`} download className={toolbarButton.secondary}>
        Download the fact table (CSV)
      </a>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">The columns</summary>
        <dl className="mt-2 space-y-1">
          {factCsvColumns.map((column) => (
            <div key={column} className="sm:flex sm:gap-2">
              <dt className="font-semibold sm:w-44 sm:shrink-0">{column}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{factCsvColumnHelp[column]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <form {...form} aria-labelledby="fact-table-heading" className="max-w-2xl space-y-3">
        <input type="hidden" name="slug" value={slug} />
        {error ? <FormAlert>{error}</FormAlert> : null}
        <FileField
          label="Fact table to import"
          name="file"
          accept=".csv,text/csv"
          hint="CSV UTF-8 with the columns above, up to 1 MB and 500 facts."
          error={fieldErrors.file}
        />
        {problems.length ? (
          <div className="overflow-x-auto">
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Rows are numbered as in a spreadsheet: the header is row 1.
            </p>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Problems in the file, by row</caption>
              <thead>
                <tr className="border-b border-slate-300 dark:border-slate-700">
                  <th scope="col" className="py-1 pr-3">
                    Row
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Column
                  </th>
                  <th scope="col" className="py-1">
                    Problem
                  </th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr
                    key={`${p.row}-${p.column}`}
                    className="border-b border-slate-200 align-top dark:border-slate-800"
                  >
                    <td className="py-1 pr-3 tabular-nums">{p.row}</td>
                    <td className="py-1 pr-3 whitespace-nowrap">{p.column}</td>
                    <td className="py-1">{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? "Checking the file…" : "Import facts"}
          </button>
          {success ? <p role="status">{importSummary(success.data)}</p> : null}
        </div>
      </form>
    </section>
  );
}
