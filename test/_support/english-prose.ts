// Test helper: English prose left in a Chinese text. Citations stay as written (authors,
// journals, years, ids, standards, document titles), so they are not prose; what is left after
// removing the cited titles below must have no run of three English words and no two lowercase
// English words in a row (prose: "exposed assumption", "site floor plan"; a citation's words are
// names, capitalised, and at most two in a row: "PLOS ONE 2018", "van Niekerk 等").

/** Cited journal names and document titles of three words or more, as the schema cites them. */
export const CITED_TITLES: readonly string[] = [
  'Natural ventilation for infection control in health-care settings',
  'J Pediatric Infect Dis Soc',
  'JAMA Netw Open',
  'J Infect Dis',
  'NCHS Data Brief',
];

/** The English prose in `text` once the cited titles are taken out (empty when there is none). */
export function englishProse(text: string): string[] {
  const rest = CITED_TITLES.reduce((t, title) => t.split(title).join(' '), text);
  const threeWords = rest.match(/\b[A-Za-z]+(?: [A-Za-z]+){2,}\b/g) ?? [];
  const twoLower = rest.match(/(?<![A-Za-z])[a-z]+ [a-z]+(?![A-Za-z])/g) ?? [];
  return [...threeWords, ...twoLower];
}
