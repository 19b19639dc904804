"use client";

import { useEffect } from "react";

/**
 * Follows #fact-<id> links: marks every highlighted piece of that fact's passage as the target
 * and scrolls it into the middle of the screen. Runs on load and on every hash change.
 */
export function FactTarget() {
  useEffect(() => {
    function emphasise() {
      document.querySelectorAll("[data-target-fact]").forEach((el) => el.removeAttribute("data-target-fact"));
      const match = /^#fact-([a-z0-9-]+)$/.exec(window.location.hash);
      if (!match) return;
      const pieces = document.querySelectorAll<HTMLElement>(`mark[data-facts~="${match[1]}"]`);
      pieces.forEach((el) => el.setAttribute("data-target-fact", "true"));
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      pieces[0]?.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
    }
    emphasise();
    window.addEventListener("hashchange", emphasise);
    return () => window.removeEventListener("hashchange", emphasise);
  }, []);
  return null;
}
