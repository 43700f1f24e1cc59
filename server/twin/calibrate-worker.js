// The calibration thread's entry when wardtwin runs from its TypeScript sources (tests, tsx in
// development): a worker thread starts without a TypeScript loader, so this plain JavaScript
// file registers tsx and then loads the real entry, `calibrate-thread.ts`. The compiled build
// never loads this file: it starts `dist/.../calibrate-thread.js` directly.
import { register } from 'tsx/esm/api';

register();
await import('./calibrate-thread.ts');
