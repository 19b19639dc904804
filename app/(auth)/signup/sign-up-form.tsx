"use client";

import Link from "next/link";
import { useState } from "react";
import { FormAlert, SubmitButton, TextField } from "@/components/form";
import { NewPasswordField } from "@/components/account/new-password-field";
import { roleLabels, roles } from "@/lib/accounts/roles";
import { useSignInAndGo } from "@/lib/auth/sign-in-client";
import { signUp } from "./actions";

export function SignUpForm() {
  const signInAndGo = useSignInAndGo();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget));
    setPending(true);
    setError(null);
    const result = await signUp(input).catch(() => ({ ok: false as const, error: "Could not reach the server. Please try again.", fieldErrors: undefined }));
    if (!result.ok) {
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.error);
      setPending(false);
      return;
    }
    setFieldErrors({});
    // The account exists now; if signing in fails (e.g. throttled), say so and keep the form.
    const failure = await signInAndGo(String(input.email), String(input.password), null);
    if (failure) {
      setError(`Your account was created, but signing in failed: ${failure}`);
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4" aria-label="Create account">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Name" name="name" autoComplete="name" maxLength={80} error={fieldErrors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" maxLength={254} error={fieldErrors.email} />
      <NewPasswordField name="password" error={fieldErrors.password} />
      <fieldset aria-describedby={fieldErrors.role ? "field-role-error" : undefined}>
        <legend className="text-sm font-medium">I am a</legend>
        <div className="mt-2 grid grid-cols-2 gap-2">
          {roles.map((role) => (
            <label
              key={role}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-400 px-3 py-2 has-checked:border-brand-600 has-checked:bg-brand-50 dark:border-slate-500 dark:has-checked:border-brand-300 dark:has-checked:bg-slate-800"
            >
              <input type="radio" name="role" value={role} defaultChecked={role === "student"} className="accent-brand-600" />
              {roleLabels[role]}
            </label>
          ))}
        </div>
        {fieldErrors.role ? (
          <p id="field-role-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
            {fieldErrors.role}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Already have an account?{" "}
        <Link href="/signin" className="font-semibold text-brand-700 underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}
