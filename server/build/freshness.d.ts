// Types of server/build/freshness.js (plain JavaScript: it runs before anything is compiled).

/** The repository root. */
export declare const ROOT: string;
/** The compiled build's folder. */
export declare const DIST: string;
/** Why `dist/` must be compiled (`'missing'`, `'stale'`), or null when it is current. */
export declare function compileReason(): 'missing' | 'stale' | null;
/** True in a checkout with the sources and the TypeScript compiler. */
export declare function canCompile(): boolean;
/** Runs tsc over tsconfig.build.json and writes the stamp; strict: type errors fail. */
export declare function compile(options?: { strict?: boolean }): void;
/** Compiles `dist/` when missing or stale in a development install. */
export declare function ensureBuilt(options?: { log?: (line: string) => void }): { compiled: boolean; reason: 'missing' | 'stale' | null };
