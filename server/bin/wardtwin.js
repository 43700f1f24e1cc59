#!/usr/bin/env node
// The `wardtwin` command. The sources are TypeScript run through tsx, so an `npm install`
// is all a user needs: no build step between editing a scenario and running it.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
