/**
 * Order statistics of kept samples without sorting them all: a quantile needs one or two ranks,
 * and selecting a rank is linear where a sort of a ward year's ~10^5 trip waits is n log n (the
 * sort was about 1 % of a provincial year's CPU time). Selection compares with `<`, so it cannot
 * tell -0 from +0; callers that must order the zeros by insertion sort instead.
 */

/** Below this many elements a range is finished by insertion sort. */
const SMALL = 16;

/**
 * Rearranges `a[0, n)` so that `a[k]` holds the value of rank `k` (0-based, ascending), every
 * element before it is <= it and every element after it is >= it, and returns that value.
 * Hoare partitioning around a median of three; a range that does not shrink fast enough (more
 * rounds than 2 log2 n) is finished by the native sort, so the worst case stays n log n.
 * Requires 0 <= k < n <= a.length and no NaN.
 */
export function selectRank(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  let rounds = 2 * (32 - Math.clz32(n));
  while (hi - lo >= SMALL) {
    if (rounds-- === 0) {
      a.subarray(lo, hi + 1).sort();
      return a[k];
    }
    const mid = lo + ((hi - lo) >> 1);
    // Median of three into a[mid], with a[lo] <= a[mid] <= a[hi] as sentinels.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    for (;;) {
      do i++;
      while (a[i] < pivot);
      do j--;
      while (pivot < a[j]);
      if (i >= j) break;
      swap(a, i, j);
    }
    // Now a[lo..j] <= pivot <= a[j+1..hi] (Hoare), with the pivot's copies on either side.
    if (k <= j) hi = j;
    else lo = j + 1;
  }
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= lo && x < a[j]) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
  return a[k];
}

/** The smallest of `a[from, n)` (requires from < n): the next rank once `a[from - 1]` is selected. */
export function minFrom(a: Float64Array, from: number, n: number): number {
  let m = a[from];
  for (let i = from + 1; i < n; i++) if (a[i] < m) m = a[i];
  return m;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
