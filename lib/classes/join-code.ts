/**
 * Join codes: short enough to read aloud or copy from the board, with no characters that look
 * alike (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
 */
import { randomInt } from "node:crypto";
import { z } from "zod";

export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(random: (max: number) => number = randomInt): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)]).join("");
}

/** What a student types, forgiving case, spaces and dashes: "acd-e fg" → "ACDEFG". */
export const joinCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase().replace(/[\s-]+/g, ""))
  .pipe(
    z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), {
      error: `A join code is ${JOIN_CODE_LENGTH} letters and digits, as your teacher shows it.`,
    }),
  );

/** "ACD-EFG": how the code is shown. */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
