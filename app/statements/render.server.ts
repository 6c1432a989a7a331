// Paragraphs as safe HTML. A paragraph's text changes rarely and is read on every view of a long
// statement, so each distinct text is rendered once and kept (a bounded, least-recently-used cache).
import { renderMarkdown } from "~/lib/markdown.server";

const CAPACITY = 5_000;
const rendered = new Map<string, string>();

export function renderParagraph(body: string): string {
  const cached = rendered.get(body);
  if (cached !== undefined) {
    rendered.delete(body);
    rendered.set(body, cached);
    return cached;
  }
  const html = renderMarkdown(body);
  rendered.set(body, html);
  if (rendered.size > CAPACITY) rendered.delete(rendered.keys().next().value!);
  return html;
}
