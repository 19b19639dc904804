"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { FormAlert, SubmitButton, TextField } from "@/components/form";
import { signInErrorMessage, useSignInAndGo } from "@/lib/auth/sign-in-client";

export function SignInForm() {
  const signInAndGo = useSignInAndGo();
  const searchParams = useSearchParams();
  // next-auth's own redirects (e.g. an expired session) arrive with ?error=…
  const [error, setError] = useState<string | null>(() => {
    const code = searchParams.get("error");
    return code ? signInErrorMessage(code) : null;
  });
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const failure = await signInAndGo(String(form.get("email") ?? ""), String(form.get("password") ?? ""), searchParams.get("callbackUrl"));
    if (failure) {
      setError(failure);
      setPending(false);
    }
  }

  return (
    // method="post" keeps the password out of the address bar if it is sent before the page is interactive.
    <form onSubmit={onSubmit} method="post" className="space-y-4" aria-label="Sign in">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <TextField label="Email" name="email" type="email" autoComplete="email" maxLength={254} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" maxLength={200} />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        New here?{" "}
        <Link href="/signup" className="font-semibold text-brand-700 underline dark:text-brand-300">
          Create an account
        </Link>
      </p>
    </form>
  );
}
