// A string that came from a page (an author's name, a thread title, a tab title), shown isolated
// so its direction controls stay inside it; names that hold such controls get a visible marker.
import { t } from '../lib/i18n';
import { hasBidiControls, revealBidiControls } from './bidi';

export function UserText(props: { text: string; title?: string; flag?: boolean }) {
  const { text } = props;
  const suspicious = (props.flag ?? true) && hasBidiControls(text);
  const warning = suspicious ? t('text.bidiWarning', { revealed: revealBidiControls(text) }) : undefined;
  return (
    <>
      <bdi title={props.title}>{text}</bdi>
      {suspicious ? (
        // After the isolate, never inside it: an override there would move the marker too.
        <span class="bidi-flag" role="img" aria-label={warning} title={warning}>⇄</span>
      ) : null}
    </>
  );
}
