/** The numbers written in a text, whatever the thousands separator: "4,578", "4 578", "4578". */
export function numbersIn(text: string): number[] {
  const matches = text.normalize("NFKC").match(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:\.\d+)?/g) ?? [];
  return matches.map((m) => Number(m.replace(/[,\u00a0\u202f ]/g, "")));
}
