// The marker a list item gets in plain text: "- " in a bulleted list, "N. " in a numbered one, numbered as the page
// showed it. Shared by the readers that keep lists visible as lists.

export interface ListMarkOptions {
  /** Count from the <ol>'s `start` attribute (kramdown and Discourse write one when a list does not begin at 1). */
  fromStart?: boolean;
}

export function listMark(li: any, { fromStart = false }: ListMarkOptions = {}): string {
  const list = li.parentNode;
  if (!list?.tagName || String(list.tagName).toUpperCase() !== 'OL') return '- ';
  const items = Array.from(list.children as any[]).filter((c) => String(c.tagName).toUpperCase() === 'LI');
  const start = fromStart ? Number(list.getAttribute('start') ?? '1') || 1 : 1;
  return `${items.indexOf(li) + start}. `;
}
