import { html, type TemplateResult } from 'lit';

// A URL candidate: http(s):// not glued to a preceding word character, up to the next whitespace.
const candidate = /(?<![\p{L}\p{N}_])https?:\/\/\S+/giu;
// Punctuation that usually ends the sentence around a URL rather than the URL itself.
const trailing = /[.,;:!?'"…]$/u;
const closers: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };

/** Drops trailing punctuation, and closing brackets that have no partner inside the URL. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.slice(-1);
    if (trailing.test(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opener = closers[last];
    if (opener && count(url, opener) < count(url, last)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** The parsed URL when it is a real http(s) link, else undefined. */
function safeUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Chat text as lit values: plain strings (rendered as text, never parsed as markup) and links for
 * the http(s) URLs in it. Nothing else becomes markup: `javascript:` and the like stay text.
 * Newlines stay in the strings; the message's CSS (`white-space: pre-wrap`) shows them.
 */
export function linkify(text: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let rest = 0;
  for (const match of text.matchAll(candidate)) {
    const original = trimUrl(match[0]);
    const url = safeUrl(original);
    if (!url || !url.host) continue;
    const start = match.index;
    if (start > rest) parts.push(text.slice(rest, start));
    parts.push(html`<a href=${url.href} rel="noopener noreferrer" target="_blank">${original}</a>`);
    rest = start + original.length;
  }
  if (rest < text.length) parts.push(text.slice(rest));
  return parts;
}
