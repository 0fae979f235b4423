import { useState } from 'preact/hooks';
import { SEGMENTS, type Segment, STAGES } from '../../../../src/api/vocabulary.ts';
import { SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { NumberSetting, type SettingsForm } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const OFFSETS_FIELDS: readonly SettingsPath[] = ['offsets', 'quoteTiming', 'planTiming'];

/** Quote follow-ups' and payment plans' days, each under its settings group. */
const TIMING = [
  ['quoteTiming', 'followDaysBefore'],
  ['quoteTiming', 'minDaysSinceSent'],
  ['quoteTiming', 'expiredBusinessDaysAfter'],
  ['planTiming', 'noteDaysBefore'],
  ['planTiming', 'reminderDaysAfter'],
  ['planTiming', 'breakAfterDays'],
] as const;

export function OffsetsSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  const [segment, setSegment] = useState<Segment>('new');
  return (
    <>
      <p class="hint">{t.offsetsHint}</p>
      <SelectField<Segment>
        id="s-offsets-segment"
        label={t.segmentLabel}
        value={segment}
        options={SEGMENTS.map((value) => ({ value, label: t.segment[value] }))}
        onChange={setSegment}
      />
      <p class="hint">{t.segmentHelp[segment]}</p>
      <div class="grid-2">
        {STAGES.map((stage) => (
          <NumberSetting
            key={stage}
            form={form}
            path={`offsets.${segment}.${stage}`}
            label={t.stage[stage]}
          />
        ))}
        {TIMING.map(([group, key]) => (
          <NumberSetting
            key={key}
            form={form}
            path={`${group}.${segment}.${key}` as SettingsPath}
            label={t.timing[key]}
          />
        ))}
      </div>
    </>
  );
}
