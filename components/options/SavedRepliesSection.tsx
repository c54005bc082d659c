// Saved replies: canned answers the dashboard offers when replying to a comment.
import { useRef, useState } from 'preact/hooks';
import type { SavedReply, Settings } from '../../lib/store/types';
import { t } from '../../lib/i18n';
import { errorLine } from '../errorText';
import { focusFirst, focusWasOn } from './focus';
import { StatusRegion, type Notice, type Save } from './sectionParts';

export function SavedRepliesSection(props: { settings: Settings; onSave: Save }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const replies = props.settings.savedReplies;
  const saveReplies = async (savedReplies: SavedReply[]): Promise<boolean> => {
    try {
      await props.onSave({ savedReplies });
      setNotice(null);
      return true;
    } catch (e) {
      setNotice({ kind: 'error', text: errorLine(e) });
      return false;
    }
  };
  const add = async (event: Event) => {
    event.preventDefault();
    if (!title.trim() || !body.trim()) return;
    const reply: SavedReply = { id: `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, title: title.trim(), body };
    // On failure the form keeps the reply, so it is not lost.
    if (await saveReplies([...replies, reply])) {
      setTitle('');
      setBody('');
    }
  };
  /** After a deletion, focus goes to the next reply's ×, else the previous one's, else the Title field. */
  const remove = async (id: string, button: HTMLElement) => {
    const ids = replies.map((reply) => reply.id);
    const index = ids.indexOf(id);
    if (!(await saveReplies(replies.filter((r) => r.id !== id))) || !focusWasOn(button)) return;
    const removeButton = (replyId: string | undefined) =>
      [...(sectionRef.current?.querySelectorAll<HTMLElement>('tr[data-reply]') ?? [])].find((row) => row.dataset.reply === replyId)?.querySelector<HTMLElement>('button.danger');
    focusFirst([removeButton(ids[index + 1]), removeButton(ids[index - 1]), titleRef.current]);
  };
  return (
    <section class="panel" aria-labelledby="replies-title" ref={sectionRef}>
      <h2 id="replies-title">{t('options.savedReplies')}</h2>
      {replies.length ? (
        <table>
          <tbody>
            {replies.map((reply) => (
              <tr key={reply.id} data-reply={reply.id}>
                <td><strong>{reply.title}</strong><div class="small muted" style={{ whiteSpace: 'pre-wrap' }}>{reply.body}</div></td>
                <td style={{ textAlign: 'right' }}>
                  <button
                    type="button"
                    class="small danger"
                    aria-label={t('options.savedReplyDelete', { title: reply.title })}
                    title={t('options.savedReplyDelete', { title: reply.title })}
                    onClick={(event) => void remove(reply.id, event.currentTarget)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form onSubmit={(event) => void add(event)} style={{ display: 'flex', flexDirection: 'column', gap: '8px' }}>
        <label class="field">{t('options.savedReplyTitle')}<input ref={titleRef} value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} /></label>
        <label class="field">{t('options.savedReplyBody')}<textarea value={body} onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)} /></label>
        <p><button type="submit" disabled={!title.trim() || !body.trim()}>{t('options.savedReplyAdd')}</button></p>
      </form>
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`} data-testid="replies-notice">{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}
