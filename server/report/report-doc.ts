/**
 * The report as a small document tree (headings, paragraphs, tables) that both the Markdown
 * and the HTML renderers print. Keeping the content apart from the format is what makes the
 * two outputs say exactly the same things.
 */

/** A table: header cells and rows of cells (plain text). */
export interface ReportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A block of a section: a paragraph, a bullet list or a table. */
export type ReportBlock = { readonly p: string } | { readonly list: readonly string[] } | { readonly table: ReportTable };

/** A titled section; `level` 2 or 3. */
export interface ReportSection {
  readonly title: string;
  readonly level: 2 | 3;
  readonly blocks: readonly ReportBlock[];
}

/** The whole report. */
export interface ReportDoc {
  readonly title: string;
  /** The language it is written in (`<html lang>`); English when absent. */
  readonly lang?: 'en' | 'zh-CN';
  readonly sections: readonly ReportSection[];
}
