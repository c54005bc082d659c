// @vitest-environment node
// GitHub pull request in the classic timeline markup (hand-built page): the description is the post, not a
// comment; review comments keep their discussion_r ids; Owner/Member => staff, the PR author => post author.
import { describe, expect, it } from 'vitest';
import { extractThread, detectPlatform } from '../../../lib/extract/registry';
import { SCAN_TIME } from './load';
import { CHROME_WORDS, expectedFor, loadPlatformPage, platformSnapshot } from './platform-pages';

const DIR = 'github-pr-classic';

describe('github classic pull request', () => {
  it('matches the hand-checked snapshot', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    expect(detectPlatform(doc)).toBe('github');
    const result = await extractThread(doc, { url, now: SCAN_TIME });
    expect(platformSnapshot(result)).toEqual(expectedFor(DIR));
  });

  it('reads the timeline comments, not the description', async () => {
    const { doc, url } = loadPlatformPage(DIR);
    const { thread, comments } = await extractThread(doc, { url, now: SCAN_TIME });
    expect(thread).toMatchObject({ author: 'alice', title: 'Fix timeout', excerpt: 'This PR raises the timeout.' });
    expect(comments.map((c) => [c.id, c.author, c.staff ? c.staffReason : null])).toEqual([
      ['issuecomment-111', 'bob', null],
      ['issuecomment-112', 'carol', 'platform-role'],
      ['issuecomment-113', 'alice', 'post-author'],
      ['discussion_r555', 'dave', null],
    ]);
    expect(comments[2].quotes).toEqual(['Does this need a changelog entry?']);
    expect(comments[2].text).toBe('Added one in the last commit.');
    expect(comments[3].permalink).toBe('https://github.com/acme/tool/pull/42#discussion_r555');
    for (const c of comments) expect(c.text).not.toMatch(CHROME_WORDS);
  });
});
