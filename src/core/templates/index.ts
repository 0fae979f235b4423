export { chooseTemplate, type TemplateQuery } from './choose-template.ts';
export { formatDate } from './date-format.ts';
// DEFAULT_TEMPLATES is not re-exported: the add-on reads it from DefaultTemplates.html (see
// src/gas/default-templates-file.ts); import './defaults.ts' directly where it is needed.
export { currencySymbol, formatMoney, formatMoneyTotals } from './money-format.ts';
export {
  PLACEHOLDER_ALIASES,
  PLACEHOLDER_NAMES,
  type PlaceholderName,
} from './placeholders.ts';
export {
  type ContextInputs,
  type InvoiceLateFees,
  type RenderContext,
  type RenderInvoice,
  renderContextFor,
} from './render-context.ts';
export { type RenderResult, renderMessage } from './render-message.ts';
export { stableHash } from './stable-hash.ts';
export type { TemplateError, TemplateErrorCode } from './template-error.ts';
export {
  type TemplateAudience,
  type TemplateRow,
  templateId,
  templateLabel,
} from './template-row.ts';
export {
  type ParsedTemplates,
  parseTemplateRows,
  TEMPLATE_COLUMNS,
  type TemplateColumn,
  type TemplateRowError,
  templateColumnIndex,
  templateTabRows,
} from './template-tab.ts';
export { validateTemplate } from './validate-template.ts';
