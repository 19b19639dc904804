import { Fragment } from "react";
import { boilerplateLabel } from "@/lib/facts/labels";
import type { Block, Piece } from "@/lib/facts/passages";
import type { ReaderFact } from "@/lib/facts/queries.server";

interface Props {
  blocks: Block[];
  facts: ReaderFact[];
  /** Claim groups where sources differ: their passages get a note linking to the comparison. */
  disputedGroups: Set<string>;
}

/**
 * The article body: each piece of text carries its offset in the stored text (data-start), so a
 * teacher's selection maps back to exact characters; each fact's passage is a <mark> described by the fact's statement (shown on
 * hover and keyboard focus); boilerplate is set aside in a collapsed note, never highlighted.
 */
export function ArticleText({ blocks, facts, disputedGroups }: Props) {
  const factById = new Map(facts.map((f) => [f.id, f]));
  return (
    <div data-reader className="font-serif text-lg leading-relaxed">
      {blocks.map((block, index) =>
        block.kind === "boilerplate" ? (
          <details
            key={index}
            className="my-4 rounded-md border border-dashed border-slate-300 px-3 py-2 font-sans text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
          >
            <summary className="cursor-pointer">
              Set aside: {boilerplateLabel(block.boilerplateKind)} (not part of the article)
            </summary>
            <div className="mt-2 whitespace-pre-line">{block.lines.join("\n")}</div>
          </details>
        ) : (
          <p key={index} className="my-4">
            {block.pieces.map((piece, i) =>
              piece.joint ? (
                <JointView key={i} piece={piece} next={block.pieces[i + 1]} />
              ) : (
                <PieceView key={i} piece={piece} factById={factById} disputedGroups={disputedGroups} />
              ),
            )}
          </p>
        ),
      )}
      {/* Descriptions for the marks; hidden, yet read by screen readers through aria-describedby. */}
      <div hidden>
        {facts.map((fact) => (
          <span key={fact.id} id={`fact-desc-${fact.id}`}>
            Fact: {fact.statement}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * A line break inside a flowing paragraph (hard-wrapped text): shown as one space, none before
 * punctuation (", Putin said"); highlighted, without a tab stop, when a passage runs across it.
 */
function JointView({ piece, next }: { piece: Piece; next: Piece | undefined }) {
  if (next && /^[,.;:!?)\]}”’]/.test(next.text)) return null;
  return piece.factIds.length ? (
    <mark data-facts={piece.factIds.join(" ")} className="bg-yellow-100 text-inherit dark:bg-yellow-900/60">
      {" "}
    </mark>
  ) : (
    " "
  );
}

function PieceView({
  piece,
  factById,
  disputedGroups,
}: {
  piece: Piece;
  factById: Map<string, ReaderFact>;
  disputedGroups: Set<string>;
}) {
  const anchors = piece.startsFacts.map((id) => <span key={id} id={`fact-${id}`} className="scroll-mt-32" />);
  const disputes = [
    ...new Set(
      piece.endsFacts
        .map((id) => factById.get(id)?.claimGroup)
        .filter((g): g is string => !!g && disputedGroups.has(g)),
    ),
  ];
  const notes = disputes.map((group) => (
    <a
      key={group}
      href={`#claims-${group}`}
      className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 align-middle font-sans text-xs font-semibold text-amber-900 no-underline hover:underline dark:bg-amber-900 dark:text-amber-100"
    >
      sources differ
    </a>
  ));
  if (!piece.factIds.length)
    return (
      <Fragment>
        {anchors}
        <span data-start={piece.start}>{piece.text}</span>
        {notes}
      </Fragment>
    );
  const statements = piece.factIds.map((id) => factById.get(id)?.statement).filter(Boolean);
  return (
    <Fragment>
      {anchors}
      <mark
        tabIndex={0}
        data-facts={piece.factIds.join(" ")}
        aria-describedby={piece.factIds.map((id) => `fact-desc-${id}`).join(" ")}
        className="group relative rounded-sm bg-yellow-100 text-inherit hover:bg-yellow-200 focus:bg-yellow-200 dark:bg-yellow-900/60 dark:hover:bg-yellow-800 dark:focus:bg-yellow-800"
      >
        <span data-start={piece.start}>{piece.text}</span>
        <span
          aria-hidden="true"
          className="pointer-events-none absolute top-full left-0 z-10 mt-1 hidden w-72 max-w-[80vw] rounded-md bg-slate-900 p-2 font-sans text-sm leading-snug text-white shadow-lg group-hover:block group-focus:block dark:bg-slate-100 dark:text-slate-900"
        >
          {statements.map((s, i) => (
            <span key={i} className="block [&+&]:mt-1">
              {s}
            </span>
          ))}
        </span>
      </mark>
      {notes}
    </Fragment>
  );
}
