// iNaturalist blog/journal comments, on pages built from fixtures/inaturalist/MARKUP.md in three locales.
import { describe, expect, it } from 'vitest';
import { detectPlatform, extractThread } from '../../../lib/extract/registry';
import { htmlDoc, SCAN_TIME } from './load';

const LOCALES = {
  en: { postedBy: 'Posted by', ago: 'about 2 years ago', on: 'Posted on', by: 'by' },
  es: { postedBy: 'Publicado por', ago: 'hace alrededor de 2 años', on: 'Publicado el', by: 'por' },
  de: { postedBy: 'Gepostet von', ago: 'vor etwa 2 Jahren', on: 'Gepostet am', by: 'von' },
};

function comment(uuid: string, login: string, userId: number, iso: string, ago: string, postedBy: string, body: string, hidden = false) {
  const visible = login.toLowerCase().slice(0, 20) + (login.length > 20 ? '...' : '');
  return `<div class="odd"><div id="activity_comment_${uuid}" class="comment_activity_item item clear stacked">
  <div class="item_user column"><a href="https://www.inaturalist.org/people/${login}" title="${login}"><div class="user_image usericon"></div></a></div>
  <div class="item_content last column"><div class="readable body${hidden ? ' content-hidden' : ''}">${body}</div>
  <div class="meta">${postedBy} <a href="/people/${userId}">${visible}</a> <span class="when"><abbr class="date timeago" title="${iso}">${ago}</abbr></span>
  <span class="comment_actions">Edit | Delete | Flag</span></div></div></div></div>`;
}

function page(locale: keyof typeof LOCALES, host: string) {
  const l = LOCALES[locale];
  return `<!doctype html><html lang="${locale}"><head><title>Blog</title></head><body><div class="container"><div class="row"><div class="col-md-8">
  <div class="post"><h2>City Nature Challenge 2024</h2><div class="body"><p>Results are in.</p></div></div>
  <div id="postmeta" class="description">${l.on} <span class="date">May 1, 2024</span> ${l.by} <a href="/people/tiwane">tiwane</a></div>
  <div id="comments"><h3>Comments</h3>
  ${comment('0b1c2d3e-0000-4000-8000-000000000001', 'VeryLongLoginNameForTesting42', 101, '2024-05-02T10:11:12-07:00', l.ago, l.postedBy, '<p>Great results! Where can I see the <a href="/people/x">@x</a> totals?</p>')}
  ${comment('0b1c2d3e-0000-4000-8000-000000000002', 'tiwane', 5, '2024-05-03T08:00:00-07:00', l.ago, l.postedBy, '<p>On the project page.</p>')}
  ${comment('0b1c2d3e-0000-4000-8000-000000000003', 'someone', 7, '2024-05-04T08:00:00-07:00', l.ago, l.postedBy, '<p>spam</p>', true)}
  <div id="new-comment"><h3>Add a Comment</h3><form><textarea></textarea></form></div></div></div></div></div></body></html>`;
}

describe('inaturalist', () => {
  for (const [locale, host] of [['en', 'www.inaturalist.org'], ['es', 'www.naturalista.mx'], ['de', 'www.inaturalist.org']] as const) {
    it(`reads real logins, times and the post author as staff (${locale}, ${host})`, async () => {
      const doc = htmlDoc(page(locale, host), `https://${host}/blog/12345-city-nature-challenge-2024?locale=${locale}`);
      expect(detectPlatform(doc)).toBe('inaturalist');
      const result = await extractThread(doc, { url: doc.URL, now: SCAN_TIME });
      expect(result.thread.platform).toBe('inaturalist');
      expect(result.thread.author).toBe('tiwane');
      expect(result.comments.map((c) => c.author)).toEqual(['VeryLongLoginNameForTesting42', 'tiwane', 'someone']);
      expect(result.comments[0].publishedAt).toBe('2024-05-02T17:11:12.000Z');
      expect(result.comments[0].text).toBe('Great results! Where can I see the @x totals?');
      expect(result.comments[0].id).toBe('activity_comment_0b1c2d3e-0000-4000-8000-000000000001');
      expect(result.comments[0].permalink).toContain('#activity_comment_0b1c2d3e');
      expect(result.comments.map((c) => c.staff)).toEqual([false, true, false]);
      expect(result.comments[1].staffReason).toBe('post-author');
      expect(result.comments[2].hidden).toBe(true);
      expect(result.comments[0].lang).toBe(locale);
    });
  }
});
