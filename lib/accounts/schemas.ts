/** Input shapes shared by the forms (for hints) and the server (for the real check). */
import { z } from "zod";
import { roles } from "./roles";

/** argon2 accepts anything, but an unbounded password is a cheap denial-of-service lever. */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits";

export const roleSchema = z.enum(roles, { error: "Choose student or teacher" });

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "That email address is too long" })
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }));

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name" })
    .trim()
    .min(1, { error: "Enter your name" })
    .max(80, { error: "Keep your name under 80 characters" }),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password" })
    .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters` })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters` }),
  role: roleSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, { error: "Enter your current password" })
      .max(PASSWORD_MAX_LENGTH),
    newPassword: signUpSchema.shape.password,
    confirmPassword: z.string({ error: "Type the new password again" }).max(PASSWORD_MAX_LENGTH),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    error: "The two new passwords differ",
    path: ["confirmPassword"],
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    error: "Choose a password other than the current one",
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
