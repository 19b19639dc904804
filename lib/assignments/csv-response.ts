/** A CSV download; the file name keeps letters of any language (RFC 5987) with an ASCII fallback. */
export function csvResponse(csv: string, name: string): Response {
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[^\w .-]+/g, "")
      .trim() || "export";
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${ascii}.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`,
      "cache-control": "private, no-store",
    },
  });
}
