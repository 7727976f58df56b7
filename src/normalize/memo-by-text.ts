/**
 * A pure function of a text, remembered for the short texts that repeat across rows (wage amounts,
 * agency names): each distinct text is computed once. Bounded — cleared when full, and longer texts
 * are never kept — so memory stays small on any input. Only for functions whose results are
 * immutable: callers share them.
 */
export function memoByText<R>(fn: (text: string) => R, limits: { readonly size: number; readonly maxLength: number }): (text: string) => R {
  const memo = new Map<string, R>();
  return (text) => {
    if (text.length > limits.maxLength) return fn(text);
    let r = memo.get(text);
    if (r === undefined) {
      r = fn(text);
      if (memo.size >= limits.size) memo.clear();
      memo.set(text, r);
    }
    return r;
  };
}
