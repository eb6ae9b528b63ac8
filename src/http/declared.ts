// Presenters and their response schemas kept in step at compile time. A zod object drops every key it does not
// declare, so a field a presenter adds (or a row spread into the answer) without a schema change would silently
// vanish from the answer and from the generated web types; the strict serializer of the tests (route-contract.ts)
// finds that only for the answers the tests happen to produce. `declared` refuses it when the code is compiled.
import type { z } from 'zod';

type KeysOf<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;

/** Paths (`.a.b[].c`) of `Sent` that the declared type `Declared` has no key for. */
export type UndeclaredKeys<Sent, Declared, Path extends string = ''> = unknown extends Declared
  ? never
  : Sent extends readonly (infer E)[]
    ? UndeclaredKeys<E, ElementOf<NonNullable<Declared>>, `${Path}[]`>
    : Sent extends string | number | boolean | bigint | null | undefined
      ? never
      : Sent extends object
        ? {
            [K in keyof Sent & string]-?: K extends KeysOf<NonNullable<Declared>>
              ? UndeclaredKeys<Sent[K], ValueAt<NonNullable<Declared>, K>, `${Path}.${K}`>
              : `${Path}.${K}`;
          }[keyof Sent & string]
        : never;

type NoUndeclared<T, D> = [UndeclaredKeys<T, D>] extends [never]
  ? unknown
  : { [P in UndeclaredKeys<T, D>]: 'not declared by the response schema' };

/** `value` as its response schema reads it; a compile error names any key of it the schema would drop. */
export function declared<S extends z.ZodType, T extends z.input<S>>(
  _schema: S,
  value: T & NoUndeclared<T, z.input<S>>,
): z.input<S> {
  return value;
}
