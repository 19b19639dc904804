interface Choice {
  value: string;
  label: string;
}

/** Which cards to study: articles and topics to tick (none ticked: all). A plain GET form, so it needs no JavaScript. */
export function CardScopeForm({
  articles,
  topics,
  chosen,
}: {
  articles: Choice[];
  topics: Choice[];
  chosen: { articles: string[]; topics: string[] };
}) {
  return (
    <form method="get" className="mt-10 space-y-3" aria-labelledby="scope-heading">
      <h2 id="scope-heading" className="text-lg font-semibold">
        Which cards
      </h2>
      <CheckboxGroup legend="Articles (none ticked: all)" name="article" choices={articles} chosen={chosen.articles} />
      <CheckboxGroup legend="Topics (none ticked: all)" name="topic" choices={topics} chosen={chosen.topics} />
      <button
        type="submit"
        className="rounded-md border border-slate-400 px-4 py-2 font-semibold dark:border-slate-500"
      >
        Show these cards
      </button>
    </form>
  );
}

function CheckboxGroup({
  legend,
  name,
  choices,
  chosen,
}: {
  legend: string;
  name: string;
  choices: Choice[];
  chosen: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex items-center gap-2 rounded-md border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
          >
            <input
              type="checkbox"
              name={name}
              value={choice.value}
              defaultChecked={chosen.includes(choice.value)}
              className="accent-brand-600"
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
