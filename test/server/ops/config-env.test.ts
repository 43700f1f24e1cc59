// Server settings from flags and WARDTWIN_* variables (flags win), and named tokens.
import { describe, expect, it } from 'vitest';
import { serverSettings } from '../../../server/ops/env-config.js';
import { parseNamedTokens } from '../../../server/ops/tokens.js';
import { resolveAppOptions } from '../../../server/config.js';

const defaults = { host: '127.0.0.1', port: 8080, logLevel: 'info' as const };

describe('serverSettings', () => {
  it('takes each setting from its variable when no flag is given', () => {
    const env = { WARDTWIN_HOST: '0.0.0.0', WARDTWIN_PORT: '9000', WARDTWIN_DB: '/var/lib/wardtwin/w.db', WARDTWIN_LOG_LEVEL: 'debug', WARDTWIN_WORKERS: '3' };
    expect(serverSettings({}, defaults, env)).toEqual({ host: '0.0.0.0', port: 9000, dbPath: '/var/lib/wardtwin/w.db', logLevel: 'debug', workers: 3 });
  });

  it('lets every flag win over its variable', () => {
    const env = { WARDTWIN_HOST: '0.0.0.0', WARDTWIN_PORT: 'not-a-port', WARDTWIN_DB: '/env.db', WARDTWIN_LOG_LEVEL: 'nonsense', WARDTWIN_WORKERS: '0' };
    expect(serverSettings({ host: '::1', port: '7000', db: '/flag.db', logLevel: 'warn', workers: '2' }, defaults, env)).toEqual({ host: '::1', port: 7000, dbPath: '/flag.db', logLevel: 'warn', workers: 2 });
  });

  it('falls back to the defaults, an empty variable counting as unset', () => {
    const s = serverSettings({}, defaults, { WARDTWIN_PORT: '', XDG_DATA_HOME: '/data' });
    expect(s).toEqual({ host: '127.0.0.1', port: 8080, dbPath: '/data/wardtwin/wardtwin.db', logLevel: 'info', workers: undefined });
  });

  it.each([
    [{}, { WARDTWIN_PORT: '80x' }, 'WARDTWIN_PORT(=80x) must be an integer in 0..65535'],
    [{ port: '70000' }, {}, '--port(=70000) must be an integer in 0..65535'],
    [{}, { WARDTWIN_WORKERS: '0' }, 'WARDTWIN_WORKERS(=0) must be an integer in 1..1024'],
    [{}, { WARDTWIN_LOG_LEVEL: 'loud' }, 'WARDTWIN_LOG_LEVEL(=loud) must be one of trace, debug, info, warn, error, fatal, silent'],
  ])('refuses %j with %j naming where the value came from', (flags, env, message) => {
    expect(() => serverSettings(flags, defaults, env)).toThrow(message);
  });
});

describe('named tokens', () => {
  it('parses name:secret pairs, a secret may hold a colon', () => {
    expect(parseNamedTokens(' ward-a:secret-one , ward-b:se:cret:two')).toEqual([{ name: 'ward-a', secret: 'secret-one' }, { name: 'ward-b', secret: 'se:cret:two' }]);
  });

  it.each([
    ['ward-a', 'WARDTWIN_TOKENS[0] (ward-a): the secret must be at least 8 characters'],
    ['a:secret-one,a:secret-two', 'WARDTWIN_TOKENS[1]: name(=a) is given twice'],
    ['a:secret-one,b:secret-one', 'WARDTWIN_TOKENS[1] (b): the secret is the same'],
    ['bad name:secret-one', 'WARDTWIN_TOKENS[0]: name(="bad name") must be'],
  ])('refuses %j', (text, message) => {
    expect(() => parseNamedTokens(text)).toThrow(message);
  });

  it('resolveAppOptions reads WARDTWIN_TOKENS and adds WARDTWIN_TOKEN as the actor "token"', () => {
    const config = resolveAppOptions({}, { WARDTWIN_TOKENS: 'ward-a:secret-one', WARDTWIN_TOKEN: 'shared-secret' });
    expect(config.tokens).toEqual([{ name: 'ward-a', secret: 'secret-one' }, { name: 'token', secret: 'shared-secret' }]);
  });
});
