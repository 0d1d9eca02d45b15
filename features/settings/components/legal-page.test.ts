import { describe, expect, it } from "vitest";
import { legalParagraphs } from "./legal-page";

describe("legalParagraphs", () => {
  it("splits on blank lines (any line ending, blank lines with spaces) and keeps single line breaks", () => {
    const body =
      "Stadt Musterstadt\nMarkt 1\n12345 Musterstadt\n\n  \r\nVertreten durch die Bürgermeisterin.\r\n\r\n\n\n<b>kein HTML</b>  ";
    expect(legalParagraphs(body)).toEqual([
      "Stadt Musterstadt\nMarkt 1\n12345 Musterstadt",
      "Vertreten durch die Bürgermeisterin.",
      "<b>kein HTML</b>",
    ]);
  });

  it("returns nothing for an empty body", () => {
    expect(legalParagraphs(" \n\n ")).toEqual([]);
  });
});
