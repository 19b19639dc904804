import { topicLabel } from "@/lib/facts/labels";

export function TopicChips({ topics }: { topics: string[] }) {
  if (!topics.length) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Topics">
      {topics.map((topic) => (
        <li
          key={topic}
          className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300"
        >
          {topicLabel(topic)}
        </li>
      ))}
    </ul>
  );
}
