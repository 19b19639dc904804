"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { TextField } from "@/components/form";
import { toolbarButton } from "@/components/styles";
import { useActionForm, type ServerAction } from "@/components/use-action-form";
import { MAX_DECK_NAME } from "@/lib/decks/fact-match";

/** "Rename" opens a one-field form in place; the page refreshes with the new name. */
export function RenameDeckForm({
  deckId,
  name,
  rename,
}: {
  deckId: string;
  name: string;
  rename: ServerAction<unknown>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const { form, error, fieldErrors, pending } = useActionForm(rename, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });

  // Keyboard users land in the field when it opens and back on "Rename" when it closes.
  useEffect(() => {
    if (open) document.querySelector<HTMLInputElement>("#field-name")?.select();
    else if (wasOpen.current) renameButton.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={renameButton} type="button" onClick={() => setOpen(true)} className={toolbarButton.secondary}>
        Rename
      </button>
    );
  }

  return (
    <form
      {...form}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
      noValidate
      aria-label="Rename the deck"
      className="flex w-full max-w-md flex-wrap items-end gap-2"
    >
      <input type="hidden" name="deckId" value={deckId} />
      <div className="min-w-0 grow">
        <TextField
          label="New name"
          name="name"
          maxLength={MAX_DECK_NAME}
          defaultValue={name}
          error={fieldErrors.name ?? error ?? undefined}
        />
      </div>
      <button type="submit" disabled={pending} className={`${toolbarButton.secondary} mb-0.5 py-2`}>
        {pending ? "Saving…" : "Save name"}
      </button>
      <button type="button" onClick={() => setOpen(false)} className={`${toolbarButton.secondary} mb-0.5 py-2`}>
        Cancel
      </button>
    </form>
  );
}
