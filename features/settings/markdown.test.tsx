import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownText } from "./components/markdown-text";
import { parseMarkdown, safeHref } from "./markdown";

const html = (source: string) => renderToStaticMarkup(<MarkdownText source={source} />);

describe("legal text formatting", () => {
  it("renders headings, paragraphs with line breaks, lists, bold, italic and safe links", () => {
    expect(
      html(
        "## Anbieter\n\nStadt Musterstadt\nMarkt 1\n\n- **eins**\n- *zwei*\n\n1. erst\n2. dann\n\n[Rathaus](https://stadt.example/) · [Mail](mailto:a@b.example) · [Seite](/de/impressum)",
      ),
    ).toBe(
      '<h2 class="mt-2 text-2xl font-semibold">Anbieter</h2><p>Stadt Musterstadt<br/>Markt 1</p>' +
        '<ul class="flex flex-col gap-1 ps-6 list-disc"><li><strong>eins</strong></li><li><em>zwei</em></li></ul>' +
        '<ol class="flex flex-col gap-1 ps-6 list-decimal"><li>erst</li><li>dann</li></ol>' +
        '<p><a href="https://stadt.example/" class="text-brand-700 underline" rel="noopener">Rathaus</a> · ' +
        '<a href="mailto:a@b.example" class="text-brand-700 underline">Mail</a> · <a href="/de/impressum" class="text-brand-700 underline">Seite</a></p>',
    );
  });

  it("never lets script, event handlers or HTML through: they stay visible text", () => {
    const out = html(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<a href="javascript:alert(3)">x</a>\n\n<b onclick=alert(4)>fett</b>',
    );
    expect(out).not.toMatch(/<script|<img|<b |<a href="javascript/i);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    // Only as escaped text, never as an attribute of an element.
    expect(out).not.toMatch(/<[^>]*\son\w+=/i);
  });

  it("leaves links to javascript:, data:, vbscript: or protocol-relative targets as text", () => {
    for (const target of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:msgbox",
      "//evil.example/x",
      "/\\evil.example",
    ]) {
      expect(safeHref(target), target).toBeNull();
      const out = html(`[klick](${target})`);
      expect(out).not.toContain("<a ");
    }
    expect(html("[x](java\tscript:alert(1))")).not.toContain("<a ");
  });

  it("parses blank lines of any kind and ignores empty input", () => {
    expect(parseMarkdown(" \n\r\n ")).toEqual([]);
    expect(parseMarkdown("a\r\n\r\nb").map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
  });
});
