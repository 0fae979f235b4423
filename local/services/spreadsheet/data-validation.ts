/**
 * Data validation rules (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder):
 * only the criteria the add-on uses (a list of values, a checkbox). Rules are recorded on the
 * cells; they are not enforced on writes from the script (whether Apps Script rejects a
 * setValue that violates a "reject input" rule is not documented).
 */
import { appsScriptEnumType, type ExecutionContext } from '../../service-module.ts';

export const DATA_VALIDATION_CRITERIA = appsScriptEnumType('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export interface ValidationRule {
  readonly criteria: keyof typeof DATA_VALIDATION_CRITERIA & string;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

const rules = new WeakMap<object, ValidationRule>();

export function validationRule(value: unknown): ValidationRule | null {
  return typeof value === 'object' && value !== null ? (rules.get(value) ?? null) : null;
}

export function dataValidationFacade(ctx: ExecutionContext, rule: ValidationRule): object {
  const call = (m: string) => ctx.kernel.call(`DataValidation.${m}`);
  const facade = {
    getCriteriaType() {
      call('getCriteriaType');
      return DATA_VALIDATION_CRITERIA[rule.criteria];
    },
    getCriteriaValues() {
      call('getCriteriaValues');
      return ctx.toRealm([...rule.values]);
    },
    getAllowInvalid() {
      call('getAllowInvalid');
      return rule.allowInvalid;
    },
    getHelpText() {
      call('getHelpText');
      return rule.helpText;
    },
    copy() {
      call('copy');
      return dataValidationBuilder(ctx, rule);
    },
    toString() {
      return 'DataValidation';
    },
  };
  rules.set(facade, rule);
  return facade;
}

export function dataValidationBuilder(ctx: ExecutionContext, initial?: ValidationRule): object {
  let rule: ValidationRule = initial ?? {
    criteria: 'VALUE_IN_LIST',
    values: [],
    allowInvalid: true,
    helpText: null,
  };
  const call = (m: string) => ctx.kernel.call(`DataValidationBuilder.${m}`);
  const builder = {
    requireValueInList(values: unknown[], showDropdown = true) {
      call('requireValueInList');
      rule = { ...rule, criteria: 'VALUE_IN_LIST', values: [[...values], showDropdown] };
      return builder;
    },
    requireCheckbox(checked?: unknown, unchecked?: unknown) {
      call('requireCheckbox');
      const values = [checked, unchecked].filter((v) => v !== undefined);
      rule = { ...rule, criteria: 'CHECKBOX', values };
      return builder;
    },
    requireDate() {
      call('requireDate');
      rule = { ...rule, criteria: 'DATE_IS_VALID_DATE', values: [] };
      return builder;
    },
    requireNumberGreaterThanOrEqualTo(number: number) {
      call('requireNumberGreaterThanOrEqualTo');
      rule = { ...rule, criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [number] };
      return builder;
    },
    setAllowInvalid(allowInvalid: boolean) {
      call('setAllowInvalid');
      rule = { ...rule, allowInvalid: Boolean(allowInvalid) };
      return builder;
    },
    setHelpText(helpText: string) {
      call('setHelpText');
      rule = { ...rule, helpText: String(helpText) };
      return builder;
    },
    build() {
      call('build');
      return dataValidationFacade(ctx, rule);
    },
    toString() {
      return 'DataValidationBuilder';
    },
  };
  return builder;
}
