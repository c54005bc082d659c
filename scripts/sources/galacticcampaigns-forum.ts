// Galactic Campaigns (galacticcampaigns.com): a phpBB3 community for play-by-post Star Wars roleplaying, 2007-2014,
// English. Source: GalacticCampaigns/ForumArchive, the forum exported from its phpBB SQL database to Markdown, one file
// per topic, `<Category>/<Forum>/[Archive/]<Title>_<topicId>.md`. Each post starts with a header line
// `### **<author>** (<yyyy-mm-dd hh:mm:ss>)`, posts are separated by `---`, a post whose subject is not the topic's
// shows it as a `## <subject>` line before its header (forum chrome, dropped), and the file ends with an export stamp
// `<span ...>***Last Modified**: ...</span>` (dropped).
//
// Boards used: the site's own help and service boards, where members report problems with the forum, chat room, themes
// and features and the administrators answer: General/Website_Discussion_and_Support (incl. its Archive) and
// General/Site_News (feature and maintenance announcements by the staff, with members' replies: problems, questions,
// thanks; incl. its Archive).
//
// Page rule (fixed, deterministic): every topic file under those two folders with 2 to 30 posts (opener included),
// sorted by phpBB topic id; all posts of each, the opener as i = 0. page = the topic id.
//
// Text: the Markdown as a reader of the forum sees it: phpBB's HTML comments (<!-- s:) -->, <!-- m -->, <!-- l -->)
// dropped; smiley images -> their alt text (":)", "=>"); other images dropped; links -> their text; <span>, <div>,
// <details> tags dropped (a spoiler's <summary> stays as a line); bold/italic marks dropped; list bullets "* " -> "- ";
// code fences dropped, code kept as is; quotes kept, each line "> " (phpBB's "X wrote:" header kept, the blank ">"
// after it dropped); entities decoded. The "[ Post made via Mobile Device ]" line phpBB's mobile style adds and the
// "Sent from my iPhone using Tapatalk" line the Tapatalk app adds are dropped.
// Posts left empty are skipped (i counts only kept posts).
//
// Staff: the archive has no rank marks, so staff = the site's administrators and moderators, i.e. everyone who posted
// in the private Private_Forums/Moderator_Discussion board (and named there in "Meet the Team"): Rowen (creator,
// admin), master_Tru (admin), Alicia (site administrator), simplyscribed (global moderator), Yogi, Anazider,
// DarthAnthrax, MoDaVader (moderators). "Anonymous" is phpBB's name for posts of deleted accounts: not staff.
import { decodeXmlSteps } from './xml-entities';
import type { CommentSource, RepositoryFiles, SourceComment } from './source';

const STAFF = new Set(['Rowen', 'master_Tru', 'Alicia', 'simplyscribed', 'Yogi', 'Anazider', 'DarthAnthrax', 'MoDaVader']);
const BOARDS = ['General/Website_Discussion_and_Support/', 'General/Site_News/'];
const HEADER = /^### \*\*(.+?)\*\* \((\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)\)\s*$/;

const decode = (s: string) => decodeXmlSteps(s).replace(/&ndash;/g, '\u2013').replace(/&mdash;/g, '\u2014').replace(/&nbsp;/g, '\u00a0');

function isSmiley(url: string): boolean {
  return /\/icon[-_][^/]*\.gif$/i.test(url);
}

function inline(s: string): string {
  return (
    s
      // smileys and other images
      .replace(/!\[([^\]]*)\]\(([^)\s]*)(?: "[^"]*")?\)/g, (_m, alt: string, url: string) =>
        isSmiley(url) ? decode(decode(alt)) : '',
      )
      // phpBB's HTML comments (also with en dashes, as some were stored)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<!–[\s\S]*?–>/g, '')
      .replace(/<summary>([\s\S]*?)<\/summary>/g, '$1\n')
      .replace(/<\/?(?:span|div|details|summary)\b[^>]*>/g, '')
      // links -> their text
      .replace(/\[((?:[^[\]]|\[[^[\]]*\])*)\]\(([^)\s]*)(?: "[^"]*")?\)/g, '$1')
      // emphasis
      .replace(/\*\*\*(?=\S)([\s\S]*?\S)\*\*\*/g, '$1')
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
      .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/gm, '$1$2')
  );
}

/** One post's Markdown body as plain text. */
function postText(lines: string[]): string {
  const out: string[] = [];
  let code: string[] | null = null;
  let prose: string[] = [];
  const flush = () => {
    if (!prose.length) return;
    // bullets before emphasis, so "* item" is not taken for an emphasis mark
    const md = prose.map((l) => l.replace(/^(\s*(?:>\s?)*)\* /, '$1- ')).join('\n');
    // comments stored with entities ("<!&ndash; s:) &ndash;>") show up only once decoded
    out.push(...decode(inline(md)).replace(/<!–[\s\S]*?–>/g, '').split('\n'));
    prose = [];
  };
  for (const line of lines) {
    const fence = line.match(/^(\s*(?:>\s?)*)```/);
    if (fence) {
      if (code) {
        out.push(...code);
        code = null;
      } else {
        flush();
        code = [];
      }
      continue;
    }
    if (code) code.push(line);
    else prose.push(line);
  }
  if (code) out.push(...code);
  flush();
  const kept = out
    .map((l) => l.replace(/[ \t\u00a0]+$/g, ''))
    .filter((l) => !/^\s*\[ Post made via Mobile Device \]\s*$/.test(l))
    // the line Tapatalk (the forum's mobile app) appends to posts made with it
    .filter((l) => !/^Sent from my .* using Tapatalk( \d+)?$/.test(l))
    // the blank quote line phpBB's export puts after "X wrote:", and blank lines inside quotes
    .filter((l) => !/^(?:>\s?)+$/.test(l))
    .map((l) => l.replace(/^((?:> ?)+)/, (m) => '> '.repeat((m.match(/>/g) ?? []).length)));
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

interface Post {
  author: string;
  text: string;
}

function parseTopic(md: string): Post[] {
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  // the export stamp at the end of the file
  while (lines.length && (!lines[lines.length - 1].trim() || /\*\*\*Last Modified\*\*/.test(lines[lines.length - 1]))) lines.pop();
  const heads: number[] = [];
  lines.forEach((l, k) => HEADER.test(l) && heads.push(k));
  return heads.map((h, n) => {
    const body = lines.slice(h + 1, n + 1 < heads.length ? heads[n + 1] : lines.length);
    const trim = () => {
      while (body.length && !body[body.length - 1].trim()) body.pop();
    };
    trim();
    if (n + 1 < heads.length) {
      if (body.length && /^## /.test(body[body.length - 1])) body.pop();
      trim();
      if (body.length && body[body.length - 1].trim() === '---') body.pop();
    }
    return { author: lines[h].match(HEADER)![1], text: postText(body) };
  });
}

export default {
  id: 'galacticcampaigns-forum',
  repo: 'GalacticCampaigns/ForumArchive',
  commit: '68cc53bda594a1e5774a3f777535e8b84b0d2ae4',
  read(files: RepositoryFiles): SourceComment[] {
    const topics = BOARDS.flatMap((b) => files.list(b))
      .filter((p) => /_(\d+)\.md$/.test(p))
      .map((p) => ({ id: Number(p.match(/_(\d+)\.md$/)![1]), posts: parseTopic(files.read(p)) }))
      .filter((t) => t.posts.length >= 2 && t.posts.length <= 30)
      .sort((a, b) => a.id - b.id);
    const out: SourceComment[] = [];
    for (const t of topics) {
      let i = 0;
      for (const p of t.posts) {
        if (!p.text) continue;
        out.push({ page: String(t.id), i: i++, text: p.text, author: p.author, staff: STAFF.has(p.author) });
      }
    }
    return out;
  },
} satisfies CommentSource;
