"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAlert, TextField } from "@/components/form";
import { primaryButton } from "@/components/styles";
import { useFormAction } from "@/components/use-form-action";
import { PASSWORD_MAX_LENGTH } from "@/lib/accounts/schemas";
import { NewPasswordField } from "./new-password-field";
import type { ActionResult } from "@/lib/auth/action.server";

type ChangePassword = (raw: unknown) => Promise<ActionResult<{ endedSessions: number }>>;

/** Current password, new password twice; says how many other browsers were signed out. */
export function ChangePasswordForm({ change }: { change: ChangePassword }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [done, setDone] = useState<string | null>(null);
  const { error, fieldErrors, pending, submit } = useFormAction(change, ({ endedSessions }) => {
    form.current?.reset();
    const others = endedSessions === 1 ? "1 other browser was" : `${endedSessions} other browsers were`;
    setDone(`Password changed. ${endedSessions ? `${others} signed out.` : "No other browser was signed in."}`);
    // The list of signed-in browsers below has changed.
    router.refresh();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    submit(Object.fromEntries(new FormData(event.currentTarget)));
  }

  return (
    <form ref={form} onSubmit={onSubmit} aria-labelledby="password-heading" className="max-w-md space-y-4">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" maxLength={PASSWORD_MAX_LENGTH} error={fieldErrors.currentPassword} />
      <NewPasswordField label="New password" name="newPassword" error={fieldErrors.newPassword} />
      <TextField label="New password again" name="confirmPassword" type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} error={fieldErrors.confirmPassword} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Changing…" : "Change password"}
        </button>
        {done ? <p role="status">{done}</p> : null}
      </div>
    </form>
  );
}
