// The deployment files under server/deploy/ (docker cannot run here, so each is parsed and
// checked against what the server actually reads and the commands it actually has).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildProgram } from '../../server/cli/main.js';
import { LOG_LEVELS, SERVER_ENV_VARIABLES } from '../../server/ops/env-config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEPLOY = join(ROOT, 'server', 'deploy');
const read = (name: string): string => readFileSync(join(DEPLOY, name), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
// NODE_ENV for the dependencies, PATH for the installed bin.
const KNOWN_ENV = new Set<string>([...SERVER_ENV_VARIABLES, 'NODE_ENV', 'PATH']);

/** Checks a `wardtwin <command> [--flag value]...` command line against the real CLI. */
async function expectWardtwinCommand(argv: readonly string[]): Promise<void> {
  expect(argv[0]).toBe('wardtwin');
  const program = await buildProgram([argv[1]]);
  const command = program.commands.find((c) => c.name() === argv[1]);
  expect(command, `wardtwin has a command ${argv[1]}`).toBeDefined();
  const longs = new Set(command!.options.map((o) => o.long));
  for (const flag of argv.slice(2).filter((a) => a.startsWith('--'))) expect(longs, `${argv[1]} takes ${flag}`).toContain(flag);
}

/** Checks WARDTWIN_* settings: known names, valid port and log level. */
function expectKnownEnv(env: Record<string, string>): void {
  for (const key of Object.keys(env)) expect(KNOWN_ENV, `the server reads ${key}`).toContain(key);
  if (env.WARDTWIN_PORT !== undefined) expect(Number.isInteger(Number(env.WARDTWIN_PORT))).toBe(true);
  if (env.WARDTWIN_LOG_LEVEL !== undefined) expect(LOG_LEVELS).toContain(env.WARDTWIN_LOG_LEVEL);
}

describe('systemd unit', () => {
  const sections = new Map<string, [string, string][]>();
  let current = '';
  for (const raw of read('wardtwin.service').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) sections.set((current = header[1]), []);
    else {
      const eq = line.indexOf('=');
      expect(eq, `key=value line: ${line}`).toBeGreaterThan(0);
      sections.get(current)!.push([line.slice(0, eq), line.slice(eq + 1)]);
    }
  }
  const values = (section: string, key: string): string[] => (sections.get(section) ?? []).filter(([k]) => k === key).map(([, v]) => v);

  it('has the Unit, Service and Install sections, a non-root user, restart and a multi-user target', () => {
    expect([...sections.keys()]).toEqual(['Unit', 'Service', 'Install']);
    expect(values('Service', 'User')).toEqual(['wardtwin']);
    expect(values('Service', 'Restart')).toEqual(['on-failure']);
    expect(values('Install', 'WantedBy')).toEqual(['multi-user.target']);
  });

  it('starts `wardtwin serve` with settings the server reads, its store in the state directory', async () => {
    const exec = values('Service', 'ExecStart')[0].split(/\s+/);
    expect(exec.slice(0, 1)).toEqual(['/usr/bin/env']);
    await expectWardtwinCommand(exec.slice(1));
    const env = Object.fromEntries(values('Service', 'Environment').map((e) => e.split('=') as [string, string]));
    expectKnownEnv(env);
    expect(env.WARDTWIN_DB.startsWith(`/var/lib/${values('Service', 'StateDirectory')[0]}/`)).toBe(true);
    expect(env.WARDTWIN_HOST).toBe('0.0.0.0');
  });
});

describe('Containerfile', () => {
  // Instructions with their line continuations joined.
  const instructions = read('Containerfile').replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')).map((l) => {
    const space = l.indexOf(' ');
    return { op: l.slice(0, space).toUpperCase(), args: l.slice(space + 1).trim() };
  });
  const all = (op: string): string[] => instructions.filter((i) => i.op === op).map((i) => i.args);

  it('packs and installs without dev dependencies in a named stage on a Node that satisfies engines, and copies only that installation', () => {
    const froms = all('FROM');
    expect(froms).toHaveLength(2);
    const minimum = Number(/>=\s*(\d+)/.exec(pkg.engines.node)![1]);
    for (const from of froms) expect(Number(/^node:(\d+)/.exec(from)![1])).toBeGreaterThanOrEqual(minimum);
    const stage = /\bAS\s+(\S+)$/i.exec(froms[0])![1];
    const fromBuild = all('COPY').filter((c) => c.startsWith('--from='));
    expect(fromBuild).toEqual([`--from=${stage} /opt/wardtwin /opt/wardtwin`]);
    expect(froms[0].split(/\s+/)[0]).toBe(froms[1].replace(/-slim$/, ''));
    expect(all('RUN').some((r) => r.includes('npm pack'))).toBe(true);
    expect(all('RUN').some((r) => r.includes('npm install --omit=dev') && r.includes('wardtwin.tgz'))).toBe(true);
    expect(all('ENV').join(' ')).toContain('PATH=/opt/wardtwin/node_modules/.bin:');
  });

  it('runs `wardtwin serve` as a non-root user on the exposed port with a readiness health check', async () => {
    const cmd = JSON.parse(all('CMD')[0]) as string[];
    await expectWardtwinCommand(cmd);
    expect(all('USER')).toEqual(['node']);
    const env = Object.fromEntries([...all('ENV').join(' ').matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
    expectKnownEnv(env);
    expect(all('EXPOSE')).toEqual([env.WARDTWIN_PORT]);
    expect(all('HEALTHCHECK')[0]).toContain('/api/ready');
  });
});

describe('compose file', () => {
  interface Service {
    build?: { context: string; dockerfile: string };
    image?: string;
    command: string[];
    environment?: Record<string, string>;
    ports?: string[];
    depends_on?: Record<string, unknown>;
  }
  const compose = parseYaml(read('compose.yaml')) as { services: Record<string, Service>; volumes?: Record<string, unknown> };

  it('has the server, Redis and workers, the workers pointed at the Redis service', async () => {
    expect(Object.keys(compose.services).sort()).toEqual(['redis', 'server', 'worker']);
    const { server, worker } = compose.services;
    await expectWardtwinCommand(server.command);
    await expectWardtwinCommand(worker.command);
    const redisUrl = new URL(worker.command[worker.command.indexOf('--redis') + 1]);
    expect(Object.keys(compose.services)).toContain(redisUrl.hostname);
    expect(Object.keys(worker.depends_on ?? {})).toContain('redis');
    expect(worker.image).toBe(server.image);
  });

  it('builds the server from the Containerfile and maps the port the server listens on', () => {
    const { server } = compose.services;
    const context = join(DEPLOY, server.build!.context);
    expect(existsSync(join(context, server.build!.dockerfile))).toBe(true);
    expect(existsSync(join(context, 'package.json'))).toBe(true);
    const env = Object.fromEntries(Object.entries(server.environment ?? {}).map(([k, v]) => [k, String(v)]));
    expectKnownEnv(env);
    expect(server.ports!.map((p) => p.split(':').at(-1))).toEqual([env.WARDTWIN_PORT]);
    const volume = (server as { volumes?: string[] }).volumes![0].split(':');
    expect(Object.keys(compose.volumes ?? {})).toContain(volume[0]);
    expect(env.WARDTWIN_DB.startsWith(`${volume[1]}/`)).toBe(true);
  });
});
