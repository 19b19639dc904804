/** Class names shared by components that cannot share a component (buttons of forms and links). */
export const primaryButton = "rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-70";

/** The small bordered buttons of a toolbar (rename, duplicate, delete), and links that sit among them. */
export const toolbarButton = {
  secondary:
    "inline-flex items-center rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-70 dark:border-slate-500 dark:hover:bg-slate-800",
  danger:
    "inline-flex items-center rounded-md border border-red-600 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950",
} as const;
