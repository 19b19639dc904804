import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { SiteHeader } from "@/components/site-header";
import { ServiceWorkerRegistration } from "@/components/service-worker-registration";
import { neutralPageHeader } from "@/lib/auth/routes";
import { saveTimeZone } from "./actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sourcebound — learn from real articles", template: "%s · Sourcebound" },
  description:
    "Quizzes and flashcards built from real news articles, with the exact source passage behind every answer.",
  appleWebApp: { capable: true, title: "Sourcebound", statusBarStyle: "default" },
  icons: { apple: "/icons/icon-192.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request, so each gets its CSP nonce.
  const neutral = (await headers()).get(neutralPageHeader) === "1";
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded-md print:hidden bg-brand-600 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:left-4 focus:top-4"
        >
          Skip to main content
        </a>
        <SiteHeader saveTimeZone={saveTimeZone} neutral={neutral} />
        <ServiceWorkerRegistration />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none print:max-w-none print:p-0"
        >
          {children}
        </main>
        <footer className="print:hidden border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Sourcebound — every answer grounded in its source.
        </footer>
      </body>
    </html>
  );
}
