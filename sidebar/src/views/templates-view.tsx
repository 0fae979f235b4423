import { useState } from 'preact/hooks';
import type { TemplateRecord, TemplatesView as View } from '../../../src/api/templates.ts';
import { STAGES, type Stage } from '../../../src/api/vocabulary.ts';
import type { Bridge } from '../bridge.ts';
import { SelectField } from '../components/fields.tsx';
import { Empty, ErrorNotice, Loading } from '../components/status.tsx';
import { useLoad } from '../components/use-remote.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { audienceLabel, TemplateEditor } from './template-editor.tsx';

const NEW_TEMPLATE: TemplateRecord = {
  id: 'r1.all.fr.B',
  stage: 'r1',
  segment: 'all',
  language: 'fr',
  variant: 'B',
  subject: '',
  body: '',
  active: true,
};

/** The templates tab, listed and filterable; choosing one opens the editor. */
export function TemplatesView({
  bridge,
  inDialog = false,
}: {
  bridge: Bridge;
  inDialog?: boolean;
}) {
  const { t } = useI18n();
  const { remote, reload, set } = useLoad(() => bridge.getTemplates());
  const [stage, setStage] = useState<Stage | 'all'>('all');
  const [editing, setEditing] = useState<TemplateRecord | null>(null);

  if (remote.status === 'loading') return <Loading />;
  if (remote.status === 'error') return <ErrorNotice error={remote.error} onRetry={reload} />;
  const view = remote.value;

  if (editing) {
    return (
      <TemplateEditor
        bridge={bridge}
        view={view}
        template={editing}
        onClose={() => setEditing(null)}
        onSaved={(next: View) => {
          set(next);
          setEditing(null);
        }}
      />
    );
  }

  const shown = view.templates.filter((tpl) => stage === 'all' || tpl.stage === stage);
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t.tabTemplates}</h2>
      <p class="hint">{t.templatesHint}</p>
      <div class="buttons">
        <button type="button" onClick={() => setEditing(NEW_TEMPLATE)}>
          {t.newTemplate}
        </button>
        <button type="button" onClick={reload}>
          {t.reloadFromSheet}
        </button>
        {!inDialog && (
          <button
            type="button"
            onClick={() => bridge.openDialog('templates').catch(() => undefined)}
          >
            {t.openLarger}
          </button>
        )}
      </div>
      <SelectField<Stage | 'all'>
        id="templates-stage"
        label={t.filterStage}
        value={stage}
        options={[
          { value: 'all', label: t.allStages },
          ...STAGES.map((value) => ({ value, label: t.stage[value] })),
        ]}
        onChange={setStage}
      />
      {shown.length === 0 && <Empty>{t.noTemplates}</Empty>}
      <ul class="template-list">
        {shown.map((tpl) => {
          const issues = view.issues[tpl.id] ?? [];
          return (
            <li key={tpl.id}>
              <button type="button" class="template-item" onClick={() => setEditing(tpl)}>
                <span class="template-meta">
                  {t.stage[tpl.stage]} · {audienceLabel(tpl.segment, t)} ·{' '}
                  {tpl.language.toUpperCase()} · {tpl.variant}
                  {!tpl.active && ` · ${t.inactive}`}
                </span>
                <span class="template-subject">{tpl.subject || t.noSubject}</span>
                {issues.length > 0 && (
                  <span class="field-error">{t.issueCount(issues.length)}</span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
