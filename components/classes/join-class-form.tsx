"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { FormAlert, TextField } from "@/components/form";
import { useActionForm, type ServerAction } from "@/components/use-action-form";

/** A student types the code the teacher shows; says which class they joined. Works without JavaScript. */
export function JoinClassForm({ join }: { join: ServerAction<{ className: string; already: boolean }> }) {
  const router = useRouter();
  const formElement = useRef<HTMLFormElement>(null);
  const { form, error, fieldErrors, pending, success } = useActionForm(join, {
    onSuccess: () => {
      formElement.current?.reset();
      // "My classes" lists the new class.
      router.refresh();
    },
  });

  return (
    <form ref={formElement} {...form} aria-labelledby="join-heading" className="max-w-sm space-y-3">
      <h2 id="join-heading" className="text-xl font-bold">
        Join a class
      </h2>
      {/* One field: its own message says more than "Please correct the highlighted fields." */}
      {error ? <FormAlert>{fieldErrors.code ?? error}</FormAlert> : null}
      {success ? (
        <p
          role="status"
          className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
        >
          {success.data.already
            ? `You are already in ${success.data.className}.`
            : `You joined ${success.data.className}.`}
        </p>
      ) : null}
      <TextField
        label="Join code"
        name="code"
        maxLength={12}
        hint="Six letters and digits, as your teacher shows it (ACD-EFG)."
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-400 px-4 py-2 font-semibold disabled:opacity-70 dark:border-slate-500"
      >
        {pending ? "Joining…" : "Join"}
      </button>
    </form>
  );
}
