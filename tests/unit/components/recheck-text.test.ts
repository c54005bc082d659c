// The re-check toast says how many threads were read, what they brought, and names each thread that could not be read.
import { describe, expect, it } from 'vitest';
import { recheckNotice } from '../../../components/recheckText';
import { setLocale } from '../../../lib/i18n';

describe('recheckNotice', () => {
  it('counts in words that agree with their numbers, and lists each failure with its reason', () => {
    setLocale('en');
    expect(recheckNotice({ checked: 1, newFollowUps: 0, reopened: 0, failed: [] })).toEqual(['Re-checked 1 tracked thread: 0 new follow-ups', undefined, null]);
    const [message, , detail] = recheckNotice({
      checked: 2,
      newFollowUps: 1,
      reopened: 1,
      failed: [{ url: 'https://forum.example.org/t/1', title: 'Backups fail', reason: { key: 'note.recheckHttp', vars: { status: 404 } } }],
    });
    expect(message).toBe('Re-checked 2 tracked threads: 1 new follow-up; 1 reopened: edited with a new question or report after staff closed it; 1 could not be read');
    expect(detail).toBe('Backups fail: the page answered HTTP 404');
  });

  it("names the reasons in the UI's language", () => {
    setLocale('es');
    const [, , detail] = recheckNotice({
      checked: 0,
      newFollowUps: 0,
      reopened: 0,
      failed: [
        { url: 'https://forum.example.org/t/1', title: 'Backups fail', reason: { key: 'note.recheckHttp', vars: { status: 404 } } },
        { url: 'https://forum.example.org/t/2', title: 'Sync', reason: { key: 'note.recheckNotAllowed', vars: {} } },
      ],
    });
    setLocale('en');
    expect(detail).toBe('Backups fail: la página respondió HTTP 404\nSync: Threadsift no puede leer este sitio en segundo plano: permítelo en Opciones → Sitios seguidos y permisos');
  });
});
