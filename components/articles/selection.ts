/**
 * Maps the browser's selection in the reader back to offsets in the stored text: every piece of
 * text the reader renders carries its offset (data-start, components/article-text.tsx); tooltips
 * and line joints carry none and are skipped.
 */
export interface SourceRange {
  start: number;
  end: number;
}

export function selectedRange(container: HTMLElement, range: Range, text: string): SourceRange | null {
  let start = Infinity;
  let end = -Infinity;
  for (const span of container.querySelectorAll<HTMLElement>("[data-start]")) {
    if (!range.intersectsNode(span)) continue;
    const offset = Number(span.dataset.start);
    const length = span.textContent?.length ?? 0;
    const from = span.contains(range.startContainer) ? innerOffset(span, range.startContainer, range.startOffset) : 0;
    const to = span.contains(range.endContainer) ? innerOffset(span, range.endContainer, range.endOffset) : length;
    if (to <= from) continue;
    start = Math.min(start, offset + from);
    end = Math.max(end, offset + to);
  }
  if (!Number.isFinite(start) || end <= start) return null;
  return trimmed({ start, end }, text);
}

/** The offset within a piece's span of a boundary inside it (its text node, or the span itself). */
function innerOffset(span: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) return offset;
  // A boundary on the span element counts child nodes: before the first is 0, after it the whole text.
  return offset === 0 ? 0 : (span.textContent?.length ?? 0);
}

/** Without the whitespace at either end, so the quote starts and ends on a character of the text. */
export function trimmed(range: SourceRange, text: string): SourceRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
