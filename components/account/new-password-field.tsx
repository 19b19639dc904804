import { TextField } from "@/components/form";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/accounts/limits";

/** A new password (sign-up, account page), with the rule that the server checks (zxcvbn) in words. */
export function NewPasswordField({
  label = "Password",
  name,
  error,
}: {
  label?: string;
  name: string;
  error?: string;
}) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      hint={`At least ${PASSWORD_MIN_LENGTH} characters, not easy to guess: a few unrelated words work well.`}
      minLength={PASSWORD_MIN_LENGTH}
      maxLength={PASSWORD_MAX_LENGTH}
      error={error}
    />
  );
}
