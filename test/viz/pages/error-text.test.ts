// A failed call reads in the page's language: the server's own answer (already written in the
// language asked for) with each detail's path, and the two failures the client names itself
// (no answer, an answer that is not the API's JSON) from their code, never in English on a
// Chinese page.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../viz/src/api/index.js';
import { setLocale } from '../../../viz/src/i18n/index.js';
import { errorText } from '../../../viz/src/pages/_internals/page-kit.js';

const unreachable = new ApiRequestError(0, 'unreachable', 'GET /api/runs: the server could not be reached (TypeError: fetch failed)', []);
const http = new ApiRequestError(502, 'http-error', 'GET /api/runs: HTTP 502', []);
const server = new ApiRequestError(400, 'invalid-scenario', '场景无效', [{ path: '/run/seed', rule: 'type', message: '应为整数' }]);

describe('errorText()', () => {
  afterEach(() => setLocale('en', false));

  it('names the client\'s own failures from their code in the page\'s language', () => {
    expect(errorText(unreachable)).toBe('The server could not be reached; is it running?');
    expect(errorText(http)).toBe('The server answered HTTP 502 without saying why.');
    setLocale('zh-CN', false);
    expect(errorText(unreachable)).toBe('无法连接服务器，请确认服务器正在运行。');
    expect(errorText(http)).toBe('服务器返回 HTTP 502，未说明原因。');
  });

  it('keeps the server\'s answer with each detail\'s path', () => {
    setLocale('zh-CN', false);
    expect(errorText(server)).toBe('场景无效（/run/seed: 应为整数）');
    setLocale('en', false);
    expect(errorText(server)).toBe('场景无效 (/run/seed: 应为整数)');
  });
});
