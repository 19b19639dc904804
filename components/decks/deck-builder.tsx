"use client";

import { DeckPreviewPanel } from "./deck-preview-panel";
import { DeckSettings } from "./deck-settings";
import { FactPicker } from "./fact-picker";
import { useDeckBuilder, type DeckBuilderProps } from "./use-deck-builder";

/**
 * The deck builder: filter the fact table, tick facts (their order is the order ticked), choose
 * question types and the attempt size, see a few questions as students will, and save.
 */
export function DeckBuilder(props: DeckBuilderProps) {
  const { selection, settings, preview } = useDeckBuilder(props);
  return (
    <div className="space-y-10">
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_19rem]">
        <FactPicker facts={props.facts} selection={selection} factsError={settings.factsError} />
        <DeckSettings settings={settings} selection={selection} />
      </div>
      <DeckPreviewPanel preview={preview} />
    </div>
  );
}
