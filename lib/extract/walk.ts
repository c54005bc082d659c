// Element walks by child, sibling and parent links: the one way that is fast in every DOM the readers run on
// (linkedom keeps nodes in linked lists, has no getElementsByTagName('*'), and indexed collections are slow).

/** The element after `el` in a depth-first walk of root's descendants, or null when the walk is done. */
export function nextInWalk(el: Element, root: Element): Element | null {
  // Each accessor is read once per step: they walk linked lists in linkedom.
  const child = el.firstElementChild;
  if (child) return child;
  let at: Element | null = el;
  let next: Element | null = at.nextElementSibling;
  while (!next) {
    at = at.parentElement;
    if (!at || at === root) return null;
    next = at.nextElementSibling;
  }
  return next;
}

/**
 * root's descendants in document order (root itself first when `withRoot`), with ends[i], the index just past
 * element i's last descendant, so any subtree is a slice of the list.
 */
export function indexTree(root: Element | null, withRoot = false): { elements: Element[]; ends: number[] } {
  const elements: Element[] = [];
  const ends: number[] = [];
  // Indices of the elements whose children are being listed.
  const open: number[] = [];
  // Below root, a top element's siblings are part of the walk; root's own siblings are not.
  const followTop = !withRoot;
  let el: Element | null = root ? (withRoot ? root : root.firstElementChild) : null;
  while (el) {
    const i = elements.length;
    elements.push(el);
    ends.push(i + 1);
    const child: Element | null = el.firstElementChild;
    if (child) {
      open.push(i);
      el = child;
      continue;
    }
    let at: Element = el;
    let next: Element | null = open.length || followTop ? at.nextElementSibling : null;
    // Climb out of finished subtrees; `open` holds exactly the ancestors still being listed.
    while (!next && open.length) {
      ends[open.pop()!] = elements.length;
      at = at.parentElement!;
      next = open.length || followTop ? at.nextElementSibling : null;
    }
    el = next;
  }
  return { elements, ends };
}

/** Same as getAttribute('class') ?? '', cheaper in linkedom, whose getAttribute('class') builds a string even for none. */
export function classOf(el: Element): string {
  return el.hasAttribute('class') ? el.getAttribute('class') ?? '' : '';
}
