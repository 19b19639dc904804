"use client";

import { primaryButton } from "@/components/styles";

/** Opens the browser's print dialog (where "Save as PDF" makes a PDF). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={primaryButton} onClick={() => window.print()}>
      {label}
    </button>
  );
}
