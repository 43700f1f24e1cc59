/**
 * The e2e browser support: each launch gets its own Chromium profile directory, and closing
 * the browser deletes it, so repeated runs leave nothing behind in the temp folder.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './_support/browser.js';

describe('launchBrowser()', () => {
  it('gives each launch a fresh profile directory and close() deletes it', async () => {
    const browser = await launchBrowser();
    expect(existsSync(browser.profileDir)).toBe(true);
    await browser.close();
    expect(existsSync(browser.profileDir)).toBe(false);
  }, 10 * 60_000);
});
