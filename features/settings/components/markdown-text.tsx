import { Fragment } from "react";
import { parseMarkdown, type Inline } from "../markdown";

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, i) => {
    if (node.kind === "text") return <Fragment key={i}>{node.text}</Fragment>;
    if (node.kind === "strong")
      return (
        <strong key={i}>
          <InlineNodes nodes={node.children} />
        </strong>
      );
    if (node.kind !== "link")
      return (
        <em key={i}>
          <InlineNodes nodes={node.children} />
        </em>
      );
    return (
      <a key={i} href={node.href} className="text-brand-700 underline" rel={node.href.startsWith("http") ? "noopener" : undefined}>
        <InlineNodes nodes={node.children} />
      </a>
    );
  });
}

/** Admin-written formatted text (features/settings/markdown.ts) as React elements — no raw HTML ever. */
export function MarkdownText({ source }: { source: string }) {
  return parseMarkdown(source).map((block, i) => {
    if (block.kind === "heading") {
      const Heading = block.level === 2 ? "h2" : "h3";
      return (
        <Heading key={i} className={block.level === 2 ? "mt-2 text-2xl font-semibold" : "text-xl font-semibold"}>
          <InlineNodes nodes={block.children} />
        </Heading>
      );
    }
    if (block.kind === "list") {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={i} className={`flex flex-col gap-1 ps-6 ${block.ordered ? "list-decimal" : "list-disc"}`}>
          {block.items.map((item, j) => (
            <li key={j}>
              <InlineNodes nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    return (
      <p key={i}>
        {block.lines.map((line, j) => (
          <Fragment key={j}>
            {j > 0 ? <br /> : null}
            <InlineNodes nodes={line} />
          </Fragment>
        ))}
      </p>
    );
  });
}
