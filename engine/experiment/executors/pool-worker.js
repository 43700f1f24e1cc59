// The pool executor's thread entry when wardtwin runs from its TypeScript sources (tests, tsx in
// development): a worker thread starts without a TypeScript loader, so this plain JavaScript
// file registers tsx and then loads the real entry, `pool-thread.ts`. The compiled build never
// loads this file: it points piscina at `dist/.../pool-thread.js` directly.
import { register } from 'tsx/esm/api';

register();
const { default: runJob } = await import('./pool-thread.ts');

export default runJob;
