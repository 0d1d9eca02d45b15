// The formatted text of the legal pages: a small Markdown subset parsed into plain data, which
// components render as React elements. No HTML is ever produced from the text or passed through:
// "<script>", event-handler attributes and the like stay visible text, and a link only becomes a link
// when its target is http(s), mailto, tel or a path of the portal — never javascript: or data:.
//
// Supported: "## " / "### " headings, paragraphs (blank line), "- " / "* " lists, "1. " lists,
// **bold**, *italic*, [text](target). Single line breaks inside a paragraph are kept.

export type Inline =
  { kind: "text"; text: string } | { kind: "strong" | "em"; children: Inline[] } | { kind: "link"; href: string; children: Inline[] };

export type Block =
  | { kind: "heading"; level: 2 | 3; children: Inline[] }
  | { kind: "paragraph"; lines: Inline[][] }
  | { kind: "list"; ordered: boolean; items: Inline[][] };

/** A link target a page may carry; anything else leaves the link as text. */
export function safeHref(target: string): string | null {
  const value = target.trim();
  if (/^\/(?![/\\])[^\s<>"']*$/.test(value)) return value;
  if (/^(mailto|tel):[^\s<>"']+$/i.test(value)) return value;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ kind: "text", text: rest });
      break;
    }
    if (match.index > 0) out.push({ kind: "text", text: rest.slice(0, match.index) });
    if (match[1] !== undefined) out.push({ kind: "strong", children: parseInline(match[1]) });
    else if (match[2] !== undefined) out.push({ kind: "em", children: parseInline(match[2]) });
    else {
      const href = safeHref(match[4]);
      out.push(href ? { kind: "link", href, children: parseInline(match[3]) } : { kind: "text", text: match[0] });
    }
    rest = rest.slice(match.index + match[0].length);
  }
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\s+$/g, ""))
    .filter(Boolean);
  for (const chunk of chunks) {
    const lines = chunk.split("\n");
    const heading = /^(#{2,3})\s+(.+)$/.exec(lines[0]);
    if (lines.length === 1 && heading) {
      blocks.push({ kind: "heading", level: heading[1].length as 2 | 3, children: parseInline(heading[2].trim()) });
    } else if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
      blocks.push({ kind: "list", ordered: false, items: lines.map((line) => parseInline(line.replace(/^\s*[-*]\s+/, ""))) });
    } else if (lines.every((line) => /^\s*\d+\.\s+/.test(line))) {
      blocks.push({ kind: "list", ordered: true, items: lines.map((line) => parseInline(line.replace(/^\s*\d+\.\s+/, ""))) });
    } else {
      blocks.push({ kind: "paragraph", lines: lines.map((line) => parseInline(line.trim())) });
    }
  }
  return blocks;
}
