// Types of the API as the server declares them (generated into ./generated/openapi.ts from the OpenAPI document),
// and a typed call over the one HTTP helper (./client.ts): the path, method, body and answer are checked against
// the routes' zod schemas instead of a hand-written copy.
import type { paths } from './generated/openapi.ts';
import { request } from './client.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonContent<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessCode = 200 | 201 | 202;
const UPPER = { get: 'GET', post: 'POST', put: 'PUT', patch: 'PATCH', delete: 'DELETE' } as const;

/** The JSON answer of an operation (the union of its 2xx answers). */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R }
    ? { [C in keyof R]: C extends SuccessCode ? JsonContent<R[C]> : never }[keyof R]
    : never;

/** The JSON body an operation reads. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The query parameters of an operation. */
export type QueryOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * The members of a union the server declares (an enum of the generated types) as a runtime list, for menus and
 * filters: a compile error names any member the list leaves out, and the list may hold nothing else.
 */
export const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    list;

/** Paths whose operation `M` exists. */
type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

/**
 * Call an operation by its OpenAPI path (`/api/complaints/{id}`), filling path parameters from `params`.
 * The answer is typed from the route's response schema.
 */
export function call<M extends Method, P extends PathsWith<M> & string>(
  method: M,
  path: P,
  opts: {
    params?: Record<string, string>;
    query?: QueryOf<P, M>;
    body?: BodyOf<P, M>;
    signal?: AbortSignal;
  } = {},
): Promise<ResponseOf<P, M>> {
  const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = opts.params?.[name];
    if (v === undefined) throw new Error(`path parameter ${name} of ${path} is missing`);
    return encodeURIComponent(v);
  });
  return request<ResponseOf<P, M>>(url, {
    method: UPPER[method],
    ...(opts.query === undefined ? {} : { query: opts.query }),
    ...(opts.body === undefined ? {} : { body: opts.body }),
    ...(opts.signal === undefined ? {} : { signal: opts.signal }),
  });
}
