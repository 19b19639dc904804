"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/form";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

/**
 * The daily limit for new cards; the time zone comes from the browser (components/time-zone-sync.tsx).
 * Works without JavaScript.
 */
export function FlashcardSettings({
  timeZone,
  dailyNewCards,
  save,
}: {
  timeZone: string;
  dailyNewCards: number;
  save: ServerAction<null>;
}) {
  const router = useRouter();
  const { form, error, fieldErrors, pending, success } = useActionForm(save, { onSuccess: () => router.refresh() });

  return (
    <form {...form} className="mt-10 space-y-2" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="text-lg font-semibold">
        Settings
      </h2>
      {/* One field: its own message says more than "Please correct the highlighted fields." */}
      {error ? <FormAlert>{fieldErrors.dailyNewCards ?? error}</FormAlert> : null}
      <label htmlFor="daily-new" className="block text-sm font-medium">
        New cards a day
      </label>
      <div className="flex items-center gap-2">
        <input
          id="daily-new"
          name="dailyNewCards"
          type="number"
          min={0}
          max={200}
          defaultValue={dailyNewCards}
          className="w-24 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-400 px-4 py-2 font-semibold disabled:opacity-70 dark:border-slate-500"
        >
          Save
        </button>
        {success ? <span role="status">Saved.</span> : null}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">Days end at midnight in your time zone ({timeZone}).</p>
    </form>
  );
}
