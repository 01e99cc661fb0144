import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { GitopsDnsError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

/** A validated config plus where it lives; globs and paths inside resolve against `baseDir`. */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  file: string;
  /** Absolute folder holding the config file. */
  baseDir: string;
}

/** Reads and validates a config file; every problem names the file, line and key path. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (cause) {
    throw new GitopsDnsError('config', `cannot read config file ${file}: ${(cause as Error).message}`, {
      cause,
    });
  }
  return { config: parseConfig(text, file), file: absolute, baseDir: path.dirname(absolute) };
}

/** Parses config text; `label` is the file name used in error messages. */
export function parseConfig(text: string, label: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new GitopsDnsError('config', `${label}:${line}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const messages = result.error.issues.map((issue) => describeIssue(issue, doc.contents, lineCounter, label));
  throw new GitopsDnsError('config', messages.join('\n'));
}

function describeIssue(
  issue: z.core.$ZodIssue,
  root: YamlNode | null,
  lineCounter: LineCounter,
  label: string,
): string {
  const keyPath = [...issue.path];
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    keyPath.push(key);
    message = `unknown key${issue.keys.length > 1 ? `s ${issue.keys.join(', ')}` : ''}`;
  }
  const keyName = formatKeyPath(keyPath);
  const line = lineOf(root, keyPath, lineCounter);
  return `${label}${line ? `:${line}` : ''}: ${keyName || '(top level)'}: ${message}`;
}

/** `['provider', 'type']` -> `provider.type`; numbers become `[i]`. */
export function formatKeyPath(keyPath: readonly PropertyKey[]): string {
  return keyPath
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');
}

function lineOf(
  root: YamlNode | null,
  keyPath: readonly PropertyKey[],
  lineCounter: LineCounter,
): number | undefined {
  let node: unknown = root;
  let best: number | undefined;
  for (const key of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      if (keyNode.range) best = lineCounter.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as YamlNode | undefined;
      if (!item) break;
      if (item.range) best = lineCounter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  if (best === undefined && root && root.range) return undefined;
  return best;
}
