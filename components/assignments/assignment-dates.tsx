import { TextField } from "@/components/form";

/** Open and due date fields, as wall-clock times in the teacher's time zone (assign and change-dates forms). */
export function AssignmentDates({
  timeZone,
  defaults,
  fieldErrors,
}: {
  timeZone: string;
  defaults: { opensAt: string; dueAt: string };
  fieldErrors: Record<string, string>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label="Opens"
        name="opensAt"
        type="datetime-local"
        defaultValue={defaults.opensAt}
        error={fieldErrors.opensAt}
        hint={`Your time zone: ${timeZone}`}
      />
      <TextField
        label="Due"
        name="dueAt"
        type="datetime-local"
        defaultValue={defaults.dueAt}
        error={fieldErrors.dueAt}
        hint="Students see it in theirs."
      />
    </div>
  );
}

export function LateWorkBox({ defaultChecked }: { defaultChecked: boolean }) {
  return (
    <label className="flex items-center gap-2">
      <input type="checkbox" name="allowLate" defaultChecked={defaultChecked} className="size-4 accent-brand-600" />
      Accept late work (marked late) after the due date
    </label>
  );
}
