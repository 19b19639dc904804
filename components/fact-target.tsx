"use client";

import { useEffect, useState } from "react";

/**
 * Follows #fact-<id> links (a citation's "read it in the article"): outlines every piece of that
 * fact's passage, labels its start "Cited passage", quiets the other facts' highlights, focuses
 * the passage for screen readers and scrolls it into the middle of the screen. "Show all facts"
 * brings the other highlights back. Runs on load and on every hash change.
 */
export function FactTarget() {
  const [cited, setCited] = useState(false);
  const [quiet, setQuiet] = useState(true);

  useEffect(() => {
    function emphasise() {
      document.querySelectorAll("[data-target-fact]").forEach((el) => el.removeAttribute("data-target-fact"));
      document.querySelectorAll("[data-cited-first]").forEach((el) => el.removeAttribute("data-cited-first"));
      const match = /^#fact-([a-z0-9-]+)$/.exec(window.location.hash);
      const pieces = match ? document.querySelectorAll<HTMLElement>(`mark[data-facts~="${match[1]}"]`) : [];
      pieces.forEach((el) => el.setAttribute("data-target-fact", "true"));
      const first = [...pieces].find((el) => el.tabIndex === 0);
      setCited(Boolean(first));
      setQuiet(true);
      if (!first) return;
      first.setAttribute("data-cited-first", "true");
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
    }
    emphasise();
    window.addEventListener("hashchange", emphasise);
    return () => window.removeEventListener("hashchange", emphasise);
  }, []);

  useEffect(() => {
    const reader = document.querySelector("[data-reader]");
    if (cited && quiet) reader?.setAttribute("data-quiet", "true");
    else reader?.removeAttribute("data-quiet");
  }, [cited, quiet]);

  if (!cited) return null;
  return (
    <div className="sticky top-2 z-20 mt-4 flex flex-wrap items-center justify-between gap-2 rounded-lg border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950 shadow-sm dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50">
      <p>
        {quiet
          ? "The cited passage is outlined; other facts are not highlighted."
          : "The cited passage is outlined among all the article's facts."}
      </p>
      <button
        type="button"
        aria-pressed={!quiet}
        onClick={() => setQuiet(!quiet)}
        className="min-h-11 rounded-md border border-amber-800 px-3 py-1 font-semibold dark:border-amber-200"
      >
        Show all facts
      </button>
    </div>
  );
}
