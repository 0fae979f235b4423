import { useEffect, useRef, useState } from 'preact/hooks';
import type {
  TemplateAudience,
  TemplateIssue,
  TemplatePreview,
  TemplateRecord,
  TemplatesView,
} from '../../../src/api/templates.ts';
import {
  type Language,
  MESSAGE_STAGES,
  type MessageStage,
  SEGMENTS,
} from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import { CheckboxField, SelectField, TextField } from '../components/fields.tsx';
import { ActionStatus } from '../components/status.tsx';
import { useAction } from '../components/use-remote.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages-fr.ts';
import { unknownPlaceholders } from './placeholders.ts';

const PREVIEW_DELAY_MS = 400;

/** Edits one template with a live preview rendered by the server on a real invoice. */
export function TemplateEditor(props: {
  bridge: Bridge;
  view: TemplatesView;
  template: TemplateRecord;
  onClose: () => void;
  onSaved: (view: TemplatesView) => void;
}) {
  const { t, text } = useI18n();
  const { bridge, view } = props;
  const [draft, setDraft] = useState(props.template);
  const [invoiceNumber, setInvoiceNumber] = useState(view.samples[0]?.number ?? '');
  // Each answer is kept with the draft it was for: once the draft changes it no longer speaks
  // of what is on screen, and its errors go.
  const [preview, setPreview] = useState<Answered<TemplatePreview> | null>(null);
  const [refused, setRefused] = useState<Answered<readonly TemplateIssue[]> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const lastField = useRef<'subject' | 'body'>('body');
  const requestId = useRef(0);

  const known = view.placeholders.flatMap((p) => (p.alias === null ? [p.name] : [p.name, p.alias]));
  const typingIssues = [
    ...unknownPlaceholders(draft.subject, known).map((name) => t.unknownPlaceholder(name)),
    ...unknownPlaceholders(draft.body, known).map((name) => t.unknownPlaceholder(name)),
  ];
  const change = (patch: Partial<TemplateRecord>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setNotice(null);
  };

  useEffect(() => {
    const id = ++requestId.current;
    const timer = setTimeout(() => {
      bridge
        .previewTemplate({ template: draft, invoiceNumber: invoiceNumber || null })
        .then((result) => {
          if (id === requestId.current) setPreview({ draft, value: result });
        })
        .catch(() => {
          if (id === requestId.current) setPreview(null);
        });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, invoiceNumber, bridge]);

  function insert(name: string) {
    const field = lastField.current;
    const element = document.getElementById(`tpl-${field}`) as HTMLInputElement | null;
    const value = draft[field];
    const at = element?.selectionStart ?? value.length;
    const token = `{{${name}}}`;
    change({ [field]: value.slice(0, at) + token + value.slice(at) });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at + token.length, at + token.length);
    });
  }

  async function save() {
    const result = await run('save', () => bridge.saveTemplate(draft));
    if (!result) return;
    if (result.ok) props.onSaved(result.view);
    else setRefused({ draft, value: result.issues });
  }

  async function sendTest() {
    const result = await run('test', () =>
      bridge.sendTestEmail({ template: draft, invoiceNumber: invoiceNumber || null }),
    );
    if (result) setNotice(t.testSent(result.sentTo));
  }

  // One list, about the draft on screen: the server's words once it has answered for this
  // draft, the instant check of placeholder names meanwhile.
  const current = <T,>(answer: Answered<T> | null) =>
    answer?.draft === draft ? answer.value : null;
  const rendered = current(preview);
  const issues =
    rendered === null
      ? typingIssues
      : [...rendered.issues, ...(current(refused) ?? [])].map((issue) => text(issue.message));
  const uniqueIssues = [...new Set(issues)];
  const shown = rendered ?? preview?.value ?? null;

  return (
    <section aria-labelledby="editor-title">
      <h2 id="editor-title">
        {draft.row === undefined ? t.newTemplate : t.editTemplate(draft.row)}
      </h2>
      <button type="button" class="link-button" onClick={props.onClose}>
        ← {t.backToList}
      </button>
      <div class="grid-2">
        <SelectField<MessageStage>
          id="tpl-stage"
          label={t.stageLabel}
          value={draft.stage}
          options={MESSAGE_STAGES.map((value) => ({ value, label: t.stage[value] }))}
          onChange={(stage) => change({ stage })}
        />
        <SelectField<TemplateAudience>
          id="tpl-segment"
          label={t.segmentLabel}
          value={draft.segment}
          options={(['all', 'key_account', ...SEGMENTS] as const).map((value) => ({
            value,
            label: audienceLabel(value, t),
          }))}
          onChange={(segment) => change({ segment })}
        />
        <SelectField<Language>
          id="tpl-language"
          label={t.languageLabel}
          value={draft.language}
          options={[
            { value: 'fr', label: 'FR' },
            { value: 'en', label: 'EN' },
          ]}
          onChange={(language) => change({ language })}
        />
        <TextField
          id="tpl-variant"
          label={t.variantLabel}
          value={draft.variant}
          onInput={(variant) => change({ variant })}
        />
      </div>
      <div class="field">
        <label for="tpl-subject">{t.subjectLabel}</label>
        <input
          id="tpl-subject"
          value={draft.subject}
          onFocus={() => {
            lastField.current = 'subject';
          }}
          onInput={(event) => change({ subject: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="tpl-body">{t.bodyLabel}</label>
        <textarea
          id="tpl-body"
          rows={10}
          value={draft.body}
          onFocus={() => {
            lastField.current = 'body';
          }}
          onInput={(event) => change({ body: event.currentTarget.value })}
        />
      </div>
      <SyntaxHelp />
      <details class="palette">
        <summary>{t.placeholders}</summary>
        <ul>
          {view.placeholders.map((p) => (
            <li key={p.name}>
              <button type="button" class="small" onClick={() => insert(p.name)}>
                {`{{${p.name}}}`}
              </button>{' '}
              <span class="muted">{text(p.description)}</span>
            </li>
          ))}
        </ul>
      </details>
      <CheckboxField
        id="tpl-active"
        label={t.activeLabel}
        checked={draft.active}
        onChange={(active) => change({ active })}
      />

      <div aria-live="polite">
        {uniqueIssues.length > 0 && (
          <ul class="issues">
            {uniqueIssues.map((issue) => (
              <li key={issue} class="field-error">
                {issue}
              </li>
            ))}
          </ul>
        )}
      </div>

      <h3>{t.previewTitle}</h3>
      {view.samples.length > 0 ? (
        <SelectField
          id="tpl-invoice"
          label={t.previewOn}
          value={invoiceNumber}
          options={view.samples.map((s) => ({
            value: s.number,
            label: `${s.number} · ${s.client}`,
          }))}
          onChange={setInvoiceNumber}
        />
      ) : (
        <p class="empty">{t.noSampleInvoice}</p>
      )}
      {shown?.subject != null && <p class="subject">{shown.subject}</p>}
      {shown && shown.attachments.length > 0 && (
        <p class="muted">{t.previewAttached(shown.attachments)}</p>
      )}
      {shown?.attachmentNote && <p class="field-error">{text(shown.attachmentNote)}</p>}
      {shown?.html != null && (
        <iframe class="preview" title={t.previewTitle} sandbox="" srcdoc={fitToFrame(shown.html)} />
      )}

      <div class="buttons sticky-actions">
        <button type="button" class="action" disabled={busy !== null} onClick={save}>
          {t.saveToSheet}
        </button>
        <button type="button" disabled={busy !== null} onClick={sendTest}>
          {t.sendTestToMe}
        </button>
      </div>
      {notice && (
        <p role="status" class="ok">
          {notice}
        </p>
      )}
      <ActionStatus busy={busy} error={error} />
    </section>
  );
}

/** A server answer and the draft it was asked for. */
interface Answered<T> {
  readonly draft: TemplateRecord;
  readonly value: T;
}

/**
 * The e-mail's HTML made to fit a frame as narrow as the sidebar: slightly scaled down, tables
 * take the frame's width and wrap between words, so no column (the balance due, last) is cut
 * off. Styles only; the frame stays sandboxed without scripts.
 */
export function fitToFrame(html: string): string {
  return `<style>html,body{margin:0;padding:4px;overflow-wrap:anywhere}body{zoom:0.85}table{width:100%!important;max-width:100%!important;table-layout:auto;border-collapse:collapse}td,th{padding:2px 3px!important;font-size:11px!important;white-space:normal!important;overflow-wrap:normal}img{max-width:100%;height:auto}</style>${html}`;
}

/** Every syntax the editor accepts, each with an example and what it gives. */
function SyntaxHelp() {
  const { t } = useI18n();
  return (
    <details class="palette syntax">
      <summary>{t.syntaxTitle}</summary>
      <dl>
        {t.syntax.map((entry) => (
          <div key={entry.code}>
            <dt>
              <code>{entry.code}</code>
            </dt>
            <dd>
              {entry.what}
              <br />
              <span class="muted">{entry.example}</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function audienceLabel(audience: TemplateAudience, t: Messages): string {
  if (audience === 'all') return t.allSegments;
  if (audience === 'key_account') return t.keyAccount;
  return t.segment[audience];
}
