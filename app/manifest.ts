import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest): Sourcebound installs to a home screen and opens on flashcards' side of the app. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Sourcebound — learn from real articles",
    short_name: "Sourcebound",
    description: "Quizzes and flashcards from real articles, with the source passage behind every answer.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d5fc4",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [
      { name: "Flashcards", url: "/flashcards", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
      { name: "Study", url: "/study", icons: [{ src: "/icons/icon-192.png", sizes: "192x192" }] },
    ],
  };
}
