/** A file download from a route handler; the name keeps letters of any language (RFC 5987) with an ASCII fallback. */
export function downloadResponse(
  body: string | Uint8Array<ArrayBuffer>,
  name: string,
  extension: string,
  contentType: string,
): Response {
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[^\w .-]+/g, "")
      .trim() || "export";
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(name)}.${extension}`,
      "cache-control": "private, no-store",
    },
  });
}

/** A CSV download (UTF-8). */
export const csvResponse = (csv: string, name: string) => downloadResponse(csv, name, "csv", "text/csv; charset=utf-8");
