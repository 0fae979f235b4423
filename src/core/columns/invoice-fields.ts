/** Logical fields of an invoice row that columns are mapped to. */
export const REQUIRED_FIELDS = ['number', 'client', 'email', 'amount', 'dueDate'] as const;

export const OPTIONAL_FIELDS = [
  'issueDate',
  'currency',
  'paidDate',
  'amountPaid',
  'status',
  'promiseDate',
  'contactName',
  'cc',
  'language',
  'country',
  'customerKind',
  'governingLaw',
  'paymentLink',
  'file',
  'segment',
  'doNotRemind',
  'notes',
] as const;

export const INVOICE_FIELDS = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS] as const;

export type RequiredField = (typeof REQUIRED_FIELDS)[number];
export type InvoiceField = (typeof INVOICE_FIELDS)[number];

export function isInvoiceField(value: string): value is InvoiceField {
  return (INVOICE_FIELDS as readonly string[]).includes(value);
}

export function isRequiredField(field: InvoiceField): field is RequiredField {
  return (REQUIRED_FIELDS as readonly string[]).includes(field);
}
