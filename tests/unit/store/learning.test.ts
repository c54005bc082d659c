// idb recognises requests by the global IDB* classes, so Node needs fake-indexeddb's globals too.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { CorrectionsFileError, exportCorrections, mergeCorrections, parseCorrections } from '../../../lib/store/learning';
import { openStore } from '../../../lib/store/store';

describe('corrections files', () => {
  it('export, then import into another store, keeps every correction', async () => {
    const source = await openStore({ factory: new IDBFactory() });
    await source.addCorrection({ text: 'Is it just me or is the export broken?', labels: ['bug', 'question'], site: 'forum.example.net' });
    await source.addCorrection({ text: 'Danke, klappt jetzt!', labels: ['thanks'], site: 'blog.example.de' });
    const file = exportCorrections(await source.listCorrections());
    source.close();

    const target = await openStore({ factory: new IDBFactory() });
    await target.addCorrection({ text: 'Danke, klappt jetzt!', labels: ['other'], site: 'blog.example.de' });
    await target.addCorrection({ text: 'Local only', labels: ['other'], site: 'x' });
    await target.replaceCorrections(mergeCorrections(await target.listCorrections(), parseCorrections(file)));
    const byText = new Map((await target.listCorrections()).map((c) => [c.text, c.labels]));
    expect(byText).toEqual(new Map([
      ['Is it just me or is the export broken?', ['bug', 'question']],
      ['Danke, klappt jetzt!', ['thanks']],
      ['Local only', ['other']],
    ]));
    target.close();
  });

  it('recomputes ids from the text, so a hand-edited file cannot hold two corrections for one text', () => {
    const file = {
      format: 'threadsift-corrections', version: 1, exportedAt: '2024-01-01T00:00:00Z',
      corrections: [
        { id: 'a', text: 'same', labels: ['other'], site: 's', createdAt: '2024-01-01T00:00:00Z' },
        { id: 'b', text: 'same', labels: ['thanks'], site: 's', createdAt: '2024-01-02T00:00:00Z' },
      ],
    };
    const parsed = parseCorrections(file);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].labels).toEqual(['thanks']);
    expect(parsed[0].id).not.toBe('b');
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['a backup file', JSON.stringify({ format: 'threadsift-backup' }), /not a Threadsift corrections file/],
    ['a newer version', JSON.stringify({ format: 'threadsift-corrections', version: 9, corrections: [] }), /newer version/],
    ['a bad label', JSON.stringify({ format: 'threadsift-corrections', version: 1, corrections: [{ id: 'x', text: 't', labels: ['spam'], site: 's', createdAt: '2024-01-01T00:00:00Z' }] }), /unknown label/],
    ['a missing text', JSON.stringify({ format: 'threadsift-corrections', version: 1, corrections: [{ id: 'x', labels: ['bug'], site: 's', createdAt: '2024-01-01T00:00:00Z' }] }), /corrections\[0\]\.text/],
  ])('rejects %s with a clear message', (_name, input, message) => {
    expect(() => parseCorrections(input)).toThrow(CorrectionsFileError);
    expect(() => parseCorrections(input)).toThrow(message);
  });
});
