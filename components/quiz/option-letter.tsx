/** An option's letter (A–D) in its circle, as the quiz and the teacher's preview show it; the keys 1–4 and A–D pick it. */
export function OptionLetter({ index }: { index: number }) {
  return (
    <span
      aria-hidden="true"
      className="flex size-7 shrink-0 items-center justify-center rounded-full border border-slate-400 text-sm font-semibold"
    >
      {"ABCD"[index]}
    </span>
  );
}
