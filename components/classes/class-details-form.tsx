"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, TextField } from "@/components/form";
import type { ActionResult } from "@/lib/auth/action.server";
import { primaryButton } from "@/components/styles";
import { useFormAction } from "@/components/use-form-action";

type SaveClass = (raw: unknown) => Promise<ActionResult<{ classId: string }>>;

/**
 * A class's name and description: a new class (then its page opens), or an existing one's
 * details corrected in place (the page refreshes and says so).
 */
export function ClassDetailsForm({ save, existing }: { save: SaveClass; existing?: { id: string; name: string; description: string | null } }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { error, fieldErrors, pending, submit } = useFormAction(save, ({ classId }) => {
    if (!existing) return router.push(`/classes/${classId}`);
    setSaved(true);
    router.refresh();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    submit({ ...Object.fromEntries(new FormData(event.currentTarget)), ...(existing ? { classId: existing.id } : {}) });
  }

  return (
    <form onSubmit={onSubmit} {...(existing ? { "aria-label": "Class details" } : { "aria-labelledby": "new-class-heading" })} className="max-w-md space-y-4">
      {existing ? null : (
        <h2 id="new-class-heading" className="text-xl font-bold">
          New class
        </h2>
      )}
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Name" name="name" maxLength={80} defaultValue={existing?.name} error={fieldErrors.name} hint="For example: History 9B, spring term." />
      <TextField
        label="Description (optional)"
        name="description"
        required={false}
        maxLength={300}
        defaultValue={existing?.description ?? undefined}
        error={fieldErrors.description}
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {existing ? (pending ? "Saving…" : "Save details") : pending ? "Creating…" : "Create class"}
        </button>
        {saved ? <p role="status">Details saved.</p> : null}
      </div>
    </form>
  );
}
