"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert, TextField } from "@/components/form";
import type { ActionResult } from "@/lib/auth/action.server";
import { primaryButton } from "@/components/styles";

export function CreateClassForm({ create }: { create: (raw: unknown) => Promise<ActionResult<{ classId: string }>> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await create(Object.fromEntries(new FormData(event.currentTarget))).catch(() => ({ ok: false as const, error: "Could not reach the server.", fieldErrors: undefined }));
    if (result.ok) return router.push(`/classes/${result.data.classId}`);
    setPending(false);
    setError(result.error);
    setFieldErrors(result.fieldErrors ?? {});
  }

  return (
    <form onSubmit={onSubmit} aria-labelledby="new-class-heading" className="max-w-md space-y-4">
      <h2 id="new-class-heading" className="text-xl font-bold">
        New class
      </h2>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Name" name="name" maxLength={80} error={fieldErrors.name} hint="For example: History 9B, spring term." />
      <TextField label="Description (optional)" name="description" required={false} maxLength={300} error={fieldErrors.description} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}
