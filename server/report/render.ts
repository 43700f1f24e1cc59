/**
 * Renders a report document as Markdown or as one standalone HTML page (inline style, no
 * scripts, no external files), so a report can be mailed or archived as a single file.
 */
import type { ReportBlock, ReportDoc } from './report-doc.js';

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function mdBlock(b: ReportBlock): string {
  if ('p' in b) return b.p;
  if ('list' in b) return b.list.map((x) => `- ${x}`).join('\n');
  const t = b.table;
  return [`| ${t.header.map(mdCell).join(' | ')} |`, `|${t.header.map(() => ' --- ').join('|')}|`, ...t.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

/** The report as Markdown. */
export function renderMarkdown(doc: ReportDoc): string {
  const parts = [`# ${doc.title}`];
  for (const s of doc.sections) parts.push(`${'#'.repeat(s.level)} ${s.title}`, ...s.blocks.map(mdBlock));
  return `${parts.join('\n\n')}\n`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function htmlBlock(b: ReportBlock): string {
  if ('p' in b) return `<p>${esc(b.p)}</p>`;
  if ('list' in b) return `<ul>${b.list.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
  const t = b.table;
  return `<table><thead><tr>${t.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

const STYLE = 'body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}table{border-collapse:collapse;margin:1em 0;font-size:12px}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f3f3f3}h2{border-bottom:1px solid #ddd;padding-bottom:.2em}';

/** The report as a standalone HTML page. */
export function renderHtml(doc: ReportDoc): string {
  const body = doc.sections.map((s) => `<h${s.level}>${esc(s.title)}</h${s.level}>\n${s.blocks.map(htmlBlock).join('\n')}`).join('\n');
  return `<!doctype html>\n<html lang="${doc.lang ?? 'en'}"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${STYLE}</style></head>\n<body><h1>${esc(doc.title)}</h1>\n${body}\n</body></html>\n`;
}
