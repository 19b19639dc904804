/// <reference lib="webworker" />
/**
 * The service worker (decision 0017), bundled by @serwist/turbopack at build time and served at
 * /serwist/sw.js. It precaches the build's static files and the /offline page, and keeps the last
 * copy of the pages a student reads (flashcards, articles, progress, review) for when the network
 * is gone. Quizzes are never cached: offline, /study says plainly that quizzes need a connection.
 * Only GET requests of listed paths are handled; server actions (POST) and /api pass straight through.
 */
import type { PrecacheEntry, RouteMatchCallbackOptions, SerwistGlobalConfig, SerwistPlugin } from "serwist";
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate } from "serwist";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    // Replaced at build time by @serwist/turbopack.
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
/** Pages kept for offline reading; their caches ("pages", "pages-rsc") are emptied on signing in and out (lib/auth/auth-client.ts). */
const offlinePages = /^\/(flashcards|articles|progress|review)(\/|$)|^\/$/;
const isOfflinePage = ({ sameOrigin, url }: RouteMatchCallbackOptions) =>
  sameOrigin && offlinePages.test(url.pathname) && !url.pathname.startsWith("/articles/new");
// Only a page's own 200: never an error page, nor the sign-in page a signed-out request was
// redirected to (a followed redirect answers 200 too, and would be kept under the page's address).
const okOnly = (): SerwistPlugin => ({
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected ? response : null),
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "next-static",
        plugins: [okOnly(), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY })],
      }),
    },
    {
      // A client-side navigation's payload (header RSC: 1; ?_rsc= keys it by router state).
      matcher: (options) => isOfflinePage(options) && options.request.headers.get("RSC") === "1",
      handler: new NetworkFirst({
        cacheName: "pages-rsc",
        networkTimeoutSeconds: 6,
        plugins: [okOnly(), new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 7 * DAY })],
      }),
    },
    {
      matcher: (options) => isOfflinePage(options) && options.request.mode === "navigate",
      handler: new NetworkFirst({
        cacheName: "pages",
        networkTimeoutSeconds: 6,
        plugins: [okOnly(), new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 7 * DAY })],
      }),
    },
    {
      // Every other page of the site (quizzes, teachers' pages, sign-in) comes from the network
      // only; offline, the fallback below says so instead of the browser's error page.
      matcher: ({ sameOrigin, request }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
    {
      matcher: ({ sameOrigin, request, url }) =>
        sameOrigin &&
        !url.pathname.startsWith("/api/") &&
        ["image", "font", "style", "manifest"].includes(request.destination),
      handler: new StaleWhileRevalidate({
        cacheName: "assets",
        plugins: [okOnly(), new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 30 * DAY })],
      }),
    },
  ],
  fallbacks: {
    entries: [{ url: "/offline", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
