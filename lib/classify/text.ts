// Text preparation: drop quoted text, normalise, and split into sentences with a fast regex splitter.
// A full NLP parse costs milliseconds per comment; this costs microseconds and is good enough for cues.

/** Comments longer than this are read only up to here: questions and reports live early, and it bounds cost. */
export const MAX_CHARS = 20_000;
/** Upper bound on sentences read per comment. */
export const MAX_SENTENCES = 120;

const QUOTE_LINE = /^\s*>/;
// phpBB / mail style "X wrote:" lines that introduce a quote.
const WROTE = 'wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef';
const WROTE_LINE = new RegExp(`^\\s*\\S.{0,80}\\b(${WROTE})\\s*:\\s*$`, 'i');
// A mail client may wrap the header: "On Thursday, November 19, 2015, Name <address>" then "wrote:" alone.
const WROTE_ALONE = new RegExp(`^\\s*(${WROTE})\\s*:\\s*$`, 'i');
const WROTE_OPENING = /^\s*(on|am|le|el|em|il|op)\s.{0,120}$/i;
const WROTE_ANYWHERE = new RegExp(WROTE, 'i');
// A mail client that quotes the earlier mail whole below a separator, without "> " marks (Outlook, Yahoo, GMX):
// everything from the separator on is the earlier mail, not the writer's words.
const SIGNATURE_LINE = /\n-- ?\n/;
const FORWARDED_MAIL = /^\s*-{2,}\s*(?:original message|mensaje original|urspr.ngliche nachricht|original nachricht|message d'origine|mensagem original|messaggio originale|oorspronkelijk bericht)\s*-{2,}/im;
/**
 * The header of a mail quoted below a top-posted reply, as Outlook and webmail write it with no "Original Message" line:
 * a From: line and, within the next three lines, a Sent:, Date:, To: or Subject: line (in the languages of the lists).
 */
const QUOTED_MAIL_HEADER =
  /^[ \t]*(?:from|von|de|da|van|od|från|fra)[ \t]*:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|enviado|fecha|para|asunto|assunto|data|inviato|oggetto|verzonden|aan|onderwerp|odesláno|komu|předmět|skickat|till|ämne|sendt|til|emne)[ \t]*:/im;

// The prompts of an issue form are the tracker's words, not the writer's: "Is your feature request related to a
// problem? Please describe." would read as a question in every feature request filed on the form.
const ISSUE_FORM_PROMPT =
  /(?:is your feature request related to a problem|is your feature related to a problem|is there an existing issue for this)\s*[?,]?(?:\s*(?:if so,? )?please describe(?: it)?\.?)?|(?:please )?describe the (?:solution|feature) you(?:'|’)?d like(?: to see added)?\.?|describe alternatives you(?:'|’)?ve considered\.?/gi;
const ISSUE_FORM_CUE = /feature (?:request )?related to a problem|existing issue for this|describe (?:the solution|the feature|alternatives)/i;

// Code is not the writer's words either: "error", "fail" and "?" in a script say nothing about what the post does.
const CODE_FENCE = /```[^\n]*\n[\s\S]*?(?:```|$)/g;
// phpBB's code box header ("Code: Select all", "Code: Alles auswählen").
const CODE_HEADER = /^\s*(?:code|kód|código|codice)\s*:\s*(?:select all|alles auswählen|tout sélectionner|seleccionar todo|seleziona tutto|selecteer alles)?\s*$/i;
// Lines that can only be batch or shell code ("@echo off", "set /a n+=1", "for %%f in", "$ npm install").
const CODE_START = /^\s*(?:@echo|echo\.|echo\s+(?:off|on)\s*$|setlocal|endlocal|set\s+(?:\/[ap]\s|"?[\w.$]+=)|rem\s|goto\s|call\s+:|if\s+(?:not\s+)?(?:errorlevel|exist|defined)\s|for\s+(?:\/[a-z]|%)|:[a-z_]\w*\s*$|\$\s+\S|#include|<\/?[a-z][\w-]*[^>]*>\s*$|[{}\]);]+\s*$)/i;
const CODE_SYMBOL = /[{}()[\];=<>%$\\|&^*#@"`~]/g;
// A run of five ordinary words: prose (ends a code box).
const PROSE_RUN = /(?:\p{L}{2,}[,;:]? ){4}\p{L}{2,}/u;
const WORD = /\p{L}{2,}/gu;
const LETTER_CHAR = /\p{L}/gu;

/** True for a line that reads as code or a command rather than prose. */
function looksLikeCode(line: string): boolean {
  const t = line.trim();
  if (t.length < 3) return false;
  if (CODE_START.test(t)) return true;
  // Mostly letters in five words or more: prose, whatever its brackets and quotes.
  const words = t.match(WORD)?.length ?? 0;
  const letters = t.match(LETTER_CHAR)?.length ?? 0;
  if (words >= 5 && letters >= 0.7 * t.replace(/\s/g, '').length) return false;
  const symbols = t.match(CODE_SYMBOL)?.length ?? 0;
  return symbols >= 3 && symbols / t.length >= 0.12;
}

/**
 * Lines without code. After a code box header everything is code until a blank line is followed by prose
 * (the box has no closing marker once the page is text).
 */
function dropCode(lines: string[]): string[] {
  const kept: string[] = [];
  let inBox = false;
  let blank = false;
  for (const line of lines) {
    const t = line.trim();
    if (CODE_HEADER.test(t)) {
      inBox = true;
      blank = false;
      continue;
    }
    const code = looksLikeCode(t);
    if (inBox) {
      if (!t) blank = true;
      else if (blank && !code && (PROSE_RUN.test(t) || /[.!?:]$/.test(t))) inBox = false;
      else blank = false;
      if (inBox) continue;
    }
    if (!code) kept.push(line);
  }
  return kept;
}

/**
 * Where a reply written above the mail it answers quotes that mail whole below an "X wrote:" line, without "> " marks
 * (a phone's mail app, Outlook): the line where that header starts, or -1. Only where the writer's own words come
 * first and no line below is marked as quoted (interleaved answers keep their "> " lines and are read as before).
 */
function topPostedHeader(lines: string[]): number {
  for (let i = 1; i < lines.length; i++) {
    const alone = WROTE_ALONE.test(lines[i]);
    if (!alone && !WROTE_LINE.test(lines[i])) continue;
    const start = alone && WROTE_OPENING.test(lines[i - 1]) ? i - 1 : i;
    const below = lines.slice(i + 1);
    if (below.some((line) => QUOTE_LINE.test(line))) return -1;
    const own = lines.slice(0, start).filter((line) => !QUOTE_LINE.test(line));
    if (own.some((line) => /[\p{L}\p{N}]/u.test(line)) && below.some((line) => /\p{L}/u.test(line))) return start;
  }
  return -1;
}

/** "Sent from my iPhone", "Envoyé de mon iPad", "Von meinem iPhone gesendet", on a line of its own. */
const MOBILE_SIGN_OFF =
  /^[ \t]*(?:sent from my|enviado desde mi|enviado do meu|envoyé de mon|inviato da(?:l mio)?|verzonden met|wysłane z(?: mojego)?) [^\n]{1,60}$|^[ \t]*von meinem [^\n]{1,40} gesendet[ \t]*$/gim;

/**
 * The commenter's own words: quoted lines and their "X wrote:" headers removed, an earlier mail forwarded below an
 * "Original Message" line removed, code dropped, the prompts of an issue form dropped, control characters dropped.
 */
export function ownWords(raw: string): string {
  let text = typeof raw === 'string' ? raw : String(raw ?? '');
  if (text.length > MAX_CHARS) text = text.slice(0, MAX_CHARS);
  // A run of marks longer than any writer means ("!!!!…", "?!?!…", "……") is cut to its first 19 and its last: the
  // sentence splitter tries every split of a run from every mark in it, so a hostile run of 19,000 not followed by a
  // space took over two minutes; 20 marks at most keep that to a few steps.
  if (LONG_MARK_RUN.test(text)) text = text.replace(LONG_MARK_RUN_ALL, (run) => run.slice(0, 19) + run[run.length - 1]);
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff\u200b]/g, ' ');
  // Every quote header ends in a colon: without '>' or ':' there is nothing to take out (and the case-blind search for
  // "wrote" is one of the dearer regexes on a long comment).
  if (text.includes('>') || (text.includes(':') && WROTE_ANYWHERE.test(text))) {
    const kept: string[] = [];
    const lines = text.split('\n');
    // A top-posted quote sits below an "X wrote:" line: without that word there is none to look for.
    const header = WROTE_ANYWHERE.test(text) ? topPostedHeader(lines) : -1;
    for (const line of header >= 0 ? lines.slice(0, header) : lines) {
      if (QUOTE_LINE.test(line) || WROTE_LINE.test(line)) continue;
      if (WROTE_ALONE.test(line)) {
        if (kept.length && WROTE_OPENING.test(kept[kept.length - 1])) kept.pop();
        continue;
      }
      kept.push(line);
    }
    const joined = kept.join('\n');
    // A comment that is all quote keeps its text rather than becoming empty.
    if (joined.trim()) text = joined;
  }
  if (ISSUE_FORM_CUE.test(text)) text = text.replace(ISSUE_FORM_PROMPT, '\n');
  if (text.includes('--')) {
    const at = text.search(FORWARDED_MAIL);
    // A comment that is all forwarded mail keeps its text rather than becoming empty.
    if (at > 0 && text.slice(0, at).trim()) text = text.slice(0, at);
  }
  if (text.includes(':') && text.includes('\n')) {
    const at = text.search(QUOTED_MAIL_HEADER);
    // Only below words of the writer's own: not below a bare "Original Message" line or a rule of underscores.
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.slice(0, at).replace(FORWARDED_MAIL, ''))) text = text.slice(0, at);
  }
  // A phone's sign-off ("Sent from my BlackBerry® wireless device", whose ® lists often turn into "?") says nothing.
  text = text.replace(MOBILE_SIGN_OFF, '\n');
  // A mail signature below the "-- " line (a name, a company, a disclaimer, "Thanks! & 73") is no part of the message.
  if (text.includes('\n--')) {
    const at = text.search(SIGNATURE_LINE);
    if (at > 0 && text.slice(0, at).trim()) text = text.slice(0, at);
  }
  // A fence spans lines, so a one-line comment has neither a fence nor a code box.
  if (text.includes('\n')) {
    const prose = dropCode(text.replace(CODE_FENCE, '\n').split('\n')).join('\n');
    // A comment that is all code keeps its text rather than becoming empty.
    if (prose.trim()) text = prose;
  }
  return text;
}

// Sentence ends: Western punctuation followed by space/end, or CJK full-width punctuation (no space needed).
// Ellipses and runs ("?!", "!!!") stay with their sentence.
// Casual writing also ends sentences with no space ("birthday.Hope to hear from you!Thanks!") and with an
// ellipsis character: both split only between words, so "Node.JS", "e.g.Foo" and "3.5" stay whole.
// Sticky: it is tried only where a sentence end can start (see splitSentences).
const SENTENCE_END = /([.!?¿¡]*[!?]+[)"'”’]*(?=\s|$)|\.{1,}[)"'”’]*(?=\s)|(?<=\p{Ll}{2})[.!?]+(?=\p{Lu}\p{Ll})|…+[)"'”’]*(?=\s)|[。！？]+[」』）]*|[.]\s*$)\s*|\n\s*/uy;
/**
 * True for the characters a match of SENTENCE_END starts with (each of its alternatives opens with one of them). A
 * regex searching for its next match tried all of its alternatives at every character of the text; the splitter
 * instead looks for these characters and tries the regex only there, which finds the same matches.
 */
function mayEndSentence(unit: number): boolean {
  switch (unit) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x0a: // newline
    case 0xbf: // ¿
    case 0xa1: // ¡
    case 0x2026: // …
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
      return true;
    default:
      return false;
  }
}
// A single capital and a period is a name's initial ("Jacek K. und Pavel K."), not a sentence end.
const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;
// "am 3. Oktober", "1. Klasse": a German ordinal, not a sentence end.
const ORDINAL = /(?:^|\s)\d{1,2}\.$/;
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|no|nr|ca|bzw|usw|z\.b|u\.a|d\.h|approx|incl|ex)\.)$/i;

const LONG_MARK_RUN = /[.!?¿¡…]{21,}/;
const LONG_MARK_RUN_ALL = /[.!?¿¡…]{21,}/g;

/** Split into trimmed, non-empty sentences (at most MAX_SENTENCES). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let pending = '';
  // Every match is at least one character long, so the search goes on where the last match ended.
  for (let at = 0; at < text.length; ) {
    if (!mayEndSentence(text.charCodeAt(at))) {
      at++;
      continue;
    }
    SENTENCE_END.lastIndex = at;
    const match = SENTENCE_END.exec(text);
    if (match === null) {
      at++;
      continue;
    }
    const end = at + match[0].length;
    at = end;
    const piece = pending + text.slice(start, end);
    start = end;
    const trimmed = piece.trim();
    // Keep "e.g." and similar abbreviations attached to what follows (only for a plain period).
    if (!match[0].includes('\n') && trimmed.endsWith('.') && (ABBREVIATION.test(trimmed) || INITIAL.test(trimmed) || (ORDINAL.test(trimmed) && /^\s*\p{Lu}/u.test(text.slice(end))))) {
      pending = piece;
      continue;
    }
    pending = '';
    keepSentence(out, trimmed);
    if (out.length >= MAX_SENTENCES) return out;
  }
  // The loop returns once MAX_SENTENCES are kept, so the rest always has room.
  keepSentence(out, (pending + text.slice(start)).trim());
  return out;
}

/** A piece with words becomes a sentence; a "?" or "!" left on its own ends the sentence before it. */
function keepSentence(out: string[], piece: string): void {
  if (out.length && BARE_END_MARK.test(piece)) out[out.length - 1] += ' ' + piece;
  else if (hasContent(piece)) out.push(piece);
}

// A "?" or "!" left alone after an ellipsis or a bracket ("… la seedbox, etc...) ?", "Tu sais où… ?") ends the
// sentence before it: split off, it would take the question with it.
const BARE_END_MARK = /^[)\]"'”’»」』）.…\s]*[?？!！][?？!！.…\s]*$/u;

function hasContent(s: string): boolean {
  return s.length > 0 && /[^\s.,;:!?\-–—_*~=]/.test(s);
}
