import { FormAlert } from "@/components/form";
import { DeckPreviewList } from "./deck-preview";
import type { DeckBuilderState } from "./use-deck-builder";

type LivePreview = DeckBuilderState["preview"];

/** "Preview": the first few selected facts' questions as students will see them, updated as the teacher picks. */
export function DeckPreviewPanel({ preview }: { preview: LivePreview }) {
  return (
    <section aria-labelledby="preview-heading" aria-busy={preview.busy}>
      <h2 id="preview-heading" className="text-xl font-bold">
        Preview
      </h2>
      <PreviewBody preview={preview} />
    </section>
  );
}

function PreviewBody({ preview: { selected, types, questions, previewed, current } }: { preview: LivePreview }) {
  const muted = "mt-2 text-slate-700 dark:text-slate-300";
  if (!selected) return <p className={muted}>Tick facts above to see their questions as students will.</p>;
  if (!types) return <p className={muted}>Choose at least one question type to see the questions.</p>;
  if (!previewed) return <p className={muted}>Preparing the preview…</p>;
  if (!previewed.result.ok) return <FormAlert>{previewed.result.error}</FormAlert>;
  const { facts, questions: total, askableFacts } = previewed.result.data;
  const neverAsked = selected - askableFacts;
  return (
    <>
      <p className={muted}>
        {current ? null : <span className="font-medium">Updating… </span>}
        The first {facts.length === 1 ? "fact" : `${facts.length} facts`} of your selection, as students will see{" "}
        {facts.length === 1 ? "its" : "their"} questions. The deck holds {total} question{total === 1 ? "" : "s"}; each
        attempt asks {questions || "?"} of them, one per fact, in a random order. The saved deck shows every question.
      </p>
      {neverAsked > 0 && current ? (
        <p className="mt-2 text-sm font-medium text-amber-800 dark:text-amber-200">
          {neverAsked === 1 ? "1 selected fact has" : `${neverAsked} selected facts have`} no question of the chosen
          types and {neverAsked === 1 ? "is" : "are"} never asked.
        </p>
      ) : null}
      <div className="mt-4">
        <DeckPreviewList facts={facts} />
      </div>
    </>
  );
}
