"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/form";
import { AssignmentDates, LateWorkBox } from "./assignment-dates";
import { primaryButton } from "@/components/styles";
import type { ActionResult } from "@/lib/auth/action.server";

/** New open and due dates (an extension), in the teacher's time zone, and the late-work rule. */
export function RescheduleForm({
  assignmentId,
  timeZone,
  current,
  reschedule,
}: {
  assignmentId: string;
  timeZone: string;
  current: { opensAt: string; dueAt: string; allowLate: boolean };
  reschedule: (raw: unknown) => Promise<ActionResult<null>>;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const input = { assignmentId, timeZone, opensAt: form.get("opensAt"), dueAt: form.get("dueAt"), allowLate: form.get("allowLate") === "on" };
    const result = await reschedule(input).catch(() => ({ ok: false as const, error: "Could not reach the server.", fieldErrors: undefined }));
    setPending(false);
    setError(result.ok ? null : result.error);
    setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    if (result.ok) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label="Change dates" className="mt-3 max-w-2xl space-y-4">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <AssignmentDates timeZone={timeZone} defaults={current} fieldErrors={fieldErrors} />
      <LateWorkBox defaultChecked={current.allowLate} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save dates"}
        </button>
        {saved ? <p role="status">Dates saved.</p> : null}
      </div>
    </form>
  );
}
