import { CheckboxField, Fieldset, SelectField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fieldId, type SettingsForm, TextSetting } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const SCHEDULE_FIELDS: readonly SettingsPath[] = [
  'sendHour',
  'businessDays',
  'country',
  'alsaceMoselle',
];

/** When the daily run sends, and which public holidays it skips. */
export function ScheduleSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  const { draft } = form;
  return (
    <>
      <SelectField
        id={fieldId('sendHour')}
        label={t.sendHour}
        value={String(draft.sendHour)}
        error={form.errorAt('sendHour')}
        options={Array.from({ length: 24 }, (_, hour) => ({
          value: String(hour),
          label: `${hour} h`,
        }))}
        onChange={(value) => form.update('sendHour', Number(value))}
      />
      <Fieldset legend={t.businessDays}>
        <div class="days">
          {t.weekdays.map((label, index) => {
            const day = index + 1;
            return (
              <CheckboxField
                key={label}
                id={`s-day-${day}`}
                label={label}
                checked={draft.businessDays.includes(day)}
                onChange={(on) =>
                  form.update(
                    'businessDays',
                    on
                      ? [...draft.businessDays, day].sort()
                      : draft.businessDays.filter((d) => d !== day),
                  )
                }
              />
            );
          })}
        </div>
        {form.errorAt('businessDays') && (
          <p class="field-error" id={fieldId('businessDays')}>
            {form.errorAt('businessDays')}
          </p>
        )}
      </Fieldset>
      <TextSetting form={form} path="country" label={t.country} />
      <CheckboxField
        id={fieldId('alsaceMoselle')}
        label={t.alsaceMoselle}
        checked={draft.alsaceMoselle}
        onChange={(on) => form.update('alsaceMoselle', on)}
      />
    </>
  );
}
