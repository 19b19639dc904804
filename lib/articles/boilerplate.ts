/**
 * Page furniture inside an article's text: the kinds, the stored range shape, and a conservative
 * proposal of which lines are furniture (the teacher confirms or rejects each proposal).
 */
import { z } from "zod";

export const boilerplateKinds = [
  "repeated-title",
  "repeated-standfirst",
  "support-us",
  "read-also",
  "advertisement",
  "comments-widget",
  "related-links",
  "navigation",
  "ad-blocker-notice",
  "hash-tag-line",
  "source-line",
  "picture-credit",
  /** Anything else a teacher selected and set aside (a byline, a sign-off, a stray caption). */
  "set-aside",
] as const;
export type BoilerplateKind = (typeof boilerplateKinds)[number];

export const boilerplateRangeSchema = z
  .object({ kind: z.enum(boilerplateKinds), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((range) => range.end > range.start, { error: "end must be after start" });
export type BoilerplateRange = z.infer<typeof boilerplateRangeSchema>;

/** Furniture lines are short; a longer line is prose, whatever words it starts with. */
const maxFurnitureChars = 80;
/** Cookie and ad-blocker notices are whole sentences, but their openings are unmistakable. */
const maxNoticeChars = 300;

const shareTargets = "facebook|twitter|x|linkedin|whatsapp|reddit|e-?mail|telegram|pinterest|threads|bluesky";
const creditAgencies = "getty images|afp|reuters|ap photo|ap|epa|shutterstock|alamy|istock|dpa|anadolu|xinhua";

/** Anchored on the whole (decorations stripped) line, so a sentence that mentions these words never matches. */
const shortLinePatterns: [BoilerplateKind, RegExp][] = [
  ["support-us", /^support (us|our (work|journalism|reporting)|independent journalism)\b.*$/],
  ["support-us", /^(donate|donate (now|today)|make a (donation|contribution)|contribute( now| today)?)$/],
  ["support-us", /^subscribe( now| today| here| for free)?$|^subscribe to (our|the) newsletters?$/],
  ["support-us", /^(join us|join our community|become a (member|subscriber|supporter|patron))( today)?$/],
  ["support-us", /^(sign up|subscribe) (for|to) (our|the) (free |daily |weekly )?newsletters?$/],
  ["support-us", /^(newsletter sign-?up|get our newsletter)$/],
  ["advertisement", /^(advertisement|advertising|ads?|sponsored( content)?|paid (content|post|partnership))$/],
  ["advertisement", /^(promoted( content)?|(sponsored|presented|brought to you) by .{1,40})$/],
  ["advertisement", /^(story|article) continues (below|after)( this)? (advertisement|ad)$/],
  ["comments-widget", /^share( this( article| story| page| post)?)?$|^tweet( this)?$|^(print|copy link|email this)$/],
  ["comments-widget", new RegExp(`^share (on|to|via) (${shareTargets})$`)],
  ["comments-widget", new RegExp(`^((${shareTargets}|print|copy link)[\\s|·•,]*){2,}$`)],
  ["comments-widget", /^(leave|add|post|write) a (comment|reply)$|^comments are closed$/],
  ["comments-widget", /^((show|view|load|read|see) (all )?(\d[\d,]* )?)?comments?( \(\d[\d,]*\)?)?$/],
  ["comments-widget", /^\d[\d,]* (comments?|replies)$|^join the (conversation|discussion|debate)$/],
  ["comments-widget", /^(log|sign) in to (comment|reply)$/],
  ["read-also", /^(read also|also read|read more|see also|more on this( story)?)( *[:|>»›→–—-].*)?$/],
  ["related-links", /^(related( articles| stories| content| coverage| reading)?|further reading)$/],
  ["related-links", /^(you (may|might) also like|recommended( for you| reading)?|more stories|most (read|popular))$/],
  ["ad-blocker-notice", /^(accept|reject|allow|manage|decline)( all)?( cookies)?$|^cookie (settings|preferences)$/],
  ["picture-credit", /^(photo|photograph|picture|image|illustration|graphic|photos)s?( credit)?s? *[:©] *\S.*$/],
  ["picture-credit", /^(credit|photo credit|image credit) *: *\S.*$|^© *\S+( \S+){0,4}$/],
  ["picture-credit", new RegExp(`^\\S.{0,60}(/ *(${creditAgencies})|\\bvia getty images)( */.*)?$`)],
  ["hash-tag-line", /^#[\p{L}\p{N}_]+([\s,·|]+#[\p{L}\p{N}_]+)*$/u],
  ["hash-tag-line", /^(tags|topics|filed under) *: *\S.*$/],
  ["source-line", /^sources? *: *\S.*$/],
  ["navigation", /^(skip to (main )?(content|navigation)|(main )?menu|search|sign in|log in|login|my account|home)$/],
];

const noticePatterns: [BoilerplateKind, RegExp][] = [
  ["ad-blocker-notice", /^(we|this (web)?site|our (web)?site) (use|uses) cookies\b/],
  ["ad-blocker-notice", /^by (continuing|using|browsing)\b.{0,80}\byou (agree|consent) to\b.{0,40}\bcookies\b/],
  [
    "ad-blocker-notice",
    /^(it (looks|seems) like|looks like|we (noticed|see|detected)( that)?) you('re| are) using an? ad[ -]?block/,
  ],
  ["ad-blocker-notice", /^please (disable|turn off|pause|whitelist) (your )?ad[ -]?block/],
];

/** Bullets, brackets and arrows around a widget's label ("— Advertisement —", "• Tweet", "Read more »"). */
function stripDecoration(line: string): string {
  return line
    .trim()
    .replace(/^[\s•·*>\-–—[(]+/, "")
    .replace(/[\s\-–—\])»›→!.:]+$/, "")
    .toLowerCase();
}

const menuItem = /^[\p{Lu}\d][\p{L}\d&'’-]*( [\p{L}\d&'’-]+){0,2}$/u;
const menuSeparator = / *[|•·›»>] */;

/** "Home | World | Politics", "Home › Science › Climate": three or more short capitalised items. */
function menuItemsOf(line: string): string[] | null {
  const items = line.trim().split(menuSeparator);
  const isMenu = items.every((item) => item.length <= 20 && menuItem.test(item));
  const enough = items.length >= 3 || (items.length === 2 && items[0] === "Home");
  return isMenu && enough ? items : null;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const lineText of text.split("\n")) {
    lines.push({ text: lineText, start, end: start + lineText.length });
    start += lineText.length + 1;
  }
  return lines;
}

function kindOfLine(line: string): BoilerplateKind | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > maxNoticeChars) return null;
  const bare = stripDecoration(trimmed);
  for (const [kind, pattern] of noticePatterns) if (pattern.test(bare)) return kind;
  if (trimmed.length > maxFurnitureChars) return null;
  for (const [kind, pattern] of shortLinePatterns) if (pattern.test(bare)) return kind;
  if (menuItemsOf(trimmed)) return "navigation";
  return null;
}

const pipeCount = (line: string) => line.split(" | ").length - 1;

/** A header row of a table ("Year | Colonies | Losses") looks like a menu; its neighbour rows give it away. */
function isTableRow(lines: Line[], index: number): boolean {
  const pipes = pipeCount(lines[index]!.text);
  if (pipes === 0) return false;
  const neighbours = [lines.slice(0, index).reverse(), lines.slice(index + 1)].map((side) =>
    side.find((line) => line.text.trim() !== ""),
  );
  return neighbours.some((line) => line && pipeCount(line.text) === pipes && !menuItemsOf(line.text));
}

/** A "Read also" or "Related" heading lends its kind to the list of headlines right below it. */
const isListedHeadline = (line: string) => /^(• |\d+\. )/.test(line.trim()) && !/[.!?]$/.test(line.trim());

/**
 * Line-aligned ranges of the lines that are obviously page furniture. `end` is the line's end
 * without its newline; lines of one kind with only whitespace between them form one range.
 */
export function proposeBoilerplate(text: string): BoilerplateRange[] {
  const lines = linesOf(text);
  const ranges: BoilerplateRange[] = [];
  let listKind: BoilerplateKind | null = null;
  lines.forEach((line, index) => {
    if (line.text.trim() === "") return;
    let kind = kindOfLine(line.text);
    if (kind === "navigation" && isTableRow(lines, index)) kind = null;
    if (!kind && listKind && isListedHeadline(line.text)) kind = listKind;
    listKind = kind === "read-also" || kind === "related-links" ? kind : null;
    if (!kind) return;
    const previous = ranges.at(-1);
    if (previous?.kind === kind && text.slice(previous.end, line.start).trim() === "") previous.end = line.end;
    else ranges.push({ kind, start: line.start, end: line.end });
  });
  return ranges;
}
