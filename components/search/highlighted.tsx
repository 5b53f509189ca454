import type { Segment } from '@/lib/content/snippet';

/** Search text with the matching words in <mark>; plain text only, never HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-[#fde68a] px-0.5 text-[#111827]">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
