/**
 * Small pieces every facade of this folder (and Drive, Lock, ScriptApp) shares: Apps Script's
 * argument-signature error and the conversion of store errors into the bundle realm's Exception.
 */
import type { ExecutionContext } from '../../service-module.ts';

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}

/**
 * Apps Script's message when a call's arguments fit no overload, e.g. "The parameters
 * (String,String) don't match the method signature for GmailApp.sendEmail." (as quoted in
 * executions logs; Google does not document the wording).
 */
export function signatureError(
  ctx: ExecutionContext,
  method: string,
  args: ArrayLike<unknown>,
): Error {
  const types = Array.from(args, typeName).join(',');
  return ctx.newError(`The parameters (${types}) don't match the method signature for ${method}.`);
}

/**
 * An error a store raises for the script (quota spent, invalid address, ...). Facades re-raise it
 * as an Exception of the bundle's realm with `inRealm`; the kernel's ExecutionCut passes through.
 */
export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Runs `fn`, re-raising a ServiceError as an Exception of the bundle's realm. */
export function inRealm<T>(ctx: ExecutionContext, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ServiceError) throw ctx.newError(error.message);
    throw error;
  }
}
