import { highlightParts } from "~/lib/highlight";

/** Text from a search with its matched words marked (<mark>), built as elements, never as HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {highlightParts(text).map((part, index) => {
        return part.hit ? <mark key={index}>{part.text}</mark> : part.text;
      })}
    </>
  );
}
