// Stage1st (bbs.saraba1st.com, "S1"): a Chinese gaming / anime / off-topic Discuz! forum, threads of 2021-2023.
// Source: TomoeMami/S1PlainTextArchive2023, the 2023 archive of the S1PlainTextBackup bot, which saved every thread
// that got busy (more than one page of replies) as Markdown-ish text: one folder per board (外野 off-topic, 游戏区 games,
// 漫区 anime, 手游专楼 mobile games, 虚拟主播区专楼 VTubers; threads deleted or hidden on the site sit under
// "<board>/0无法访问/"), the thread split into files of about 1500 posts named "<tid>-NN[<title>].md" (long threads
// get their own folder "<tid>[<title>]/"). Each post is
//     *****
//
//     ####  <author>
//     ##### <floor>#   [楼主]   发表于 <date>
//
//     <body: text with some raw Discuz HTML kept: <blockquote>, <img>, <strong>, <a>; links as Markdown [text](url)>
//
// Here a body is turned into the plain text a reader sees: the Discuz edit note "本帖最后由 X 于 ... 编辑" and the
// signature lines the mobile clients append ("—— 来自 ... S1Next-鹅版", "-- 来自 ... Stage1官方 Android客户端",
// "----发送自 STAGE1 App", "—— 来自 S1Fun", "论坛助手,iPhone") and the Discuz attachment boxes ("1.jpg (535.43 KB,
// 下载次数: 0) 下载附件 2023-2-6 10:35 上传") and the ratings box ("﹍﹍﹍ 评分 参与人数 ...") are dropped; a quoted
// earlier post (<blockquote> with its "X 发表于 date" link line) is kept with every non-empty line prefixed "> "; Markdown links -> their text; images
// (smileys, separators, photos; the archive keeps no alt text) are dropped; other tags dropped, entities decoded.
// Posts whose body is only the Discuz placeholder for a banned/deleted author ("提示: 作者被禁止或删除 内容自动屏蔽")
// or that end up empty (image-only posts) are skipped.
//
// Page rule (fixed, deterministic): the first file (<tid>-01[...]) of every thread at the pinned commit whose title
// (the bracketed part of the file name up to the first "]") matches, case-insensitively,
//   求助|求问|请教|问一下|问下|bug|报错|闪退|打不开|进不去|故障|出问题|坏了|电脑|显卡|硬盘|配置|驱动|浏览器|装机|固态
// (threads asking for help or about problems, hardware, software, game bugs; the words also catch some ordinary chat
// and news threads); one file per thread id (the path that sorts first); sorted by thread id; keep every 9th one,
// starting with the 4th (0-based index % 9 === 3): 13 threads from 2021-2023 over four boards. Every archived thread is
// longer than 30 posts, so only floors 1#-30# are taken (a floor that a file holds twice, once); the opening post
// (1#, 楼主) is i = 0, then reading order.
// page = the thread id.
// Staff: the archive does not mark moderators or administrators, so no comment is staff.
import type { CommentSource, RepositoryFiles, SourceComment } from './source';
import { tidyLines } from './text-lines';

const TITLE_RULE = /求助|求问|请教|问一下|问下|bug|报错|闪退|打不开|进不去|故障|出问题|坏了|电脑|显卡|硬盘|配置|驱动|浏览器|装机|固态/i;
const MAX_FLOOR = 30;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', middot: '·', mdash: '—', ndash: '–', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', times: '×' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const SIGNATURE = [
  /^\s*—— 来自 .*$/, // S1Next-鹅版, S1Fun, ...
  /^\s*\[\s*-- 来自 .*$/, // Stage1官方 Android客户端
  /^\s*-- 来自 .*$/,
  /^\s*----发送自 .*$/, // STAGE1 App for Android
  /^\s*\[?论坛助手,.*$/, // 论坛助手 (iOS)
];

/** Discuz attachment boxes: "<file name>", "(535.43 KB, 下载次数: 0)", "下载附件", "2023-2-6 10:35 上传". */
function dropAttachmentBoxes(body: string): string {
  const lines = body.split('\n');
  const keep: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (/^\s*\([\d.]+ [KMG]?B, 下载次数: \d+\)\s*$/.test(lines[k + 1] ?? '') && !/^\s*$/.test(lines[k])) {
      k++;
      continue;
    }
    if (/^\s*\([\d.]+ [KMG]?B, 下载次数: \d+\)\s*$/.test(lines[k])) continue;
    if (/^\s*下载附件\s*$/.test(lines[k]) || /^\s*\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2} 上传\s*$/.test(lines[k])) continue;
    keep.push(lines[k]);
  }
  return keep.join('\n');
}

/** Inline markup of one stretch of text (no blockquotes) -> plain lines. */
function inline(s: string): string {
  let t = s;
  t = t.replace(/<br\s*\/?>/gi, '\n');
  t = t.replace(/<img\b[^>]*>/gi, '');
  // Markdown links -> their text (the text may itself be a URL or hold spaces and " ... ").
  t = t.replace(/\[([^\]\n]*)\]\((?:[^()\s]|\([^()]*\))*\)/g, '$1');
  t = t.replace(/<\/?(p|div)\b[^>]*>/gi, '\n');
  t = t.replace(/<[^>]+>/g, '');
  t = decode(t);
  const lines = t.split('\n').filter((l) => !SIGNATURE.some((re) => re.test(l)) && !/^\s*本帖最后由 .* 编辑\s*$/.test(l));
  return lines.map((l) => l.replace(/\u00a0/g, ' ').replace(/\s+$/, '')).join('\n');
}

export function postText(body: string): string {
  const out: string[] = [];
  // The ratings box other users added ("﹍﹍﹍ 评分 参与人数 ... 查看全部评分") closes a post; it is not the post's text.
  const own = body.replace(/\r\n?/g, '\n').replace(/(^|\n)\s*﹍﹍﹍\s*\n\s*评分\s*\n[\s\S]*$/, '');
  let rest = dropAttachmentBoxes(own);
  for (;;) {
    const start = rest.search(/<blockquote>/i);
    if (start < 0) break;
    const end = rest.indexOf('</blockquote>', start);
    if (end < 0) break;
    out.push(inline(rest.slice(0, start)));
    let inner = rest.slice(start + '<blockquote>'.length, end);
    // The quote's source line "X 发表于 date" is a link; keep it as the first quoted line.
    inner = inner.replace(/<a\b[^>]*>([\s\S]*?)<\/a>/i, '$1\n');
    const quoted = inline(inner)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => '> ' + l);
    out.push('\n' + quoted.join('\n') + '\n');
    rest = rest.slice(end + '</blockquote>'.length);
  }
  out.push(inline(rest));
  return tidyLines(out.join(''), (l) => l.replace(/^[ \t]+|[ \t]+$/g, ''));
}

interface Post {
  floor: number;
  author: string;
  body: string;
}

export function parsePosts(md: string): Post[] {
  const text = md.replace(/\r\n?/g, '\n');
  const posts: Post[] = [];
  // Every post starts with "*****", a blank line, "####  author", "##### N# ...".
  const chunks = text.split(/^\*{5}\n\n(?=####\s)/m);
  for (const chunk of chunks) {
    const m = chunk.match(/^####\s+(.*?)\s*\n#####\s+(\d+)#[^\n]*\n/);
    if (!m) continue;
    posts.push({ floor: Number(m[2]), author: m[1], body: chunk.slice(m[0].length) });
  }
  return posts;
}

export function threads(files: RepositoryFiles): { tid: number; path: string }[] {
  const byTid = new Map<number, string>();
  for (const path of files.list()) {
    if (!path.endsWith('.md')) continue;
    const base = path.slice(path.lastIndexOf('/') + 1);
    const m = base.match(/^(\d+)-01\[([^\]]*)/);
    if (!m || !TITLE_RULE.test(m[2])) continue;
    const tid = Number(m[1]);
    const prev = byTid.get(tid);
    if (prev === undefined || path < prev) byTid.set(tid, path);
  }
  return [...byTid.entries()].sort((a, b) => a[0] - b[0]).map(([tid, path]) => ({ tid, path }));
}

/** The first set keeps the candidate threads at 0-based index k with k % STEP === OFFSET. */
export const STEP = 9;
export const OFFSET = 3;

/**
 * The comments of the given threads, in the given order: of each its floors 1#..maxFloor# (the first copy of a floor
 * that a file holds twice) in floor order, skipping the banned-author placeholder and posts that end up empty.
 */
export function readThreads(files: RepositoryFiles, chosen: { tid: number; path: string }[], maxFloor: number): SourceComment[] {
  const out: SourceComment[] = [];
  for (const { tid, path } of chosen) {
    // Some files hold the thread twice (the bot appended it again); the first copy of each floor counts.
    const byFloor = new Map<number, Post>();
    for (const p of parsePosts(files.read(path))) if (p.floor >= 1 && p.floor <= maxFloor && !byFloor.has(p.floor)) byFloor.set(p.floor, p);
    const posts = [...byFloor.values()].sort((a, b) => a.floor - b.floor);
    let i = 0;
    for (const p of posts) {
      const text = postText(p.body);
      if (!text || /^提示: 作者被禁止或删除 内容自动屏蔽$/.test(text)) continue;
      out.push({ page: String(tid), i: i++, text, author: p.author, staff: false });
    }
  }
  return out;
}

export default {
  id: 'stage1st-forum',
  repo: 'TomoeMami/S1PlainTextArchive2023',
  commit: '1a212a9b4355b4ddfdcdb775dcfa7493cf557622',
  read(files: RepositoryFiles): SourceComment[] {
    return readThreads(files, threads(files).filter((_t, k) => k % STEP === OFFSET), MAX_FLOOR);
  },
} satisfies CommentSource;
