import { CheckboxField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldId, type SettingsForm } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const TESTING_FIELDS: readonly SettingsPath[] = ['testMode', 'failureDigest'];

/** Test mode, and the e-mail the user gets after a run with failures. */
export function TestingSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <>
      <CheckboxField
        id={fieldId('testMode')}
        label={t.testMode}
        hint={t.testModeHelp}
        checked={form.draft.testMode}
        onChange={(on) => form.update('testMode', on)}
      />
      <CheckboxField
        id={fieldId('failureDigest')}
        label={t.failureDigest}
        checked={form.draft.failureDigest}
        onChange={(on) => form.update('failureDigest', on)}
      />
    </>
  );
}
