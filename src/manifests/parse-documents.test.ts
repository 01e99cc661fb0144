import { describe, expect, it } from 'vitest';
import { parseDocuments } from './parse-documents.js';

const relevantKinds = new Set(['Service', 'Ingress']);

describe('parseDocuments', () => {
  it('reads every document with its line and finds the line of a key path', () => {
    const text = [
      '# leading comment',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: a',
      '---',
      'apiVersion: networking.k8s.io/v1',
      'kind: Ingress',
      'metadata: {name: b}',
      'spec:',
      '  rules:',
      '    - host: b.example.com',
    ].join('\n');
    const parsed = parseDocuments(text, 'x.yaml');
    expect(parsed.documents.map((d) => [d.kind, d.line])).toEqual([
      ['Service', 2],
      ['Ingress', 7],
    ]);
    expect(parsed.documents[1]!.lineOf(['spec', 'rules', 0, 'host'])).toBe(12);
    expect(parsed.documents[1]!.lineOf(['spec', 'missing', 'deeper'])).toBe(11);
    expect(parsed.unreadable).toBe(0);
  });

  it('unpacks List items, each with its own line', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- kind: Service',
      '  metadata: {name: a}',
      '- kind: Ingress',
      '  metadata: {name: b}',
    ].join('\n');
    const parsed = parseDocuments(text, 'list.yaml', { relevantKinds });
    expect(parsed.documents.map((d) => [d.kind, d.line, d.value.metadata])).toEqual([
      ['Service', 4, { name: 'a' }],
      ['Ingress', 6, { name: 'b' }],
    ]);
    expect(parsed.documents[1]!.lineOf(['metadata', 'name'])).toBe(7);
    expect(parsed.kinds).toEqual(['List', 'Service', 'Ingress']);
    expect(parsed.documentCount).toBe(1);
  });

  it.each([
    ['invalid YAML', 'kind: Service\nmetadata: {name: [\n', 'invalid-yaml'],
    ['Helm template', 'kind: Service\nmetadata:\n  name: {{ .Values.name }}\n', 'template-syntax'],
    ['Helm control line', '{{- if .Values.enabled }}\nkind: Service\n{{- end }}\n', 'template-syntax'],
    [
      'Flux substitution',
      'kind: Service\nmetadata:\n  annotations:\n    external-dns.alpha.kubernetes.io/hostname: a.${SECRET_DOMAIN}\n',
      'template-syntax',
    ],
    ['makejinja value', 'kind: Ingress\nspec:\n  rules:\n    - host: "a.#{ domain }#"\n', 'template-syntax'],
    ['makejinja block', 'kind: Ingress\n#% if x %#\nspec: {}\n#% endif %#\n', 'template-syntax'],
  ])('skips a document with %s, keeps the others, and counts it', (_what, bad, code) => {
    const text = `kind: Service\nmetadata: {name: good}\n---\n${bad}---\nkind: Ingress\nmetadata: {name: after}\n`;
    const parsed = parseDocuments(text, 'bad.yaml', { relevantKinds });
    expect(parsed.documents.map((d) => d.value.metadata)).toEqual([{ name: 'good' }, { name: 'after' }]);
    expect(parsed.unreadable).toBe(1);
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ severity: 'error', code, file: 'bad.yaml' });
    expect(parsed.diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('ignores template syntax in whole-line comments and in kinds it does not read', () => {
    const text =
      '# use {{ .Values.x }} here\nkind: Service\nmetadata: {name: a}\n---\nkind: ConfigMap\ndata: {a: "${X}"}\n';
    const parsed = parseDocuments(text, 'c.yaml', { relevantKinds });
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.kinds).toEqual(['Service', 'ConfigMap']);
    expect(parsed.documentCount).toBe(2);
    expect(parsed.unreadable).toBe(0);
  });

  it('resolves aliases', () => {
    const text = 'kind: Ingress\nx-host: &host a.example.com\nspec:\n  rules:\n    - host: *host\n';
    const [doc] = parseDocuments(text, 'a.yaml').documents;
    expect(doc!.value.spec).toEqual({ rules: [{ host: 'a.example.com' }] });
  });

  it('refuses an alias explosion with a diagnostic', () => {
    const lines = ['kind: Service', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const parsed = parseDocuments(lines.join('\n'), 'bomb.yaml');
    expect(parsed.documents).toEqual([]);
    expect(parsed.unreadable).toBe(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'alias-expansion', file: 'bomb.yaml', line: 1 });
  });

  it('counts kinds it skips without parsing them, and ignores empty documents', () => {
    const text = '---\n# only a comment\n---\nkind: Deployment\nspec: {{ broken\n---\nkind: Service\n';
    const parsed = parseDocuments(text, 'd.yaml', { relevantKinds });
    expect(parsed.kinds).toEqual(['Deployment', 'Service']);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.unreadable).toBe(0);
  });
});
