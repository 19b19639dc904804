"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (app/sw.ts, served at /serwist/sw.js) in production builds, so
 * the site installs to a home screen and flashcards work offline. Without it, nothing changes.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/serwist/sw.js", { scope: "/", updateViaCache: "none" })
      .catch((error: unknown) => console.warn("The offline copy could not be set up:", error));
  }, []);
  return null;
}
