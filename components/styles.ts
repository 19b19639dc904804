/** Class names shared by components that cannot share a component (buttons of forms and links). */
export const primaryButton = "rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:opacity-70";
