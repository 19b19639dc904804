/**
 * The text of an HTML tree (a web page's article, or a Word document converted by mammoth) as
 * paragraphs: one per block element, inline text joined, list items bulleted or numbered, table
 * rows as "a | b". Pure DOM walk: the caller parses the HTML and normalizes the result.
 */

const textNode = 3;
const elementNode = 1;
/** Never article text: page chrome, code, embedded media and form controls. */
const skippedTags = new Set(
  "SCRIPT STYLE NOSCRIPT TEMPLATE NAV FOOTER ASIDE FORM BUTTON IFRAME SVG IMG SELECT TEXTAREA HEAD".split(" "),
);
const blockTags = new Set(
  "P H1 H2 H3 H4 H5 H6 LI BLOCKQUOTE FIGCAPTION DIV SECTION ARTICLE MAIN HEADER UL OL TABLE FIGURE DL DT DD HR ADDRESS CAPTION DETAILS SUMMARY BODY HTML".split(
    " ",
  ),
);

const inlineText = (node: Node) => (node.textContent ?? "").replace(/\s+/g, " ").trim();

function listPrefix(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName.toUpperCase() !== "OL") return "• ";
  const items = [...list.children].filter((child) => child.tagName.toUpperCase() === "LI");
  return `${Number(list.getAttribute("start") ?? 1) + items.indexOf(item)}. `;
}

/** Paragraphs separated by a blank line; <br> a line break inside one, <pre> kept as it is. */
export function htmlText(root: Node): string {
  const blocks: string[] = [];
  let line = "";
  let prefix = "";
  const flush = () => {
    const text = line
      .split("\n")
      .map((part) => part.replace(/ +/g, " ").trim())
      .join("\n")
      .trim();
    if (text) blocks.push(prefix + text);
    line = "";
    prefix = "";
  };
  const visit = (node: Node) => {
    if (node.nodeType === textNode) line += (node.textContent ?? "").replace(/\s+/g, " ");
    if (node.nodeType !== elementNode) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (skippedTags.has(tag)) return;
    if (tag === "BR") line += "\n";
    else if (tag === "PRE") {
      flush();
      blocks.push((element.textContent ?? "").replace(/^\n+|\s+$/g, ""));
    } else if (tag === "TR") {
      flush();
      const cells = [...element.children].filter((cell) => /^T[DH]$/i.test(cell.tagName));
      line = cells.map(inlineText).join(" | ");
      flush();
    } else if (blockTags.has(tag)) {
      flush();
      if (tag === "LI") prefix = listPrefix(element);
      element.childNodes.forEach(visit);
      flush();
    } else element.childNodes.forEach(visit);
  };
  visit(root);
  flush();
  return blocks.join("\n\n");
}
