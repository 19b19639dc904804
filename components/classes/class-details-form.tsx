"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormAlert, TextField } from "@/components/form";
import { primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

/**
 * A class's name and description: a new class (then its page opens), or an existing one's
 * details corrected in place (the page refreshes and says so). Works without JavaScript.
 */
export function ClassDetailsForm({
  save,
  existing,
}: {
  save: ServerAction<{ classId: string }>;
  existing?: { id: string; name: string; description: string | null };
}) {
  const router = useRouter();
  const { form, error, fieldErrors, pending, success } = useActionForm(save, {
    onSuccess: ({ classId }) => (existing ? router.refresh() : router.push(`/classes/${classId}`)),
  });

  return (
    <form
      {...form}
      {...(existing ? { "aria-label": "Class details" } : { "aria-labelledby": "new-class-heading" })}
      className="max-w-md space-y-4"
    >
      {existing ? (
        <input type="hidden" name="classId" value={existing.id} />
      ) : (
        <h2 id="new-class-heading" className="text-xl font-bold">
          New class
        </h2>
      )}
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField
        label="Name"
        name="name"
        maxLength={80}
        defaultValue={existing?.name}
        error={fieldErrors.name}
        hint="For example: History 9B, spring term."
      />
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
        {success && existing ? <p role="status">Details saved.</p> : null}
        {/* With JavaScript the class's page opens instead; a form posted without it says where the class is. */}
        {success && !existing ? (
          <p role="status">
            Class created.{" "}
            <Link href={`/classes/${success.data.classId}`} className="font-medium underline">
              Open it
            </Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
