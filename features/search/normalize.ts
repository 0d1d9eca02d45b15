// One normalization for search documents and queries (both sides, so spellings meet in the middle):
// lower case, ß → ss, diacritics removed (ä → a, é → e), the German transcriptions ae/oe/ue → a/o/u,
// punctuation → space. "Fußball" and "fussball" become "fussball"; "Mädchen" and "maedchen" become
// "madchen". Pure; used by the index (features/search/fts.ts), the search and the seed.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TRANSCRIPTIONS = /ae|oe|ue/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function normalizeSearchText(text: string | null | undefined): string {
  if (!text) return "";
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(TRANSCRIPTIONS, (pair) => pair[0])
    .replace(NON_WORD, " ")
    .trim()
    .replace(/ +/g, " ");
}

/** Distinct normalized words of a query, in order (at most `max`). */
export function searchWords(query: string | null | undefined, max = 10): string[] {
  const words: string[] = [];
  for (const word of normalizeSearchText(query).split(" ")) {
    if (word && !words.includes(word)) words.push(word);
    if (words.length >= max) break;
  }
  return words;
}

/** Trigram full-text matching needs at least three characters per word. */
export const MIN_INDEXED_WORD_LENGTH = 3;
