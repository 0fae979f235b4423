import type { AttachmentPolicy } from '../../../../src/api/settings.ts';
import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldId, NumberSetting, type SettingsForm } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const RULES_FIELDS: readonly SettingsPath[] = [
  'minGapDays',
  'maxRemindersPerInvoice',
  'pauseDaysAfterReply',
  'recentManualEmailDays',
  'attachmentPolicy',
];

/** The limits every reminder respects: spacing, count, pauses, a missing attachment. */
export function RulesSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <>
      <NumberSetting form={form} path="minGapDays" label={t.minGapDays} />
      <NumberSetting form={form} path="maxRemindersPerInvoice" label={t.maxReminders} />
      <NumberSetting
        form={form}
        path="pauseDaysAfterReply"
        label={t.pauseDays}
        hint={t.pauseDaysHint}
      />
      <NumberSetting form={form} path="recentManualEmailDays" label={t.recentManualDays} />
      <SelectField<AttachmentPolicy>
        id={fieldId('attachmentPolicy')}
        label={t.attachmentPolicy}
        value={form.draft.attachmentPolicy}
        options={[
          { value: 'send_without', label: t.attachSendWithout },
          { value: 'hold', label: t.attachHold },
        ]}
        onChange={(value) => form.update('attachmentPolicy', value)}
      />
    </>
  );
}
