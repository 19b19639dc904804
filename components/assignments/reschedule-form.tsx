"use client";

import { useRouter } from "next/navigation";
import { FormAlert } from "@/components/form";
import { AssignmentDates, LateWorkBox } from "./assignment-dates";
import { primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

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
  reschedule: ServerAction<null>;
}) {
  const router = useRouter();
  const { error, fieldErrors, pending, success, send } = useActionForm(reschedule, {
    onSuccess: () => router.refresh(),
  });

  // Needs JavaScript: the schema wants "Accept late work" as true/false, not a checkbox's "on".
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    send({
      assignmentId,
      timeZone,
      opensAt: form.get("opensAt"),
      dueAt: form.get("dueAt"),
      allowLate: form.get("allowLate") === "on",
    });
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
        {success ? <p role="status">Dates saved.</p> : null}
      </div>
    </form>
  );
}
