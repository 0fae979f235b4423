/**
 * Setting a payment plan from the Today view: for one invoice, or for all of its client's overdue
 * invoices; equal monthly instalments (how many, and the first one's date, `YYYY-MM-DD`; null =
 * in 7 days).
 */
export interface PaymentPlanRequest {
  readonly invoiceNumber: string;
  readonly allOverdueOfClient: boolean;
  readonly count: number;
  readonly firstDate: string | null;
}
