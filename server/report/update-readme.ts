// `npm run docs:parameters`: rewrites the README's generated parameter tables from the schema
// and the reference preset (see readme-tables.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPreset } from '../../scenarios/index.js';
import { README_PRESET, withParameterTables } from './readme-tables.js';

const path = new URL('../../README.md', import.meta.url);
const loaded = loadPreset(README_PRESET);
if (!loaded.ok) throw new Error(`preset ${README_PRESET}: ${loaded.errors[0].message}`);
const before = readFileSync(path, 'utf8');
const after = withParameterTables(before, loaded.scenario);
if (after !== before) writeFileSync(path, after);
process.stdout.write(after === before ? 'README.md: parameter tables up to date\n' : 'README.md: parameter tables rewritten\n');
