import { useI18n } from '../../i18n/i18n.tsx';
import { NumberSetting, PercentSetting, type SettingsForm } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const THRESHOLDS_FIELDS: readonly SettingsPath[] = ['thresholds'];

/** Shares kept as 0–1 in the settings, shown and typed in percent. */
export const PERCENT_FIELDS: readonly SettingsPath[] = [
  'thresholds.punctualMaxLateShare',
  'thresholds.chronicMinLateShare',
  'thresholds.keyAccountMinShare',
];

const THRESHOLDS = [
  'lateGraceDays',
  'punctualMaxLateShare',
  'punctualMaxAverageDaysLate',
  'chronicMinLateShare',
  'chronicMinAverageDaysLate',
  'highRiskDaysOverdue',
  'keyAccountMinShare',
] as const;

/** How a client's payment history makes its profile. */
export function ThresholdsSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <>
      {THRESHOLDS.map((key) => {
        const path = `thresholds.${key}` as const;
        const Setting = PERCENT_FIELDS.includes(path) ? PercentSetting : NumberSetting;
        return <Setting key={key} form={form} path={path} label={t.threshold[key]} />;
      })}
    </>
  );
}
