"use client";

import { useMemo, useState } from "react";
import { field } from "@/components/styles";
import { matchFacts, type DeckFact } from "@/lib/decks/fact-match";
import { answerTypeLabel, topicLabel } from "@/lib/facts/labels";
import { answerTypes, type AnswerType } from "@/lib/facts/answer-types";

export type FactFilters = ReturnType<typeof useFactFilters>;

/** The fact table's filters (article, topic, answer type, words, ticked only) and the facts they let through. */
export function useFactFilters(facts: DeckFact[], order: Map<string, number>) {
  const [article, setArticle] = useState("");
  const [topic, setTopic] = useState("");
  const [answerType, setAnswerType] = useState<AnswerType | "">("");
  const [search, setSearch] = useState("");
  const [selectedOnly, setSelectedOnly] = useState(false);

  const articles = useMemo(() => [...new Map(facts.map((f) => [f.articleSlug, f.articleTitle]))], [facts]);
  const topics = useMemo(
    () => [...new Set(facts.flatMap((f) => f.topics))].toSorted((a, b) => topicLabel(a).localeCompare(topicLabel(b))),
    [facts],
  );
  const presentTypes = useMemo(() => answerTypes.filter((t) => facts.some((f) => f.answerType === t)), [facts]);
  const shown = useMemo(() => {
    const matched = matchFacts(facts, {
      articles: article ? [article] : [],
      topics: topic ? [topic] : [],
      answerTypes: answerType ? [answerType] : [],
      search,
    });
    return selectedOnly ? matched.filter((f) => order.has(f.id)) : matched;
  }, [facts, article, topic, answerType, search, selectedOnly, order]);

  return {
    shown,
    search: { value: search, set: setSearch },
    article: { value: article, set: setArticle, options: articles },
    topic: { value: topic, set: setTopic, options: topics.map((t) => [t, topicLabel(t)] as const) },
    answerType: {
      value: answerType,
      set: (value: string) => setAnswerType(answerTypes.find((t) => t === value) ?? ""),
      options: presentTypes.map((t) => [t, answerTypeLabel(t)] as const),
    },
    selectedOnly: { value: selectedOnly, set: setSelectedOnly },
  };
}

export function FactFilterFields({ filters }: { filters: FactFilters }) {
  return (
    <>
      <div className="mt-4 grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <label htmlFor="fact-search" className={field.label}>
            Search
          </label>
          <input
            id="fact-search"
            type="search"
            value={filters.search.value}
            onChange={(e) => filters.search.set(e.target.value)}
            aria-describedby="fact-search-hint"
            autoComplete="off"
            className={field.input}
          />
          <p id="fact-search-hint" className={field.hint}>
            Words in a fact’s statement, question, answer or quote; case and accents do not matter.
          </p>
        </div>
        <FilterSelect id="filter-article" label="Article" any="All articles" filter={filters.article} />
        <FilterSelect id="filter-topic" label="Topic" any="All topics" filter={filters.topic} />
        <FilterSelect id="filter-answer-type" label="Answer type" any="Any answer" filter={filters.answerType} />
      </div>
      <label className="mt-3 inline-flex cursor-pointer items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={filters.selectedOnly.value}
          onChange={(e) => filters.selectedOnly.set(e.target.checked)}
          className="size-4 accent-brand-600"
        />
        Show selected facts only
      </label>
    </>
  );
}

function FilterSelect({
  id,
  label,
  any,
  filter,
}: {
  id: string;
  label: string;
  /** The first option: no filter. */
  any: string;
  filter: { value: string; set: (value: string) => void; options: readonly (readonly [string, string])[] };
}) {
  return (
    <div>
      <label htmlFor={id} className={field.label}>
        {label}
      </label>
      <select id={id} value={filter.value} onChange={(e) => filter.set(e.target.value)} className={field.input}>
        <option value="">{any}</option>
        {filter.options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}
