/** Lengths the account forms check in the browser too; without zod. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
