import { execFile } from 'node:child_process';
import { access, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What the tests need on the machine: the server, its sqlite backend, and the sqlite3 CLI to load the schema. */
const packages = ['pdns-server', 'pdns-backend-sqlite3', 'sqlite3'];
const sbinDirs = ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin'];
const policyRcd = '/usr/sbin/policy-rc.d';

/** Where the pieces live once installed. */
export interface PowerDnsInstallation {
  serverBinary: string;
  sqliteBinary: string;
  schemaFile: string;
}

const schemaCandidates = [
  '/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql',
  '/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql',
];

async function firstExisting(paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    try {
      await access(path);
      return path;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

async function findInstallation(): Promise<PowerDnsInstallation | undefined> {
  const serverBinary = await firstExisting(sbinDirs.map((dir) => `${dir}/pdns_server`));
  const sqliteBinary = await firstExisting(sbinDirs.map((dir) => `${dir}/sqlite3`));
  const schemaFile = await firstExisting(schemaCandidates);
  const backend = await firstExisting([
    '/usr/lib/x86_64-linux-gnu/pdns/libgsqlite3backend.so',
    '/usr/lib/aarch64-linux-gnu/pdns/libgsqlite3backend.so',
    '/usr/lib/pdns/libgsqlite3backend.so',
  ]);
  if (!serverBinary || !sqliteBinary || !schemaFile || !backend) return undefined;
  return { serverBinary, sqliteBinary, schemaFile };
}

/** Runs a root command directly when we are root, through passwordless sudo otherwise (CI runners). */
async function asRoot(command: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? [command, args] : ['sudo', ['-n', command, ...args]];
  await run(file, argv, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function aptInstall(): Promise<void> {
  await asRoot('apt-get', [
    'install',
    '-y',
    '--no-install-recommends',
    '-o',
    'DPkg::Lock::Timeout=600',
    ...packages,
  ]);
}

/**
 * The Debian package wants to start a system pdns on port 53. A policy-rc.d that exits 101 tells
 * invoke-rc.d and deb-systemd-invoke not to; we only add one for the install when none exists.
 */
async function withServicesBlocked(action: () => Promise<void>): Promise<void> {
  const hadPolicy = (await firstExisting([policyRcd])) !== undefined;
  if (!hadPolicy) {
    if (process.getuid?.() === 0) await writeFile(policyRcd, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    else
      await asRoot('sh', ['-c', `printf '#!/bin/sh\\nexit 101\\n' > ${policyRcd} && chmod 755 ${policyRcd}`]);
  }
  try {
    await action();
  } finally {
    if (!hadPolicy) {
      if (process.getuid?.() === 0) await rm(policyRcd, { force: true });
      else await asRoot('rm', ['-f', policyRcd]);
    }
  }
}

/** In case a service manager started pdns anyway, stop and disable it; absence is fine. */
async function stopSystemService(): Promise<void> {
  for (const [command, args] of [
    ['systemctl', ['disable', '--now', 'pdns.service']],
    ['service', ['pdns', 'stop']],
  ] as const) {
    try {
      await asRoot(command, [...args]);
    } catch {
      // no systemd / no init script: nothing was started
    }
  }
}

/**
 * Makes sure PowerDNS with the sqlite backend is installed, installing it from apt when missing
 * (with `apt-get update` on a first failure, for machines whose package lists are empty).
 */
export async function ensurePowerDnsInstalled(): Promise<PowerDnsInstallation> {
  const found = await findInstallation();
  if (found) return found;
  await withServicesBlocked(async () => {
    try {
      await aptInstall();
    } catch {
      await asRoot('apt-get', ['update', '-o', 'DPkg::Lock::Timeout=600']);
      await aptInstall();
    }
  });
  await stopSystemService();
  const installed = await findInstallation();
  if (!installed) throw new Error(`PowerDNS is still missing after apt-get install ${packages.join(' ')}`);
  return installed;
}
