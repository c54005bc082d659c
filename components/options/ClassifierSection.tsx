// Classifier settings: the label threshold, and the user's corrections (relabels the classifier learns from),
// which can be exported, imported and reset.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Correction, Settings, TriageStore } from '../../lib/store/types';
import { CorrectionsFileError, exportCorrections, mergeCorrections, parseCorrections } from '../../lib/store/learning';
import { t } from '../../lib/i18n';
import type { PageHost } from '../host';
import { datedFilename } from '../download';
import { errorLine } from '../errorText';
import { ConfirmBox } from './ConfirmBox';
import { StatusRegion, saveSetting, type Download, type Notice, type Save } from './sectionParts';

export function ClassifierSection(props: {
  settings: Settings; corrections: Correction[]; store: TriageStore; host: PageHost;
  download: Download; onSave: Save; onChanged(): Promise<void>;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  // Set when a reset is confirmed: once it has emptied the corrections, the Reset button is disabled, which would drop
  // the focus it got back from the confirmation, so the section's heading takes it.
  const resetting = useRef(false);
  useEffect(() => {
    if (props.corrections.length || !resetting.current) return;
    resetting.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || active === resetRef.current) headingRef.current?.focus();
  }, [props.corrections.length]);
  const changed = async () => {
    props.host.send('store.changed', undefined).catch(() => undefined);
    await props.onChanged();
  };
  const importFile = async (file: File) => {
    try {
      // lib/store/learning.ts checks every record and takes each id from its text, so a hand-edited text cannot
      // leave two corrections for one text.
      // Merged with what the store holds now, not this page's copy: relabels made since it opened stay.
      const imported = parseCorrections(await file.text());
      const merged = mergeCorrections(await props.store.listCorrections(), imported);
      await props.store.replaceCorrections(merged);
      setNotice({ kind: 'ok', text: t('options.corrections', { n: merged.length }) });
      await changed();
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof CorrectionsFileError ? `${t('options.correctionsBad')} ${e.message}` : errorLine(e) });
    }
  };
  const resetCorrections = async () => {
    try {
      resetting.current = true;
      await props.store.replaceCorrections([]);
      await changed();
    } catch (e) {
      resetting.current = false;
      setNotice({ kind: 'error', text: errorLine(e) });
    }
  };
  return (
    <section class="panel" aria-labelledby="classifier-title">
      <h2 id="classifier-title" tabIndex={-1} ref={headingRef}>{t('options.classifier')}</h2>
      <label class="field" style={{ maxWidth: '320px' }}>
        {t('options.threshold')}: {props.settings.labelThreshold.toFixed(2)}
        <span class="small">{t('options.thresholdHint')}</span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={props.settings.labelThreshold}
          data-testid="threshold"
          onChange={(e) => saveSetting(props.onSave, { labelThreshold: Number((e.currentTarget as HTMLInputElement).value) }, setNotice)}
        />
      </label>
      <p>{t('options.corrections', { n: props.corrections.length })}</p>
      <div class="actions">
        <button
          type="button"
          disabled={!props.corrections.length}
          onClick={() => props.download(datedFilename('corrections', 'json', new Date()), exportCorrections(props.corrections), 'application/json')}
        >
          {t('options.correctionsExport')}
        </button>
        <label class="button">
          {t('options.correctionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="corrections-import"
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
              (e.currentTarget as HTMLInputElement).value = '';
            }}
          />
        </label>
        <button type="button" class="danger" ref={resetRef} disabled={!props.corrections.length} onClick={() => setConfirmReset(true)}>{t('options.correctionsReset')}</button>
      </div>
      {confirmReset ? (
        <ConfirmBox
          label={t('options.correctionsReset')}
          confirmLabel={t('options.correctionsReset')}
          onConfirm={() => { setConfirmReset(false); void resetCorrections(); }}
          onCancel={() => setConfirmReset(false)}
          returnTo={() => [resetRef.current, headingRef.current]}
        >
          <p>{t('options.correctionsResetConfirm', { n: props.corrections.length })}</p>
        </ConfirmBox>
      ) : null}
      <StatusRegion empty={!notice}>{notice ? <p class={`notice ${notice.kind}`}>{notice.text}</p> : null}</StatusRegion>
    </section>
  );
}
