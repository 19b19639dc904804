import type { Block } from "./passages";
import type { AnswerType } from "./schema";

const topicNames: Record<string, string> = {
  csto: "CSTO",
  "nazarbayev-family": "Nazarbayev family",
  "russia-kazakhstan": "Russia–Kazakhstan",
  "power-transition": "Power transition",
  "international-reaction": "International reaction",
};

export function topicLabel(topic: string): string {
  return topicNames[topic] ?? topic.charAt(0).toUpperCase() + topic.slice(1).replaceAll("-", " ");
}

/** "person" → "Person": the deck builder's filter by what kind of thing a fact's answer is. */
export function answerTypeLabel(type: AnswerType): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

const boilerplateNames: Record<Extract<Block, { kind: "boilerplate" }>["boilerplateKind"], string> = {
  "repeated-title": "repeated headline",
  "repeated-standfirst": "repeated summary line",
  "support-us": "“support us” appeal",
  "read-also": "“read also” link",
  advertisement: "advertisement",
  "comments-widget": "comments widget",
  "related-links": "related links",
  navigation: "site navigation",
  "ad-blocker-notice": "ad-blocker notice",
  "hash-tag-line": "hash and tag line",
  "source-line": "source line",
  "picture-credit": "picture credit",
  "set-aside": "other text",
};

export function boilerplateLabel(kind: keyof typeof boilerplateNames): string {
  return boilerplateNames[kind];
}
