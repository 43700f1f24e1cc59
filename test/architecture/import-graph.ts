/**
 * The project's import graph, read from the sources with the TypeScript parser: every relative
 * import, export-from, dynamic `import()` and `import("…")` type, type-only ones included and
 * marked as such. Used by import-graph.test.ts to keep `engine/` free of circles and the
 * layers pointing one way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import ts from 'typescript';

/** One import of one file. */
export interface ImportEdge {
  /** Importing file, relative to the root, with `/`. */
  readonly from: string;
  /** Imported file, relative to the root, with `/`. */
  readonly to: string;
  /** Only types cross this edge (`import type`, `export type`, all-`type` named imports, `import("…")` types). */
  readonly typeOnly: boolean;
}

const SOURCE = /\.(ts|mts|js|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '__snapshots__', 'test-artifacts']);

function walk(root: string, dir: string, out: string[]): void {
  if (!existsSync(join(root, dir))) return;
  for (const name of readdirSync(join(root, dir))) {
    if (SKIP_DIRS.has(name)) continue;
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) walk(root, rel, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
}

/** The source files under `folders` (relative to `root`). */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of folders) walk(root, f, out);
  return out.sort();
}

function resolveSpecifier(files: ReadonlySet<string>, from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = normalize(join(dirname(from), spec)).split(sep).join('/');
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, `${base}/index.ts`];
  for (const c of candidates) if (files.has(c)) return c;
  return null;
}

function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** Every relative import of `file` (text given), as (specifier, type-only) pairs. */
export function importsOf(file: string, text: string): { spec: string; typeOnly: boolean }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('.js') || file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ spec: node.moduleSpecifier.text, typeOnly: importIsTypeOnly(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause;
      const allTypes = named !== undefined && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || allTypes });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.filter((i) => i.spec.startsWith('.'));
}

/** The import graph of the files under `folders` of `root`. */
export function importGraph(root: string, folders: readonly string[]): ImportEdge[] {
  const files = sourceFiles(root, folders);
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    for (const { spec, typeOnly } of importsOf(from, readFileSync(join(root, from), 'utf8'))) {
      const to = resolveSpecifier(known, from, spec);
      if (to !== null) edges.push({ from, to, typeOnly });
    }
  }
  return edges;
}

/**
 * Circles among `files` (strongly connected components of more than one file, or a file that
 * imports itself), each sorted, by Tarjan's algorithm.
 */
export function circles(edges: readonly ImportEdge[], inScope: (file: string) => boolean): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!inScope(e.from) || !inScope(e.to)) continue;
    if (!next.has(e.from)) next.set(e.from, []);
    if (!next.has(e.to)) next.set(e.to, []);
    next.get(e.from)!.push(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return found;
}
