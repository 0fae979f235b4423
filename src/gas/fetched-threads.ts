/**
 * The Gmail threads this execution has already fetched, by id: the run's search for recent
 * exchanges returns the threads of the last weeks' reminders
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer)),
 * and a reminder that continues one of them drafts its reply on that object instead of asking
 * GmailApp.getThreadById for it again: one round trip less per follow-up. Apps Script evaluates
 * the project afresh for each execution, so nothing here outlives the run.
 */
type GmailThread = GoogleAppsScript.Gmail.GmailThread;

const threads = new Map<string, GmailThread>();

export function rememberThreads(found: readonly GmailThread[]): void {
  for (const thread of found) threads.set(thread.getId(), thread);
}

export function fetchedThread(threadId: string): GmailThread | undefined {
  return threads.get(threadId);
}
