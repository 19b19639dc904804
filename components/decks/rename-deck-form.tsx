"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { TextField } from "@/components/form";
import { toolbarButton } from "@/components/styles";
import type { ActionResult } from "@/lib/auth/action.server";
import { MAX_DECK_NAME } from "@/lib/decks/deck";

/** "Rename" opens a one-field form in place; the page refreshes with the new name. */
export function RenameDeckForm({ deckId, name, rename }: { deckId: string; name: string; rename: (raw: unknown) => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Keyboard users land in the field when it opens and back on "Rename" when it closes.
  useEffect(() => {
    if (open) (document.getElementById("field-name") as HTMLInputElement | null)?.select();
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

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await rename({ deckId, name: new FormData(event.currentTarget).get("name") }).catch(() => ({ ok: false as const, error: "Could not reach the server.", fieldErrors: undefined }));
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.name ?? result.error);
    setError(undefined);
    setOpen(false);
    router.refresh();
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
      noValidate
      aria-label="Rename the deck" className="flex w-full max-w-md flex-wrap items-end gap-2">
      <div className="min-w-0 grow">
        <TextField label="New name" name="name" maxLength={MAX_DECK_NAME} defaultValue={name} error={error} />
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
