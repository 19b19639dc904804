import Link from "next/link";

export function PageHeader({ title, lead }: { title: string; lead?: React.ReactNode }) {
  return (
    <div className="mb-8">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {lead ? <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">{lead}</p> : null}
    </div>
  );
}

/** "← Study": the way back up, above a page's heading. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="font-medium text-brand-700 underline dark:text-brand-300">
        ← {children}
      </Link>
    </p>
  );
}

export function ButtonLink({
  href,
  children,
  variant = "primary",
}: {
  href: string;
  children: React.ReactNode;
  variant?: "primary" | "secondary";
}) {
  const styles =
    variant === "primary"
      ? "bg-brand-600 text-white hover:bg-brand-700"
      : "border border-slate-300 text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800";
  return (
    <Link
      href={href}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2.5 font-semibold ${styles}`}
    >
      {children}
    </Link>
  );
}

/** A full-page message: 403, 404, errors, empty sections. */
export function Notice({ code, title, children }: { code?: string; title: string; children: React.ReactNode }) {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      {code ? <p className="text-sm font-semibold tracking-widest text-brand-700 dark:text-brand-300">{code}</p> : null}
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <div className="mt-4 space-y-4 text-slate-700 dark:text-slate-300">{children}</div>
    </section>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: React.ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mx-auto mt-2 max-w-prose text-slate-700 dark:text-slate-300">{children}</div>
      {action ? (
        <div className="mt-4">
          <ButtonLink href={action.href}>{action.label}</ButtonLink>
        </div>
      ) : null}
    </div>
  );
}

/** A titled part of a page: a section named by its heading (for screen readers' landmarks). */
export function Section({
  id,
  title,
  className = "",
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`space-y-3 ${className}`}>
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A table that scrolls sideways in its own box on a narrow screen instead of widening the page;
 * focusable (and named) so the keyboard can scroll it too.
 */
export function TableScroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // Named apart from the section around it ("Gradebook" holds "Gradebook table").
    <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label={`${label} table`}>
      {children}
    </div>
  );
}

/** A table's column headings: the first heads the rows' own heading column; `end` aligns a column of figures right. */
export function TableHead({ columns }: { columns: { label: React.ReactNode; end?: boolean }[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 dark:border-slate-600">
        {columns.map((column, index) => (
          <th
            key={index}
            scope="col"
            className={`${index === 0 ? "py-2 pr-2" : "px-2 py-2"}${column.end ? " text-right" : ""}`}
          >
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** "Page 2 of 5" with links to the neighbouring pages of a list (`?page=N` on `path`). */
export function Pager({
  path,
  page,
  pages,
  label,
  newer,
  older,
}: {
  path: string;
  page: number;
  pages: number;
  label: string;
  newer: string;
  older: string;
}) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-slate-300 px-3 py-2 text-sm underline dark:border-slate-600";
  return (
    <nav aria-label={label} className="my-8 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link className={link} href={page === 2 ? path : `${path}?page=${page - 1}`} rel="prev">
          ← {newer}
        </Link>
      ) : null}
      <p className="text-sm" aria-current="page">
        Page {page} of {pages}
      </p>
      {page < pages ? (
        <Link className={link} href={`${path}?page=${page + 1}`} rel="next">
          {older} →
        </Link>
      ) : null}
    </nav>
  );
}
