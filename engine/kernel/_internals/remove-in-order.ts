/**
 * Taking one waiting request out of a queue (a companion who gives up, a pre-empted holder)
 * while everyone behind keeps their place. Shared by resources, containers and stores.
 */

/**
 * Removes the first occurrence of `item` from `list`, keeping the order of the rest; returns
 * whether it was there. Shifts in place rather than calling `splice`, which allocates the
 * array of removed items on every call (this runs on the generator hot path).
 */
export function removeInOrder<T>(list: T[], item: T): boolean {
  const i = list.indexOf(item);
  if (i < 0) return false;
  const last = list.length - 1;
  for (let k = i; k < last; k++) list[k] = list[k + 1];
  list.pop();
  return true;
}
