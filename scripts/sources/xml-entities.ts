// XML entities decoded one kind after another (numeric references, then the named ones, "&amp;" last), as the readers
// of hand-written XML data files (rarous's Texy export, erikmoberg's comment files) first did. Unlike wxr.ts's
// one-pass xmlDecode, a numeric reference to "&" can start a named entity that is then decoded too; the labelled
// texts are what this reading gave, so it stays as it is.
export function decodeXmlSteps(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
