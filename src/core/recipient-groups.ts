/**
 * Which of one client's invoices may share a message: only those whose rows share a recipient.
 * A client is known by its name, and two people can bear the same one (two consumers both typed
 * "Martin", one at paul.martin@gmail.com, the other at sophie.martin@orange.fr): one message to
 * both would show each the other's invoices. Invoices are therefore grouped by the addresses of
 * their `E-mail` cells (never by CC: a copy shared by two clients must not join them), directly or
 * through another invoice of the group (an invoice addressed to both a company's old and new
 * addresses joins the invoices of each).
 *
 * @example
 * groupBySharedRecipient([paul1, sophie, paul2], (i) => i.emails)
 * // → [[paul1, paul2], [sophie]] (first appearance order, items kept in their order)
 */
export function groupBySharedRecipient<T>(
  items: readonly T[],
  recipientsOf: (item: T) => readonly string[],
): T[][] {
  if (items.length < 2) return items.length === 0 ? [] : [[...items]];
  // Union-find over item indices, joined through the first item seen with each address.
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      const up = parent[at] as number;
      parent[at] = parent[up] as number;
      at = up;
    }
    return at;
  };
  const firstWith = new Map<string, number>();
  items.forEach((item, index) => {
    for (const address of recipientsOf(item)) {
      const key = address.trim().toLowerCase();
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, index);
      else {
        const [a, b] = [root(seen), root(index)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, index) => {
    const group = groups.get(root(index));
    if (group) group.push(item);
    else groups.set(root(index), [item]);
  });
  return [...groups.values()];
}

/** The lower-cased, sorted addresses of a group: what tells one group of a client from another. */
export function recipientsKey(recipients: readonly string[]): string {
  return foldedAddresses(recipients).join(',');
}

/** Addresses trimmed, lower case, each once, sorted. */
export function foldedAddresses(recipients: readonly string[]): string[] {
  return [...new Set(recipients.map((r) => r.trim().toLowerCase()))].filter((r) => r !== '').sort();
}

/** Whether two lists of addresses name someone in common (case and spaces aside). */
export function shareAnAddress(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const set = new Set(foldedAddresses(a));
  return foldedAddresses(b).some((x) => set.has(x));
}
