import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { primaryButton } from "@/components/styles";

export const metadata: Metadata = { title: "Offline" };

/**
 * What the service worker shows for a page it has not kept while the network is gone (app/sw.ts).
 * The same for everyone: it is saved once, whoever was signed in.
 */
export default function OfflinePage() {
  return (
    <div className="max-w-prose">
      <PageHeader
        title="You are offline"
        lead="This page needs a connection, and no copy of it is saved on this device."
      />
      <p className="text-slate-700 dark:text-slate-300">
        <strong>Quizzes need a connection:</strong> your answers are checked on the server, so the right answers are
        never on your device before you answer. Try again when you are back online.
      </p>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        <strong>Flashcards work offline.</strong> The cards due in the next day are kept on this device each time you
        open Flashcards online; your ratings wait on the device and are sent when the connection returns.
      </p>
      {/* A full page load (not a client-side one): the layout, saved without anyone's menu, is drawn again. */}
      <a href="/flashcards" className={`mt-6 inline-flex ${primaryButton}`}>
        Open flashcards
      </a>
    </div>
  );
}
