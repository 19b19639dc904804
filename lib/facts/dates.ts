/** "2022-01-19" → "19 January 2022", "2022-02" → "February 2022", "2022" → "2022". */
export function formatPartialDate(date: string | null): string | null {
  if (!date) return null;
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return value.toLocaleDateString("en-GB", { timeZone: "UTC", month: "long", year: "numeric", ...(day ? { day: "numeric" } : {}) });
}
