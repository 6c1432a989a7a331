import MarkdownIt from "markdown-it";
import { HIGHLIGHT_END, HIGHLIGHT_START, withoutMarkers } from "./highlight";

// Raw HTML is escaped (html: false) and markdown-it's validateLink refuses javascript: and data: links.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  // Links leave the portal without telling the other site where they came from.
  tokens[idx]!.attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

/**
 * Markdown whose search hits are wrapped in the highlight markers (ts_headline with HighlightAll):
 * rendered as usual, then each marked run becomes <mark>. Markers that landed inside an attribute
 * (a link's address is percent-encoded by markdown-it, an image's alt text is not) are dropped there.
 */
export function renderHighlightedMarkdown(marked: string): string {
  const html = markdown.render(marked).replace(/="[^"]*"/g, (attribute) => withoutMarkers(attribute));
  return html.replaceAll(HIGHLIGHT_START, "<mark>").replaceAll(HIGHLIGHT_END, "</mark>");
}

const CACHE_CAPACITY = 5_000;
const rendered = new Map<string, string>();

/**
 * renderMarkdown for texts that change rarely and are read on every view of a long page (a statement's
 * paragraphs, a situation group's updates and replies): each distinct text is rendered once and kept,
 * in a bounded, least-recently-used cache. markdown-it takes some 0.15 ms for a short paragraph.
 */
export function renderMarkdownCached(source: string): string {
  const cached = rendered.get(source);
  if (cached !== undefined) {
    rendered.delete(source);
    rendered.set(source, cached);
    return cached;
  }
  const html = renderMarkdown(source);
  rendered.set(source, html);
  if (rendered.size > CACHE_CAPACITY) rendered.delete(rendered.keys().next().value!);
  return html;
}
