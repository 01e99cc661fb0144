import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic } from '../records/diagnostic.js';
import { findTemplateSyntax } from './template-syntax.js';

/** A key path inside a manifest, e.g. `['spec', 'rules', 0, 'host']`. */
export type KeyPath = readonly (string | number)[];

/** One Kubernetes object read from a file, with the means to point at its lines. */
export interface ManifestDocument {
  /** Repository-relative file (display path). */
  file: string;
  /** 1-based line where the object starts. */
  line: number;
  kind: string;
  apiVersion: string;
  /** The object as plain data (aliases resolved). */
  value: Record<string, unknown>;
  /** 1-based line of the node at `path` (or of its nearest existing ancestor). */
  lineOf(path: KeyPath): number;
}

/** What one file yields. */
export interface ParsedFile {
  /** Parsed objects of the kinds asked for (List items unpacked). */
  documents: ManifestDocument[];
  /** Kind of every object read, parsed or not (`''` when it has none); List items included. */
  kinds: string[];
  /** YAML documents read (a List counts once). */
  documentCount: number;
  diagnostics: Diagnostic[];
  /** Documents skipped because they could not be read (invalid YAML, templates, alias bombs). */
  unreadable: number;
}

export interface ParseOptions {
  /**
   * Kinds worth a full parse. A document whose top-level `kind:` line names another kind is only
   * counted: real repositories are mostly Deployments and ConfigMaps, and parsing them is waste.
   * Undefined parses everything.
   */
  relevantKinds?: ReadonlySet<string>;
  /** Bound on alias expansion (YAML "billion laughs"); default 100. */
  maxAliasCount?: number;
}

const documentStart = /^---(?:[ \t]|$)/;
const topLevelKind = /^kind:[ \t]*["']?([A-Za-z0-9]+)["']?[ \t]*(?:#.*)?$/m;

/** Reads every YAML document of a file; one bad document never stops the others. */
export function parseDocuments(text: string, file: string, options: ParseOptions = {}): ParsedFile {
  const result: ParsedFile = { documents: [], kinds: [], documentCount: 0, diagnostics: [], unreadable: 0 };
  for (const chunk of splitDocuments(text)) readChunk(chunk, file, options, result);
  return result;
}

interface Chunk {
  text: string;
  /** 1-based line of the chunk's first line in the file. */
  firstLine: number;
}

// Column-0 `---` always starts a document in YAML, so splitting on it is safe and lets each
// document be parsed (or skipped) on its own.
function splitDocuments(text: string): Chunk[] {
  const lines = text.split(/\r?\n/);
  const chunks: Chunk[] = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || documentStart.test(lines[i]!)) {
      chunks.push({ text: lines.slice(start, i).join('\n'), firstLine: start + 1 });
      start = i;
    }
  }
  return chunks.filter((chunk) => hasContent(chunk.text));
}

function hasContent(text: string): boolean {
  return text.split('\n').some((line) => !/^\s*(?:#.*)?$/.test(line) && !/^(?:---|\.\.\.)\s*$/.test(line));
}

function readChunk(chunk: Chunk, file: string, options: ParseOptions, out: ParsedFile): void {
  const quickKind = topLevelKind.exec(chunk.text)?.[1];
  out.documentCount++;
  if (quickKind && options.relevantKinds && !isRelevant(quickKind, options.relevantKinds)) {
    out.kinds.push(quickKind);
    return;
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(chunk.text, { lineCounter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  if (!Array.isArray(docs) || list.some((doc) => doc.errors.length > 0)) {
    out.kinds.push(quickKind ?? '');
    unreadable(out, chunk, file, syntaxProblem(chunk, list, lineCounter));
    return;
  }
  for (const doc of list) readDocument(doc, chunk, lineCounter, file, options, out);
}

function syntaxProblem(
  chunk: Chunk,
  docs: Document.Parsed[],
  lineCounter: LineCounter,
): { code: string; message: string; line: number } {
  const template = findTemplateSyntax(chunk.text);
  const error = docs.flatMap((doc) => doc.errors)[0];
  const line = error ? lineCounter.linePos(error.pos[0]).line + chunk.firstLine - 1 : chunk.firstLine;
  if (template) {
    return { code: 'template-syntax', line, message: `document skipped: template syntax ${template}` };
  }
  const reason = error?.message.split('\n')[0] ?? 'cannot be parsed';
  return { code: 'invalid-yaml', line, message: `document skipped: invalid YAML: ${reason}` };
}

function unreadable(
  out: ParsedFile,
  chunk: Chunk,
  file: string,
  problem: { code: string; message: string; line?: number },
): void {
  out.unreadable++;
  out.diagnostics.push({
    severity: 'error',
    code: problem.code,
    message: problem.message,
    file,
    line: problem.line ?? chunk.firstLine,
  });
}

function readDocument(
  doc: Document.Parsed,
  chunk: Chunk,
  lineCounter: LineCounter,
  file: string,
  options: ParseOptions,
  out: ParsedFile,
): void {
  if (doc.contents === null) return;
  const lineAt = (node: YamlNode | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line + chunk.firstLine - 1 : chunk.firstLine;
  const docLine = lineAt(doc.contents);
  const kindNode: unknown = isMap(doc.contents) ? doc.contents.get('kind') : undefined;
  const kind = typeof kindNode === 'string' ? kindNode : '';
  if (options.relevantKinds && !isRelevant(kind, options.relevantKinds)) {
    out.kinds.push(kind);
    return;
  }
  // Checked before conversion: a template is not the manifest the cluster sees, whatever it parses to.
  const template = findTemplateSyntax(chunk.text);
  if (template) {
    out.kinds.push(kind);
    unreadable(out, chunk, file, {
      code: 'template-syntax',
      line: docLine,
      message: `document skipped: template syntax ${template}`,
    });
    return;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (cause) {
    out.kinds.push(kind);
    const reason = cause instanceof Error ? cause.message : String(cause);
    unreadable(out, chunk, file, {
      code: 'alias-expansion',
      line: docLine,
      message: `document skipped: ${reason}`,
    });
    return;
  }
  if (!isObject(value)) {
    out.kinds.push('');
    return;
  }
  out.kinds.push(kind);
  const make = (object: Record<string, unknown>, prefix: KeyPath): ManifestDocument => ({
    file,
    line: lineAt(nodeAt(doc, prefix)),
    kind: typeof object.kind === 'string' ? object.kind : '',
    apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
    value: object,
    lineOf: (path) => lineAt(nodeAt(doc, [...prefix, ...path])),
  });
  if (isList(kind) && Array.isArray(value.items)) {
    value.items.forEach((item, index) => {
      if (!isObject(item)) return;
      const itemDoc = make(item, ['items', index]);
      out.kinds.push(itemDoc.kind);
      if (!options.relevantKinds || options.relevantKinds.has(itemDoc.kind)) out.documents.push(itemDoc);
    });
    return;
  }
  out.documents.push(make(value, []));
}

function isList(kind: string): boolean {
  return kind === 'List' || kind.endsWith('List');
}

function isRelevant(kind: string, relevant: ReadonlySet<string>): boolean {
  return relevant.has(kind) || isList(kind);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The deepest node along `path` that exists (aliases followed). */
function nodeAt(doc: Document.Parsed, path: KeyPath): YamlNode | undefined {
  let node: unknown = doc.contents;
  let found = node as YamlNode | undefined;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => (isScalar(item.key) ? String(item.key.value) : item.key) === String(key),
      );
      next = pair?.value ?? pair?.key;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    node = next;
    if (!isAlias(node)) found = node as YamlNode;
  }
  return found;
}
