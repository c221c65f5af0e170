// Keeps one object identity for values that are equal by content, so that a project reloaded from storage
// with the same plan or settings does not trigger a second evaluation of every observation.
import { useRef } from 'react';

/** `value`, or the previous value when the two serialise the same (plain data only). */
export function useStableValue<T>(value: T): T {
  const last = useRef<{ value: T; json: string } | null>(null);
  if (last.current?.value === value) return value;
  const json = JSON.stringify(value);
  if (last.current?.json !== json) last.current = { value, json };
  return last.current.value;
}
