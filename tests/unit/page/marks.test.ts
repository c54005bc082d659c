// @vitest-environment jsdom
// In-page marks on a page that does not play along: a broken escape in one permalink costs no other mark.
import { describe, expect, it } from 'vitest';
import { applyMarks, findCommentElement } from '../../../lib/page/marks';

describe('in-page marks', () => {
  it('a permalink with a broken escape is taken as written, and the other marks are still drawn', () => {
    document.body.innerHTML = '<div id="c1">First</div><div id="c2">Second</div>';
    const marked = applyMarks(document, [
      { id: 'c1', labels: ['question'], open: true, permalink: 'https://blog.example.org/post#%E0%A4%A' },
      { id: 'c2', labels: ['bug'], open: true, permalink: 'https://blog.example.org/post#c2' },
    ]);
    expect(marked).toBe(2);
    expect(document.querySelectorAll('[data-threadsift-mark]')).toHaveLength(2);
    expect(findCommentElement(document, 'nope', 'https://blog.example.org/post#%E0%A4%A')).toBeNull();
  });

  it('marks are found again by their attribute, whatever their element name', () => {
    document.body.innerHTML = '<div id="c1">First</div>';
    applyMarks(document, [{ id: 'c1', labels: ['thanks'], open: false }]);
    applyMarks(document, [{ id: 'c1', labels: ['question'], open: true }]);
    const hosts = document.querySelectorAll('[data-threadsift-mark]');
    expect(hosts).toHaveLength(1);
    expect(hosts[0].localName).toMatch(/^threadsift-mark-[0-9a-f]{12}$/);
  });

  it('draws each set of marks under a new element name, so an earlier scan does not give the next one away', () => {
    document.body.innerHTML = '<div id="c1">First</div>';
    applyMarks(document, [{ id: 'c1', labels: ['thanks'], open: false }]);
    const first = document.querySelector('[data-threadsift-mark]')!.localName;
    applyMarks(document, [{ id: 'c1', labels: ['thanks'], open: false }]);
    expect(document.querySelector('[data-threadsift-mark]')!.localName).not.toBe(first);
  });
});
