import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensurePowerDnsInstalled, type PowerDnsInstallation } from './powerdns-install.js';

const run = promisify(execFile);

/** A PowerDNS Authoritative server of our own, on 127.0.0.1, with a fresh sqlite database. */
export interface PowerDnsServer {
  /** Base URL of the HTTP API, e.g. `http://127.0.0.1:40123`. */
  apiUrl: string;
  apiKey: string;
  /** UDP and TCP port that answers DNS queries on 127.0.0.1. */
  dnsPort: number;
  server: 'localhost';
  /** Creates a Native zone (name without trailing dot) with the given apex NS names (default `ns1.<zone>`). */
  createZone(zone: string, nameservers?: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 that is also free for UDP (DNS listens on both). */
async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
}

function configText(dir: string, dnsPort: number, apiPort: number, apiKey: string): string {
  return [
    'launch=gsqlite3',
    `gsqlite3-database=${path.join(dir, 'pdns.sqlite3')}`,
    'local-address=127.0.0.1',
    `local-port=${dnsPort}`,
    'webserver=yes',
    'webserver-address=127.0.0.1',
    `webserver-port=${apiPort}`,
    'webserver-allow-from=127.0.0.1',
    'webserver-loglevel=none',
    'api=yes',
    `api-key=${apiKey}`,
    // Empty: no security-status query leaves the machine.
    'security-poll-suffix=',
    'daemon=no',
    'guardian=no',
    `socket-dir=${dir}`,
    'disable-syslog=yes',
    'loglevel=4',
    // Tests resolve right after an apply: answers must never come from a cache.
    'cache-ttl=0',
    'query-cache-ttl=0',
    'negquery-cache-ttl=0',
    'zone-cache-refresh-interval=0',
    // Two cores shared by many: keep the thread count low.
    'receiver-threads=1',
    'distributor-threads=1',
    '',
  ].join('\n');
}

async function waitForApi(
  apiUrl: string,
  apiKey: string,
  child: ChildProcess,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const response = await fetch(`${apiUrl}/api/v1/servers/localhost`, {
        headers: { 'X-API-Key': apiKey },
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(
    `PowerDNS did not start (exit ${String(child.exitCode ?? child.signalCode)}):\n${log.slice(-2000)}`,
  );
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startOnce(installation: PowerDnsInstallation): Promise<PowerDnsServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gitops-dns-pdns-'));
  const [dnsPort, apiPort] = [await freePort(), await freePort()];
  const apiKey = randomBytes(16).toString('hex');
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await run(installation.sqliteBinary, [path.join(dir, 'pdns.sqlite3'), `.read ${installation.schemaFile}`]);
  await writeFile(path.join(dir, 'pdns.conf'), configText(dir, dnsPort, apiPort, apiKey));
  const logFile = path.join(dir, 'pdns.log');
  const log = createWriteStream(logFile);
  const child = spawn(installation.serverBinary, [`--config-dir=${dir}`, '--config-name='], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = async (): Promise<void> => {
    await stopChild(child);
    log.end();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForApi(apiUrl, apiKey, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const createZone = async (zone: string, nameservers = [`ns1.${zone}`]): Promise<void> => {
    const response = await fetch(`${apiUrl}/api/v1/servers/localhost/zones`, {
      method: 'POST',
      headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: `${zone}.`,
        kind: 'Native',
        nameservers: nameservers.map((ns) => `${ns}.`),
      }),
    });
    if (!response.ok)
      throw new Error(`creating zone ${zone}: HTTP ${response.status} ${await response.text()}`);
  };
  return { apiUrl, apiKey, dnsPort, server: 'localhost', createZone, stop };
}

/**
 * Installs PowerDNS when missing and starts a fresh server as a child process. Ports are picked
 * free just before the start; another process can take one in between, so a failed start is
 * retried on new ports.
 */
export async function startPowerDns(): Promise<PowerDnsServer> {
  const installation = await ensurePowerDnsInstalled();
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await startOnce(installation);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
