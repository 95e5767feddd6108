import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A binary upload: the bytes go as the request body with their content type. */
export interface BinaryBody {
  file: Blob | ArrayBuffer | Uint8Array;
  /** Defaults to the Blob's type, else `application/octet-stream`. */
  contentType?: string;
}

/** Marks an operation that answers with bytes (a `Blob`) instead of JSON. */
export interface BlobResponse {
  readonly __blob: true;
}

/** How the client sends and reads one operation (the runtime half of a table entry). */
export interface OperationSpec {
  method: HttpMethod;
  /** The OpenAPI path, `{slug}` is the client's community, other `{params}` come from the input. */
  path: string;
  /** Whether the operation takes input beyond its path parameters (query for GET/DELETE, else body; `form`: form-encoded like Pusher's auth endpoint). */
  input?: 'json' | 'binary' | 'form';
  /** `blob` for operations answering with bytes. */
  output?: 'json' | 'blob';
  /** `signIn`: the answer is a session to store; such calls never send or refresh a member token. */
  session?: 'signIn';
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

/** `'/x/{slug}/mentors/{mentorId}'` → `{ mentorId: string }` (the community fills `slug`). */
export type PathParams<P extends string> = { [K in Exclude<ParamNames<P>, 'slug'>]: string };

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** No input at all: an object literal with any key (e.g. `{ signal }`) is a type error. */
export type NoInput = Record<string, never>;

/**
 * The input of a call: its path parameters plus the request schema's input (query or body). An
 * operation without a request schema takes only its path parameters, or nothing — so call options
 * passed in the wrong place (`getMe({ signal })`) do not type-check.
 */
export type InputOf<P extends string, Req> = Req extends z.ZodType
  ? Simplify<PathParams<P> & z.input<Req>>
  : Req extends BinaryBody
    ? Simplify<PathParams<P> & BinaryBody>
    : keyof PathParams<P> extends never
      ? NoInput
      : PathParams<P>;

/** What a call resolves to: the response schema's output, or a Blob. */
export type OutputOf<Res> = Res extends z.ZodType ? z.output<Res> : Res extends BlobResponse ? Blob : void;

/** One typed operation: a spec plus phantom input/output types (never present at runtime). */
export interface Operation<In, Out> extends OperationSpec {
  readonly __types?: { input: In; output: Out };
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call; the promise rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** The client method of an operation: input optional when every field of it is. */
export type MethodOf<Op> =
  Op extends Operation<infer In, infer Out>
    ? {} extends In // eslint-disable-line @typescript-eslint/no-empty-object-type -- asks "is every field of In optional?"
      ? (input?: In, options?: CallOptions) => Promise<Out>
      : (input: In, options?: CallOptions) => Promise<Out>
    : never;

interface RouteBuilder<P extends string, Req> {
  /** The request schema (query for GET/DELETE, body otherwise); `BinaryBody` for uploads. Type only. */
  takes<R extends z.ZodType | BinaryBody>(): RouteBuilder<P, R>;
  /** The response schema (or `BlobResponse`); ends the entry. Type only. */
  returns<Res extends z.ZodType | BlobResponse>(): Operation<InputOf<P, Req>, OutputOf<Res>>;
}

/**
 * One entry of the operations table: method and path at runtime, request and response types from the
 * core zod schemas at compile time (the schemas themselves are never bundled).
 * @example getMentor: route('GET', '/v1/communities/{slug}/mentors/{mentorId}').returns<typeof mentorPageSchema>()
 */
export function route<const P extends string>(
  method: HttpMethod,
  path: P,
  flags: Pick<OperationSpec, 'session' | 'output' | 'input'> = {},
): RouteBuilder<P, undefined> {
  const spec: OperationSpec = { method, path, ...flags };
  const builder: RouteBuilder<P, never> = {
    takes() {
      spec.input ??= 'json';
      return builder as never;
    },
    returns: () => spec as never,
  };
  return builder as never;
}
