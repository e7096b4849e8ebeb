/** The first index of `sorted` (ascending) whose value is `value` or more; sorted.length when there is none. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid] < value) a = mid + 1;
    else b = mid;
  }
  return a;
}
