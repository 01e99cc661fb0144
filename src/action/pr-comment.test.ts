import { describe, expect, it } from 'vitest';
import { MemoryGitHubApi } from './memory-github-api.js';
import {
  checksumMarker,
  commentMarker,
  findPlanComment,
  isTrustedAuthor,
  readChecksum,
  upsertPlanComment,
} from './pr-comment.js';

const body = (text: string, config = 'gitops-dns.yaml') => `${commentMarker(config)}\n${text}`;

function setup() {
  const api = new MemoryGitHubApi();
  api.addPullRequest(7);
  return api;
}

describe('markers', () => {
  it.each([
    ['gitops-dns.yaml', '<!-- gitops-dns:gitops-dns.yaml -->'],
    ['a--b/dns.yaml', '<!-- gitops-dns:a-\\-b/dns.yaml -->'],
  ])('marks %s', (config, marker) => {
    expect(commentMarker(config)).toBe(marker);
  });

  it.each([
    [`x ${checksumMarker('ab12')} y`, 'ab12'],
    ['no marker', undefined],
    ['<!-- gitops-dns-checksum:XYZ -->', undefined],
  ])('reads the checksum of %j', (text, checksum) => {
    expect(readChecksum(text)).toBe(checksum);
  });
});

describe('upsertPlanComment', () => {
  it('posts the first comment, then edits it in place', async () => {
    const api = setup();
    const first = await upsertPlanComment(api, 7, {
      configPath: 'gitops-dns.yaml',
      body: body('one'),
      when: 'always',
      hasChanges: true,
    });
    const second = await upsertPlanComment(api, 7, {
      configPath: 'gitops-dns.yaml',
      body: body('two'),
      when: 'always',
      hasChanges: true,
    });
    expect(first).toEqual({ action: 'created', commentId: 1 });
    expect(second).toEqual({ action: 'updated', commentId: 1 });
    expect(api.comments(7)).toEqual([{ id: 1, body: body('two') }]);
  });

  it('keeps one comment per config file', async () => {
    const api = setup();
    await api.createComment(7, 'a human comment');
    await upsertPlanComment(api, 7, {
      configPath: 'a.yaml',
      body: body('a', 'a.yaml'),
      when: 'always',
      hasChanges: true,
    });
    await upsertPlanComment(api, 7, {
      configPath: 'b.yaml',
      body: body('b', 'b.yaml'),
      when: 'always',
      hasChanges: true,
    });
    await upsertPlanComment(api, 7, {
      configPath: 'a.yaml',
      body: body('a2', 'a.yaml'),
      when: 'always',
      hasChanges: true,
    });
    expect(api.comments(7).map((c) => c.body)).toEqual([
      'a human comment',
      body('a2', 'a.yaml'),
      body('b', 'b.yaml'),
    ]);
  });

  it('leaves an identical comment alone', async () => {
    const api = setup();
    await upsertPlanComment(api, 7, {
      configPath: 'gitops-dns.yaml',
      body: body('x'),
      when: 'always',
      hasChanges: false,
    });
    api.readOnly = true; // an edit would now throw
    const outcome = await upsertPlanComment(api, 7, {
      configPath: 'gitops-dns.yaml',
      body: body('x'),
      when: 'always',
      hasChanges: false,
    });
    expect(outcome.action).toBe('unchanged');
  });

  it.each([
    ['never', true, false, 'skipped'],
    ['changes', false, false, 'skipped'],
    ['changes', true, false, 'created'],
    ['changes', false, true, 'updated'],
    ['always', false, false, 'created'],
  ] as const)(
    'comment: %s, changes %s, earlier comment %s -> %s',
    async (when, hasChanges, earlier, action) => {
      const api = setup();
      if (earlier) await api.createComment(7, body('old'));
      const outcome = await upsertPlanComment(api, 7, {
        configPath: 'gitops-dns.yaml',
        body: body('new'),
        when,
        hasChanges,
      });
      expect(outcome.action).toBe(action);
      expect(api.comments(7).length).toBe(action === 'skipped' ? 0 : 1);
    },
  );

  it('ignores a marker in a comment by someone without write access (it could carry any checksum)', async () => {
    const api = setup();
    const forged = `${body('forged')}\n${checksumMarker('ab12')}`;
    api.addComment(7, forged, { login: 'mallory', bot: false, association: 'NONE' });
    expect(await findPlanComment(api, 7, 'gitops-dns.yaml')).toBeUndefined();
    const outcome = await upsertPlanComment(api, 7, {
      configPath: 'gitops-dns.yaml',
      body: body('real'),
      when: 'always',
      hasChanges: true,
    });
    expect(outcome.action).toBe('created');
    expect(api.comments(7).map((c) => c.body)).toEqual([forged, body('real')]);
  });

  it.each([
    [{ login: 'github-actions[bot]', bot: true, association: 'NONE' }, true],
    [{ login: 'dns-bot', bot: false, association: 'COLLABORATOR' }, true],
    [{ login: 'alice', bot: false, association: 'MEMBER' }, true],
    [{ login: 'alice', bot: false, association: 'OWNER' }, true],
    [{ login: 'mallory', bot: false, association: 'CONTRIBUTOR' }, false],
    [{ login: 'mallory', bot: false, association: 'FIRST_TIME_CONTRIBUTOR' }, false],
    [{ login: '', bot: false, association: 'NONE' }, false],
  ])('trusts a plan comment by %j: %s', (author, trusted) => {
    expect(isTrustedAuthor(author)).toBe(trusted);
  });
});
