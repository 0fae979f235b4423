import type { CustomerKind, RatePoint } from '../../../../src/api/settings.ts';
import { Fieldset, NumberField, SelectField, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RatesStatus } from './rates-status.tsx';
import { fieldId, NumberSetting, type SettingsForm, TextSetting } from './settings-form.tsx';
import type { SettingsPath } from './settings-path.ts';

export const LATE_FEES_FIELDS: readonly SettingsPath[] = [
  'lateFees',
  'establishment',
  'defaultCustomerKind',
];

const CUSTOMER_KINDS: readonly CustomerKind[] = ['unknown', 'b2b', 'b2c'];

/**
 * Whose law, which kind of client for rows that do not say, the contract rate, and the reference
 * rates the user keeps up to date.
 */
export function LateFeesSection({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  return (
    <>
      <TextSetting form={form} path="establishment" label={t.establishment} />
      <p class="hint">{t.establishmentHint}</p>
      <SelectField<CustomerKind>
        id={fieldId('defaultCustomerKind')}
        label={t.defaultCustomerKind}
        hint={t.defaultCustomerKindHint}
        value={form.draft.defaultCustomerKind}
        error={form.errorAt('defaultCustomerKind')}
        options={CUSTOMER_KINDS.map((kind) => ({ value: kind, label: t.customerKindOption[kind] }))}
        onChange={(value) => form.update('defaultCustomerKind', value)}
      />
      <NumberSetting
        form={form}
        path="lateFees.contractRatePercent"
        label={t.contractRate}
        hint={t.contractRateHint}
      />
      <RatesStatus view={form.rates} />
      <RatesEditor form={form} />
    </>
  );
}

function RatesEditor({ form }: { form: SettingsForm }) {
  const { t } = useI18n();
  const rates = form.draft.lateFees.rates;
  const onChange = (next: readonly RatePoint[]) => form.update('lateFees.rates', next);
  const change = (index: number, patch: Partial<RatePoint>) =>
    onChange(rates.map((rate, i) => (i === index ? { ...rate, ...patch } : rate)));
  return (
    <Fieldset legend={t.rates}>
      {rates.map((rate, index) => {
        const path = `lateFees.rates[${index}]` as const;
        return (
          <div class="rate" key={`${rate.series}-${index}`}>
            <p class="rate-name">
              <strong>{t.rateSeriesName(rate.series)}</strong>
            </p>
            <TextField
              id={fieldId(`${path}.series`)}
              label={t.rateSeries}
              hint={t.rateSeriesHint}
              value={rate.series}
              error={form.errorAt(`${path}.series`)}
              onInput={(series) => change(index, { series })}
            />
            <div class="grid-2">
              <TextField
                id={fieldId(`${path}.from`)}
                label={t.rateFrom}
                type="date"
                value={rate.from}
                error={form.errorAt(`${path}.from`)}
                onInput={(from) => change(index, { from })}
              />
              <NumberField
                id={fieldId(`${path}.percent`)}
                label={t.ratePercent}
                step={0.01}
                value={rate.percent}
                error={form.errorAt(`${path}.percent`)}
                onInput={(percent) => change(index, { percent: percent ?? Number.NaN })}
              />
            </div>
            {rate.source && (
              <p class="hint rate-source">
                {t.rateSource} {rate.source}
              </p>
            )}
            <button
              type="button"
              class="small"
              onClick={() => onChange(rates.filter((_, i) => i !== index))}
            >
              {t.removeRate}
              <span class="visually-hidden"> {index + 1}</span>
            </button>
          </div>
        );
      })}
      <button
        type="button"
        class="small"
        onClick={() =>
          onChange([...rates, { series: 'ecb_mro', from: '', percent: 0, source: '' }])
        }
      >
        {t.addRate}
      </button>
    </Fieldset>
  );
}
