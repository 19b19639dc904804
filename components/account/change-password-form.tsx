"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { FormAlert, TextField } from "@/components/form";
import { primaryButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import { PASSWORD_MAX_LENGTH } from "@/lib/accounts/limits";
import { NewPasswordField } from "./new-password-field";

function passwordChanged(endedSessions: number) {
  const others = endedSessions === 1 ? "1 other browser was" : `${endedSessions} other browsers were`;
  return `Password changed. ${endedSessions ? `${others} signed out.` : "No other browser was signed in."}`;
}

/** Current password, new password twice; says how many other browsers were signed out. Works without JavaScript. */
export function ChangePasswordForm({ change }: { change: ServerAction<{ endedSessions: number }> }) {
  const router = useRouter();
  const formElement = useRef<HTMLFormElement>(null);
  const { form, error, fieldErrors, pending, success } = useActionForm(change, {
    onSuccess: () => {
      formElement.current?.reset();
      // The list of signed-in browsers below has changed.
      router.refresh();
    },
  });

  return (
    <form ref={formElement} {...form} aria-labelledby="password-heading" className="max-w-md space-y-4">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX_LENGTH}
        error={fieldErrors.currentPassword}
      />
      <NewPasswordField label="New password" name="newPassword" error={fieldErrors.newPassword} />
      <TextField
        label="New password again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX_LENGTH}
        error={fieldErrors.confirmPassword}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Changing…" : "Change password"}
        </button>
        {success ? <p role="status">{passwordChanged(success.data.endedSessions)}</p> : null}
      </div>
    </form>
  );
}
