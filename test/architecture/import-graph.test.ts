import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { circles, importGraph, importsOf } from './import-graph.js';
import type { ImportEdge } from './import-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TOP_LEVEL = ['bench', 'engine', 'scenarios', 'server', 'test', 'viz'];
const graph = importGraph(root, TOP_LEVEL);
/** Folders a checkout makes but does not track (installed, built or written by the tests). */
const GENERATED = new Set(['node_modules', 'dist', 'coverage', 'test-artifacts']);

describe('the top level', () => {
  it('holds the six folders the project card gives, and no other', () => {
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !GENERATED.has(e.name))
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(TOP_LEVEL);
  });
});

/**
 * Layers, lowest first: a file may import its own layer and the layers below it, never one
 * above. The engine's entry (`engine/index.ts`) sits above every engine layer; the CLI above
 * the server; the visualizer, the benchmarks and the tests on top.
 */
const LAYERS: readonly (readonly [prefix: string, rank: number])[] = [
  ['engine/kernel/', 0],
  ['engine/dispensing/', 1],
  ['scenarios/', 2],
  ['engine/ward/', 3],
  ['engine/experiment/', 4],
  ['engine/', 5],
  ['server/cli/', 7],
  ['server/bin/', 7],
  ['server/', 6],
  ['viz/', 8],
  ['bench/', 8],
  ['test/', 9],
];

function layerOf(file: string): readonly [string, number] {
  for (const layer of LAYERS) if (file.startsWith(layer[0])) return layer;
  throw new Error(`import-graph: ${file} is in no layer`);
}

/**
 * An edge that points up the layers, or from the visualizer into anything but its own code and
 * the server's types.
 */
function isUpward(e: ImportEdge): boolean {
  const [fromLayer, from] = layerOf(e.from);
  const [toLayer, to] = layerOf(e.to);
  if (fromLayer === 'viz/' && toLayer !== 'viz/') return !(e.typeOnly && toLayer === 'server/');
  // The server may run the visualizer's build (its static plugin serves viz/dist); viz/src stays out of reach.
  if (fromLayer === 'server/' && toLayer === 'viz/') return e.to.startsWith('viz/src/');
  if (fromLayer === 'bench/' && toLayer === 'viz/') return true;
  return to > from;
}

/**
 * The imports allowed across the layers, both about the visualizer's Node-side build script
 * (never part of the app, which talks to the server only): the server's static plugin loads it
 * when asked to build (issue 13 names that plugin as where the build is triggered), and it finds
 * the package root as every data-reading module does, compiled or not.
 */
const ALLOWED_UPWARD: readonly string[] = [
  'server/plugins/visualizer.ts -> viz/build-if-needed.ts',
  'viz/build-if-needed.ts -> scenarios/package-root.ts',
];

describe('the import graph', () => {
  it('reads every kind of import, type-only ones marked', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B } from './b.js';",
      "import { C, type D } from './c.js';",
      "export type { E } from './e.js';",
      "export { F } from './f.js';",
      "import './g.js';",
      "const h = await import('./h.js');",
      'let i: import("./i.js").I;',
      "// import { J } from './j.js';",
      "import { K } from 'node:fs';",
    ].join('\n');
    expect(importsOf('x.ts', text)).toEqual([
      { spec: './a.js', typeOnly: true },
      { spec: './b.js', typeOnly: true },
      { spec: './c.js', typeOnly: false },
      { spec: './e.js', typeOnly: true },
      { spec: './f.js', typeOnly: false },
      { spec: './g.js', typeOnly: false },
      { spec: './h.js', typeOnly: false },
      { spec: './i.js', typeOnly: true },
    ]);
  });

  it('circles() finds a circle closed by a type-only import, and a file importing itself', () => {
    const edges: ImportEdge[] = [
      { from: 'engine/a.ts', to: 'engine/b.ts', typeOnly: false },
      { from: 'engine/b.ts', to: 'engine/c.ts', typeOnly: false },
      { from: 'engine/c.ts', to: 'engine/a.ts', typeOnly: true },
      { from: 'engine/d.ts', to: 'engine/d.ts', typeOnly: false },
      { from: 'engine/e.ts', to: 'engine/a.ts', typeOnly: false },
    ];
    expect(circles(edges, () => true)).toEqual([['engine/a.ts', 'engine/b.ts', 'engine/c.ts'], ['engine/d.ts']]);
  });

  it('has no circle in engine/, type-only imports included', () => {
    expect(graph.length).toBeGreaterThan(500);
    expect(circles(graph, (f) => f.startsWith('engine/'))).toEqual([]);
  });

  it('has no import pointing up the layers (kernel < dispensing < scenarios < ward < experiment < engine entry < server < CLI < viz, bench < test)', () => {
    const upward = graph.filter(isUpward).map((e) => `${e.from} -> ${e.to}`);
    expect(upward.filter((e) => !ALLOWED_UPWARD.includes(e))).toEqual([]);
  });
});
