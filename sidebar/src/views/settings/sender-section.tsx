import type { Language } from '../../../../src/api/vocabulary.ts';
import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ListSetting, type SettingsForm, TextSetting } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const SENDER_FIELDS: readonly SettingsPath[] = [
  'senderName',
  'senderContact',
  'senderAddress',
  'senderRegistration',
  'replyTo',
  'cc',
  'bcc',
  'language',
];

/** Who the e-mails come from, who gets a copy, and their default language. */
export function SenderSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <>
      <TextSetting form={form} path="senderName" label={t.senderName} />
      <TextSetting form={form} path="senderContact" label={t.senderContact} />
      <TextSetting form={form} path="senderAddress" label={t.senderAddress} />
      <TextSetting form={form} path="senderRegistration" label={t.senderRegistration} />
      <TextSetting form={form} path="replyTo" label={t.replyTo} type="email" />
      <ListSetting form={form} path="cc" label={t.cc} hint={t.commaSeparated} />
      <ListSetting form={form} path="bcc" label={t.bcc} hint={t.commaSeparated} />
      <SelectField<Language>
        id="s-language"
        label={t.defaultLanguage}
        value={form.draft.language}
        options={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(value) => form.update('language', value)}
      />
    </>
  );
}
