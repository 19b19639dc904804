/**
 * Text comparison that ignores what a reader would ignore: case, accents ("Cömert" = "Comert"),
 * typographic quotes, punctuation and spacing, hyphens, and a leading "the".
 */
export function normalizeText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, "$1") // 4,578 / 4 578 → 4578
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/'/g, "")
    .trim()
    .replace(/^(the|a|an) /, "");
}

/** normalizeText with possessives dropped, for finding names in running text: "Putin’s support" names Putin. */
export function normalizeMentions(text: string): string {
  return normalizeText(text.replace(/['’]s\b/g, ""));
}
