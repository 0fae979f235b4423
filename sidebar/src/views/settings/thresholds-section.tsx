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

/** How a client's payment history makes its profile. */
export function ThresholdsSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  const th = t.threshold;
  return (
    <>
      <NumberSetting form={form} path="thresholds.lateGraceDays" label={th.lateGraceDays} />
      <PercentSetting
        form={form}
        path="thresholds.punctualMaxLateShare"
        label={th.punctualMaxLateShare}
      />
      <NumberSetting
        form={form}
        path="thresholds.punctualMaxAverageDaysLate"
        label={th.punctualMaxAverageDaysLate}
      />
      <PercentSetting
        form={form}
        path="thresholds.chronicMinLateShare"
        label={th.chronicMinLateShare}
      />
      <NumberSetting
        form={form}
        path="thresholds.chronicMinAverageDaysLate"
        label={th.chronicMinAverageDaysLate}
      />
      <NumberSetting
        form={form}
        path="thresholds.highRiskDaysOverdue"
        label={th.highRiskDaysOverdue}
      />
      <PercentSetting
        form={form}
        path="thresholds.keyAccountMinShare"
        label={th.keyAccountMinShare}
      />
    </>
  );
}
