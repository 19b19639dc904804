/** Class names shared by components that cannot share a component (buttons of forms and links). */
export const primaryButton =
  "rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-70";

/** The small bordered buttons of a toolbar (rename, duplicate, delete), and links that sit among them. */
export const toolbarButton = {
  secondary:
    "inline-flex items-center rounded-md border border-slate-400 px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-70 dark:border-slate-500 dark:hover:bg-slate-800",
  danger:
    "inline-flex items-center rounded-md border border-red-600 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-70 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950",
} as const;

/** A form field's parts (components/form.tsx TextField and SelectField, and inputs a client component drives itself). */
export const field = {
  label: "block text-sm font-medium",
  hint: "mt-0.5 text-sm text-slate-600 dark:text-slate-400",
  input:
    "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:aria-invalid:border-red-400",
  error: "mt-1 text-sm font-medium text-red-700 dark:text-red-300",
} as const;

/** A checkbox or radio with its label in a bordered box that highlights when checked (add the alignment). */
export const choiceBox =
  "flex cursor-pointer gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-600 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800";
