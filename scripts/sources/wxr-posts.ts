// The comments of a WordPress export grouped by post, the way most WXR readers choose them: the items a reader keeps,
// each with its approved comments (not pingbacks or trackbacks) turned into text, those a reader keeps in
// chronological order (comment date GMT, then comment id) and at most `most` of them; posts without any kept comment
// dropped, the rest sorted by post date (then post id). What differs between readers (which items, which comments,
// the text conversion) is passed in.
import { isPingbackType } from './pingback';
import { wxrElements, wxrField } from './wxr';

export interface WxrComment { id: number; date: string; author: string; userId: string; text: string }
export interface WxrPost { id: number; date: string; item: string; comments: WxrComment[] }

export interface WxrPostsOptions {
  /** Items to read (e.g. published posts); `item` is the raw <item> chunk, for wxrField. */
  keepItem: (item: string) => boolean;
  /** A comment's HTML (wp:comment_content) as text. */
  toText: (html: string) => string;
  /** Comments to keep once read (not empty, not spam, ...). */
  keepComment: (c: WxrComment) => boolean;
  /** How many comments of a post are kept at most (its first ones). */
  most?: number;
}

const byDateThenId = (a: { date: string; id: number }, b: { date: string; id: number }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;

export function wxrPosts(xml: string, { keepItem, toText, keepComment, most = 20 }: WxrPostsOptions): WxrPost[] {
  const posts: WxrPost[] = [];
  for (const item of wxrElements(xml, 'item')) {
    if (!keepItem(item)) continue;
    const comments = wxrElements(item, 'wp:comment')
      .filter((c) => wxrField(c, 'wp:comment_approved') === '1' && !isPingbackType(wxrField(c, 'wp:comment_type')))
      .map((c) => ({
        id: Number(wxrField(c, 'wp:comment_id')),
        date: wxrField(c, 'wp:comment_date_gmt'),
        author: wxrField(c, 'wp:comment_author').trim(),
        userId: wxrField(c, 'wp:comment_user_id'),
        text: toText(wxrField(c, 'wp:comment_content')),
      }))
      .filter(keepComment)
      .sort(byDateThenId);
    if (!comments.length) continue;
    posts.push({ id: Number(wxrField(item, 'wp:post_id')), date: wxrField(item, 'wp:post_date'), item, comments: comments.slice(0, most) });
  }
  return posts.sort(byDateThenId);
}
