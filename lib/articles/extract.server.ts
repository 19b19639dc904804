/**
 * A teacher's own article, uploaded or pasted, as ONE normalized plain-text string (facts quote it
 * and store offsets into it) with its metadata beside it: the format, the decoding, each format's
 * reader (Readability for web pages, unpdf, mammoth) and the size limits. The markup itself is
 * walked by html-text.ts and markdown.ts.
 */
import "server-only";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import mammoth from "mammoth";
import { extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from "unpdf";
import { fail, ok, type Result } from "@/lib/result";
import { htmlText } from "./html-text";
import { markdownText } from "./markdown";

export const maxUploadBytes = 8 * 1024 * 1024;
export const maxTextChars = 200_000;
const minTextChars = 200;

export type SourceFormat = "paste" | "txt" | "md" | "html" | "pdf" | "docx";

export interface Extracted {
  text: string;
  title: string | null;
  author: string | null;
  /** ISO as precise as known: 2021, 2021-03, 2021-03-04. */
  date: string | null;
  siteName: string | null;
  format: SourceFormat;
}
type Metadata = Omit<Extracted, "format">;

/** Each format's file extensions and MIME types (the MIME type without parameters). */
const formatSignatures: [SourceFormat, RegExp, RegExp][] = [
  ["txt", /^te?xt$/, /^text\/plain$/],
  ["md", /^(md|markdown)$/, /^text\/(x-)?markdown$/],
  ["html", /^html?$/, /^(text\/html|application\/xhtml\+xml)$/],
  ["pdf", /^pdf$/, /^application\/pdf$/],
  ["docx", /^docx$/, /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/],
];

/** The format of an upload, by its extension first (browsers often send a generic MIME type), then its MIME type. */
export function formatOf(fileName: string, mimeType?: string): SourceFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  const essence = mimeType?.split(";")[0]?.trim().toLowerCase() ?? "";
  const byExtension = formatSignatures.find(([, extensions]) => extensions.test(extension));
  return (byExtension ?? formatSignatures.find(([, , mimeTypes]) => mimeTypes.test(essence)))?.[0] ?? null;
}

/**
 * One plain-text form for every source: LF line ends, plain spaces, no invisible characters, no
 * trailing spaces, at most one blank line in a row. Hard-wrapped lines stay as they are (the reader
 * joins them on display), so offsets into the stored text stay exact.
 */
export function normalizeExtractedText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
    .replace(/ +$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Windows-1252's characters for bytes 0x80–0x9F (undefined bytes map to themselves). */
const windows1252High =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** UTF-8 (its BOM dropped), or Windows-1252 for an older file that is not valid UTF-8. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Node 20 decodes "windows-1252" as Latin-1, turning curly quotes and dashes into control characters.
    const decoded = new TextDecoder("windows-1252").decode(bytes);
    return decoded.replace(/[\u0080-\u009f]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80]!);
  }
}

/** "2023-05-14T07:30:00-04:00" → "2023-05-14", "D:20210304120000Z" → "2021-03-04", "2021" → "2021". */
function isoDate(value: string | null | undefined): string | null {
  const match = /^(?:D:)?(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?/.exec(value?.trim() ?? "");
  if (!match) return null;
  return [match[1], match[2], match[3]].filter(Boolean).join("-");
}

const unreadablePdf = "That file could not be read as a PDF.";
const scannedPdf = "No text found in that PDF: it may be a scan (images of pages). Paste its text instead.";
const unreadableDocx =
  "That file could not be read as a Word document (.docx). Save it again as .docx or paste its text.";
const noDetails = { author: null, date: null, siteName: null };

const present = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim().replace(/\s+/g, " ") : null;

/** The paragraphs of an HTML tree in the stored text's form. */
const paragraphsOf = (root: Node) => normalizeExtractedText(htmlText(root));

/** A fragment (mammoth's output, a pasted snippet) inside a whole document. */
const fragmentDocument = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** A whole document even for a fragment: linkedom would make a fragment's first element the root. */
function htmlDocument(html: string): Document {
  const { document } = parseHTML(html);
  const isPage = document.documentElement?.tagName.toUpperCase() === "HTML";
  return isPage ? document : fragmentDocument(html);
}

function readableContent(document: Document) {
  try {
    return new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch {
    return null; // Readability gives up on some odd documents; the whole body is read instead.
  }
}

function htmlArticle(html: string): Result<Metadata> {
  const document = htmlDocument(html);
  const meta = (...keys: string[]) =>
    keys
      .map((key) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content"))
      .map(present)
      .find(Boolean) ?? null;
  const pageTitle = meta("og:title") ?? present(document.querySelector("title")?.textContent);
  const published =
    meta("article:published_time") ?? present(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  // Readability rewrites the document, so everything it does not report is read before it runs.
  const article = readableContent(document);
  let text = article?.content ? paragraphsOf(article.content) : "";
  // No article found (a short or unusual page): the whole body, without the page's navigation and forms.
  if (!text) text = paragraphsOf(htmlDocument(html).body);
  if (!text) return fail("invalid", "We found no readable text in that page.");
  return ok({
    text,
    title: present(article?.title) ?? pageTitle,
    author: present(article?.byline)?.replace(/^by\s+/i, "") ?? meta("author", "article:author"),
    date: isoDate(published ?? article?.publishedTime ?? meta("date", "dc.date", "DC.date.issued")),
    siteName: meta("og:site_name") ?? present(article?.siteName),
  });
}

function markdownArticle(source: string): Metadata {
  const markdown = markdownText(source);
  return {
    text: normalizeExtractedText(markdown.text),
    title: present(markdown.title),
    author: present(markdown.author),
    date: isoDate(present(markdown.date)),
    siteName: null,
  };
}

/** A first line that stands alone, is short and ends without a period reads as the title (it stays in the text). */
function plainText(text: string): Metadata {
  const [first = "", second = ""] = text.split("\n");
  const isTitle = first.length < 120 && !/[.,;:]$/.test(first) && second.trim() === "";
  return { text, title: isTitle ? present(first) : null, ...noDetails };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A page's lines as pdf.js reads them, with a blank line where the gap between lines is wider than usual. */
function pdfPageText(items: StructuredTextItem[]): string {
  const lines: { text: string; y: number }[] = [];
  let text = "";
  let y: number | null = null;
  for (const item of items) {
    if (item.str.trim() !== "") y ??= item.y;
    text += item.str;
    if (!item.hasEOL) continue;
    lines.push({ text, y: y ?? item.y });
    text = "";
    y = null;
  }
  if (text.trim() !== "") lines.push({ text, y: y ?? 0 });
  const usualGap = median(lines.slice(1).map((line, index) => lines[index]!.y - line.y)) ?? 0;
  const wideGap = (index: number) => usualGap > 0 && lines[index - 1]!.y - lines[index]!.y > usualGap * 1.4;
  return lines.map((line, index) => (index > 0 && wideGap(index) ? "\n" : "") + line.text).join("\n");
}

async function pdfArticle(bytes: Uint8Array): Promise<Result<Metadata>> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes over the buffer it is given: a copy leaves the caller's bytes intact.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch {
    return fail("invalid", unreadablePdf);
  }
  try {
    const { items } = await extractTextItems(document);
    const text = normalizeExtractedText(items.map(pdfPageText).join("\n\n"));
    if (!text) return fail("invalid", scannedPdf);
    const { info } = await getMeta(document);
    const [title, author, date] = [info.Title, info.Author, info.CreationDate].map(present);
    return ok({ text, title: title ?? null, author: author ?? null, date: isoDate(date), siteName: null });
  } catch {
    return fail("invalid", unreadablePdf);
  } finally {
    await document.destroy();
  }
}

async function docxArticle(bytes: Uint8Array): Promise<Result<Metadata>> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    return fail("invalid", unreadableDocx);
  }
  const document = fragmentDocument(html);
  const title = present(document.querySelector("h1, h2, h3, h4, h5, h6")?.textContent);
  return ok({ text: paragraphsOf(document.body), title, ...noDetails });
}

type Input = { format: SourceFormat; bytes: Uint8Array } | { format: "paste"; text: string };

async function extractByFormat(input: Input): Promise<Result<Metadata>> {
  const bytes = "bytes" in input ? input.bytes : new TextEncoder().encode(input.text);
  const decoded = () => ("text" in input ? input.text : decodeText(bytes));
  switch (input.format) {
    case "pdf":
      return pdfArticle(bytes);
    case "docx":
      return docxArticle(bytes);
    case "html":
      return htmlArticle(decoded());
    case "md":
      return ok(markdownArticle(normalizeExtractedText(decoded())));
    case "txt":
    case "paste":
      return ok(plainText(normalizeExtractedText(decoded())));
  }
}

/** The article's text and metadata from an upload or a paste, or a failure the teacher can act on. */
export async function extractArticle(input: Input): Promise<Result<Extracted>> {
  if ("bytes" in input && input.bytes.byteLength > maxUploadBytes) {
    return fail("too-large", "That file is larger than 8 MB. Upload a smaller file, or paste the article's text.");
  }
  const result = await extractByFormat(input);
  if (!result.ok) return result;
  const { text } = result.data;
  if (text.length > maxTextChars) {
    return fail("too-large", "That article is longer than 200,000 characters. Split it into parts and add each one.");
  }
  if (text.length < minTextChars) {
    return fail(
      "invalid",
      `That is too short to be an article (${text.length} characters; at least ${minTextChars} are needed).`,
    );
  }
  return ok({ ...result.data, format: input.format });
}
