/**
 * Refuses passwords that are easy to guess, with zxcvbn-ts (its common-password lists, English
 * words and keyboard patterns), seeing the user's own name and email as guessable too.
 * Score 3 ("safely unguessable": about 10^8 guesses or more) is required; decision 0011.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";

const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function estimator() {
  // Built on first use: the dictionaries take a moment to index.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return factory;
}

/** Why this password is refused, in words, or null when it is strong enough. */
export function weakPasswordReason(password: string, personal: readonly string[] = []): string | null {
  const userInputs = personal
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  const result = estimator().check(password, userInputs);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ?? "This password is too easy to guess.";
  const how = result.feedback.suggestions[0] ?? "Add another word or two that are not about you.";
  return `${why} ${how}`;
}
