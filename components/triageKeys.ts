// The dashboard's keyboard map, as a pure function so it is tested without a DOM.

export type TriageKeyAction =
  | 'next' | 'prev' | 'answered' | 'dismiss' | 'snooze' | 'undo' | 'select' | 'selectRange'
  | 'search' | 'help' | 'openThread' | 'reveal' | 'relabel' | 'escape' | 'first' | 'last';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** `inTextField`: focus is in an input, textarea or select, where letters are typing, not commands. */
export function keyAction(event: KeyLike, inTextField: boolean): TriageKeyAction | null {
  if (event.key === 'Escape') return 'escape';
  if (inTextField || event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'j': case 'ArrowDown': return 'next';
    case 'k': case 'ArrowUp': return 'prev';
    case 'a': return 'answered';
    case 'd': return 'dismiss';
    case 's': return 'snooze';
    case 'u': return 'undo';
    case 'x': case ' ': return 'select';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'X': return 'selectRange';
    case '/': return 'search';
    case '?': return 'help';
    case 'Enter': return 'openThread';
    case 'o': return 'reveal';
    case 'l': return 'relabel';
    default: return null;
  }
}

export function isTextField(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const element = target as HTMLElement;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return type !== 'checkbox' && type !== 'radio' && type !== 'button';
  }
  return element.isContentEditable === true;
}

/** Snooze default: the start of tomorrow, local time. */
export function tomorrow(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 0);
}

/** `<input type=date>` value (local date) to an ISO instant at local midnight, or null. */
export function dateInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** ISO instant to an `<input type=date>` value in local time. */
export function isoToDateInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
