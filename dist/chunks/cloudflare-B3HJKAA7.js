import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);
import {
  rrsetKey
} from "./chunk-ZSGJYIBN.js";
import {
  GitopsDnsError
} from "./chunk-PGTEMPYL.js";
import "./chunk-VXMLVOK6.js";

// node_modules/cloudflare/core/resource.mjs
var APIResource = /* @__PURE__ */ (() => {
  class APIResource2 {
    constructor(client) {
      this._client = client;
    }
  }
  return APIResource2._key = [], APIResource2;
})();

// node_modules/cloudflare/internal/tslib.mjs
function __classPrivateFieldSet(receiver, state, value, kind, f) {
  if (kind === "m")
    throw new TypeError("Private method is not writable");
  if (kind === "a" && !f)
    throw new TypeError("Private accessor was defined without a setter");
  if (typeof state == "function" ? receiver !== state || !f : !state.has(receiver))
    throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
}
function __classPrivateFieldGet(receiver, state, kind, f) {
  if (kind === "a" && !f)
    throw new TypeError("Private accessor was defined without a getter");
  if (typeof state == "function" ? receiver !== state || !f : !state.has(receiver))
    throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}

// node_modules/cloudflare/internal/errors.mjs
function isAbortError(err) {
  return typeof err == "object" && err !== null && // Spec-compliant fetch implementations
  ("name" in err && err.name === "AbortError" || // Expo fetch
  "message" in err && String(err.message).includes("FetchRequestCanceledException"));
}
var castToError = (err) => {
  if (err instanceof Error)
    return err;
  if (typeof err == "object" && err !== null) {
    try {
      if (Object.prototype.toString.call(err) === "[object Error]") {
        let error = new Error(err.message, err.cause ? { cause: err.cause } : {});
        return err.stack && (error.stack = err.stack), err.cause && !error.cause && (error.cause = err.cause), err.name && (error.name = err.name), error;
      }
    } catch {
    }
    try {
      return new Error(JSON.stringify(err));
    } catch {
    }
  }
  return new Error(err);
};

// node_modules/cloudflare/core/error.mjs
var CloudflareError = /* @__PURE__ */ (() => {
  class CloudflareError2 extends Error {
  }
  return CloudflareError2;
})(), APIError = class _APIError extends CloudflareError {
  constructor(status, error, message, headers) {
    super(`${_APIError.makeMessage(status, error, message)}`), this.status = status, this.headers = headers, this.error = error;
    let data = error;
    this.errors = data?.errors ?? [];
  }
  static makeMessage(status, error, message) {
    let msg = error?.message ? typeof error.message == "string" ? error.message : JSON.stringify(error.message) : error ? JSON.stringify(error) : message;
    return status && msg ? `${status} ${msg}` : status ? `${status} status code (no body)` : msg || "(no status code or body)";
  }
  static generate(status, errorResponse, message, headers) {
    if (!status || !headers)
      return new APIConnectionError({ message, cause: castToError(errorResponse) });
    let error = errorResponse;
    return status === 400 ? new BadRequestError(status, error, message, headers) : status === 401 ? new AuthenticationError(status, error, message, headers) : status === 403 ? new PermissionDeniedError(status, error, message, headers) : status === 404 ? new NotFoundError(status, error, message, headers) : status === 409 ? new ConflictError(status, error, message, headers) : status === 422 ? new UnprocessableEntityError(status, error, message, headers) : status === 429 ? new RateLimitError(status, error, message, headers) : status >= 500 ? new InternalServerError(status, error, message, headers) : new _APIError(status, error, message, headers);
  }
}, APIUserAbortError = class extends APIError {
  constructor({ message } = {}) {
    super(void 0, void 0, message || "Request was aborted.", void 0);
  }
}, APIConnectionError = class extends APIError {
  constructor({ message, cause }) {
    super(void 0, void 0, message || "Connection error.", void 0), cause && (this.cause = cause);
  }
}, APIConnectionTimeoutError = class extends APIConnectionError {
  constructor({ message } = {}) {
    super({ message: message ?? "Request timed out." });
  }
}, BadRequestError = class extends APIError {
}, AuthenticationError = class extends APIError {
}, PermissionDeniedError = class extends APIError {
}, NotFoundError = class extends APIError {
}, ConflictError = class extends APIError {
}, UnprocessableEntityError = class extends APIError {
}, RateLimitError = class extends APIError {
}, InternalServerError = class extends APIError {
};

// node_modules/cloudflare/internal/utils/values.mjs
var startsWithSchemeRegexp = /^[a-z][a-z0-9+.-]*:/i, isAbsoluteURL = (url) => startsWithSchemeRegexp.test(url), isArray = (val) => (isArray = Array.isArray, isArray(val)), isReadonlyArray = isArray;
function maybeObj(x) {
  return typeof x != "object" ? {} : x ?? {};
}
function isEmptyObj(obj) {
  if (!obj)
    return !0;
  for (let _k in obj)
    return !1;
  return !0;
}
function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
var validatePositiveInteger = (name, n) => {
  if (typeof n != "number" || !Number.isInteger(n))
    throw new CloudflareError(`${name} must be an integer`);
  if (n < 0)
    throw new CloudflareError(`${name} must be a positive integer`);
  return n;
};
var safeJSON = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return;
  }
};

// node_modules/cloudflare/internal/utils/log.mjs
var levelNumbers = {
  off: 0,
  error: 200,
  warn: 300,
  info: 400,
  debug: 500
}, parseLogLevel = (maybeLevel, sourceName, client) => {
  if (maybeLevel) {
    if (hasOwn(levelNumbers, maybeLevel))
      return maybeLevel;
    loggerFor(client).warn(`${sourceName} was set to ${JSON.stringify(maybeLevel)}, expected one of ${JSON.stringify(Object.keys(levelNumbers))}`);
  }
};
function noop() {
}
function makeLogFn(fnLevel, logger, logLevel) {
  return !logger || levelNumbers[fnLevel] > levelNumbers[logLevel] ? noop : logger[fnLevel].bind(logger);
}
var noopLogger = {
  error: noop,
  warn: noop,
  info: noop,
  debug: noop
}, cachedLoggers = /* @__PURE__ */ new WeakMap();
function loggerFor(client) {
  let logger = client.logger, logLevel = client.logLevel ?? "off";
  if (!logger)
    return noopLogger;
  let cachedLogger = cachedLoggers.get(logger);
  if (cachedLogger && cachedLogger[0] === logLevel)
    return cachedLogger[1];
  let levelLogger = {
    error: makeLogFn("error", logger, logLevel),
    warn: makeLogFn("warn", logger, logLevel),
    info: makeLogFn("info", logger, logLevel),
    debug: makeLogFn("debug", logger, logLevel)
  };
  return cachedLoggers.set(logger, [logLevel, levelLogger]), levelLogger;
}
var formatRequestDetails = (details) => (details.options && (details.options = { ...details.options }, delete details.options.headers), details.headers && (details.headers = Object.fromEntries((details.headers instanceof Headers ? [...details.headers] : Object.entries(details.headers)).map(([name, value]) => [
  name,
  name.toLowerCase() === "authorization" || name.toLowerCase() === "api-key" || name.toLowerCase() === "x-api-key" || name.toLowerCase() === "cookie" || name.toLowerCase() === "set-cookie" || name.toLowerCase() === "x-auth-email" || name.toLowerCase() === "x-auth-key" || name.toLowerCase() === "x-auth-user-service-key" ? "***" : value
]))), "retryOfRequestLogID" in details && (details.retryOfRequestLogID && (details.retryOf = details.retryOfRequestLogID), delete details.retryOfRequestLogID), details);

// node_modules/cloudflare/internal/parse.mjs
async function defaultParseResponse(client, props) {
  let { response, requestLogID, retryOfRequestLogID, startTime } = props, body = await (async () => {
    if (response.status === 204)
      return null;
    if (props.options.__binaryResponse)
      return response;
    let mediaType = response.headers.get("content-type")?.split(";")[0]?.trim();
    return mediaType?.includes("application/json") || mediaType?.endsWith("+json") ? response.headers.get("content-length") === "0" ? void 0 : await response.json() : await response.text();
  })();
  return loggerFor(client).debug(`[${requestLogID}] response parsed`, formatRequestDetails({
    retryOfRequestLogID,
    url: response.url,
    status: response.status,
    body,
    durationMs: Date.now() - startTime
  })), body;
}

// node_modules/cloudflare/core/api-promise.mjs
var _APIPromise_client, APIPromise = /* @__PURE__ */ (() => {
  class APIPromise2 extends Promise {
    constructor(client, responsePromise, parseResponse = defaultParseResponse) {
      super((resolve) => {
        resolve(null);
      }), this.responsePromise = responsePromise, this.parseResponse = parseResponse, _APIPromise_client.set(this, void 0), __classPrivateFieldSet(this, _APIPromise_client, client, "f");
    }
    _thenUnwrap(transform) {
      return new APIPromise2(__classPrivateFieldGet(this, _APIPromise_client, "f"), this.responsePromise, async (client, props) => transform(await this.parseResponse(client, props), props));
    }
    /**
     * Gets the raw `Response` instance instead of parsing the response
     * data.
     *
     * If you want to parse the response body but still get the `Response`
     * instance, you can use {@link withResponse()}.
     *
     * 👋 Getting the wrong TypeScript type for `Response`?
     * Try setting `"moduleResolution": "NodeNext"` or add `"lib": ["DOM"]`
     * to your `tsconfig.json`.
     */
    asResponse() {
      return this.responsePromise.then((p) => p.response);
    }
    /**
     * Gets the parsed response data and the raw `Response` instance.
     *
     * If you just want to get the raw `Response` instance without parsing it,
     * you can use {@link asResponse()}.
     *
     * 👋 Getting the wrong TypeScript type for `Response`?
     * Try setting `"moduleResolution": "NodeNext"` or add `"lib": ["DOM"]`
     * to your `tsconfig.json`.
     */
    async withResponse() {
      let [data, response] = await Promise.all([this.parse(), this.asResponse()]);
      return { data, response };
    }
    parse() {
      return this.parsedPromise || (this.parsedPromise = this.responsePromise.then((data) => this.parseResponse(__classPrivateFieldGet(this, _APIPromise_client, "f"), data))), this.parsedPromise;
    }
    then(onfulfilled, onrejected) {
      return this.parse().then(onfulfilled, onrejected);
    }
    catch(onrejected) {
      return this.parse().catch(onrejected);
    }
    finally(onfinally) {
      return this.parse().finally(onfinally);
    }
  }
  return _APIPromise_client = /* @__PURE__ */ new WeakMap(), APIPromise2;
})();

// node_modules/cloudflare/core/pagination.mjs
var _AbstractPage_client, AbstractPage = /* @__PURE__ */ (() => {
  class AbstractPage2 {
    constructor(client, response, body, options) {
      _AbstractPage_client.set(this, void 0), __classPrivateFieldSet(this, _AbstractPage_client, client, "f"), this.options = options, this.response = response, this.body = body;
    }
    hasNextPage() {
      return this.getPaginatedItems().length ? this.nextPageRequestOptions() != null : !1;
    }
    async getNextPage() {
      let nextOptions = this.nextPageRequestOptions();
      if (!nextOptions)
        throw new CloudflareError("No next page expected; please check `.hasNextPage()` before calling `.getNextPage()`.");
      return await __classPrivateFieldGet(this, _AbstractPage_client, "f").requestAPIList(this.constructor, nextOptions);
    }
    async *iterPages() {
      let page = this;
      for (yield page; page.hasNextPage(); )
        page = await page.getNextPage(), yield page;
    }
    async *[(_AbstractPage_client = /* @__PURE__ */ new WeakMap(), Symbol.asyncIterator)]() {
      for await (let page of this.iterPages())
        for (let item of page.getPaginatedItems())
          yield item;
    }
  }
  return AbstractPage2;
})(), PagePromise = /* @__PURE__ */ (() => {
  class PagePromise2 extends APIPromise {
    constructor(client, request, Page3) {
      super(client, request, async (client2, props) => new Page3(client2, props.response, await defaultParseResponse(client2, props), props.options));
    }
    /**
     * Allow auto-paginating iteration on an unawaited list call, eg:
     *
     *    for await (const item of client.items.list()) {
     *      console.log(item)
     *    }
     */
    async *[Symbol.asyncIterator]() {
      let page = await this;
      for await (let item of page)
        yield item;
    }
  }
  return PagePromise2;
})();
var V4PagePaginationArray = class extends AbstractPage {
  constructor(client, response, body, options) {
    super(client, response, body, options), this.result = body.result || [], this.result_info = body.result_info || {};
  }
  getPaginatedItems() {
    return this.result ?? [];
  }
  nextPageRequestOptions() {
    let currentPage = this.options.query?.page ?? 1;
    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        page: currentPage + 1
      }
    };
  }
};
var SinglePage = class extends AbstractPage {
  constructor(client, response, body, options) {
    super(client, response, body, options), this.result = body.result || [];
  }
  getPaginatedItems() {
    return this.result ?? [];
  }
  nextPageRequestOptions() {
    return null;
  }
};

// node_modules/cloudflare/internal/headers.mjs
var brand_privateNullableHeaders = /* @__PURE__ */ Symbol("brand.privateNullableHeaders");
function* iterateHeaders(headers) {
  if (!headers)
    return;
  if (brand_privateNullableHeaders in headers) {
    let { values, nulls } = headers;
    yield* values.entries();
    for (let name of nulls)
      yield [name, null];
    return;
  }
  let shouldClear = !1, iter;
  headers instanceof Headers ? iter = headers.entries() : isReadonlyArray(headers) ? iter = headers : (shouldClear = !0, iter = Object.entries(headers ?? {}));
  for (let row of iter) {
    let name = row[0];
    if (typeof name != "string")
      throw new TypeError("expected header name to be a string");
    let values = isReadonlyArray(row[1]) ? row[1] : [row[1]], didClear = !1;
    for (let value of values)
      value !== void 0 && (shouldClear && !didClear && (didClear = !0, yield [name, null]), yield [name, value]);
  }
}
var buildHeaders = (newHeaders) => {
  let targetHeaders = new Headers(), nullHeaders = /* @__PURE__ */ new Set();
  for (let headers of newHeaders) {
    let seenHeaders = /* @__PURE__ */ new Set();
    for (let [name, value] of iterateHeaders(headers)) {
      let lowerName = name.toLowerCase();
      seenHeaders.has(lowerName) || (targetHeaders.delete(name), seenHeaders.add(lowerName)), value === null ? (targetHeaders.delete(name), nullHeaders.add(lowerName)) : (targetHeaders.append(name, value), nullHeaders.delete(lowerName));
    }
  }
  return { [brand_privateNullableHeaders]: !0, values: targetHeaders, nulls: nullHeaders };
};

// node_modules/cloudflare/internal/shims.mjs
function getDefaultFetch() {
  if (typeof fetch < "u")
    return fetch;
  throw new Error("`fetch` is not defined as a global; Either pass `fetch` to the client, `new Cloudflare({ fetch })` or polyfill the global, `globalThis.fetch = fetch`");
}
function makeReadableStream(...args) {
  let ReadableStream = globalThis.ReadableStream;
  if (typeof ReadableStream > "u")
    throw new Error("`ReadableStream` is not defined as a global; You will need to polyfill it, `globalThis.ReadableStream = ReadableStream`");
  return new ReadableStream(...args);
}
function ReadableStreamFrom(iterable) {
  let iter = Symbol.asyncIterator in iterable ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  return makeReadableStream({
    start() {
    },
    async pull(controller) {
      let { done, value } = await iter.next();
      done ? controller.close() : controller.enqueue(value);
    },
    async cancel() {
      await iter.return?.();
    }
  });
}
async function CancelReadableStream(stream) {
  if (stream === null || typeof stream != "object")
    return;
  if (stream[Symbol.asyncIterator]) {
    await stream[Symbol.asyncIterator]().return?.();
    return;
  }
  let reader = stream.getReader(), cancelPromise = reader.cancel();
  reader.releaseLock(), await cancelPromise;
}

// node_modules/cloudflare/internal/uploads.mjs
var checkFileSupport = () => {
  if (typeof File > "u") {
    let { process } = globalThis, isOldNode = typeof process?.versions?.node == "string" && parseInt(process.versions.node.split(".")) < 20;
    throw new Error("`File` is not defined as a global, which is required for file uploads." + (isOldNode ? " Update to Node 20 LTS or newer, or set `globalThis.File` to `import('node:buffer').File`." : ""));
  }
};
function makeFile(fileBits, fileName, options) {
  return checkFileSupport(), new File(fileBits, fileName ?? "unknown_file", options);
}
function getName(value) {
  return (typeof value == "object" && value !== null && ("name" in value && value.name && String(value.name) || "url" in value && value.url && String(value.url) || "filename" in value && value.filename && String(value.filename) || "path" in value && value.path && String(value.path)) || "").split(/[\\/]/).pop() || void 0;
}
var isAsyncIterable = (value) => value != null && typeof value == "object" && typeof value[Symbol.asyncIterator] == "function";
var multipartFormRequestOptions = async (opts, fetch2) => ({ ...opts, body: await createForm(opts.body, fetch2) }), supportsFormDataMap = /* @__PURE__ */ new WeakMap();
function supportsFormData(fetchObject) {
  let fetch2 = typeof fetchObject == "function" ? fetchObject : fetchObject.fetch, cached = supportsFormDataMap.get(fetch2);
  if (cached)
    return cached;
  let promise = (async () => {
    try {
      let FetchResponse = "Response" in fetch2 ? fetch2.Response : (await fetch2("data:,")).constructor, data = new FormData();
      return data.toString() !== await new FetchResponse(data).text();
    } catch {
      return !0;
    }
  })();
  return supportsFormDataMap.set(fetch2, promise), promise;
}
var createForm = async (body, fetch2) => {
  if (!await supportsFormData(fetch2))
    throw new TypeError("The provided fetch function does not support file uploads with the current global FormData class.");
  let form = new FormData();
  return await Promise.all(Object.entries(body || {}).map(([key, value]) => addFormValue(form, key, value))), form;
}, isNamedBlob = (value) => value instanceof Blob && "name" in value;
var addFormValue = async (form, key, value) => {
  if (value !== void 0) {
    if (value == null)
      throw new TypeError(`Received null for "${key}"; to pass null in FormData, you must use the string 'null'`);
    if (typeof value == "string" || typeof value == "number" || typeof value == "boolean")
      form.append(key, String(value));
    else if (value instanceof Response)
      form.append(key, makeFile([await value.blob()], getName(value)));
    else if (isAsyncIterable(value))
      form.append(key, makeFile([await new Response(ReadableStreamFrom(value)).blob()], getName(value)));
    else if (isNamedBlob(value))
      form.append(key, value, getName(value));
    else if (Array.isArray(value))
      await Promise.all(value.map((entry) => addFormValue(form, key + "[]", entry)));
    else if (typeof value == "object")
      await Promise.all(Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)));
    else
      throw new TypeError(`Invalid value given to form, expected a string, number, boolean, object, Array, File or Blob but got ${value} instead`);
  }
};

// node_modules/cloudflare/internal/utils/path.mjs
function encodeURIPath(str) {
  return str.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g, encodeURIComponent);
}
var EMPTY = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.create(null)), createPathTagFunction = (pathEncoder = encodeURIPath) => function(statics, ...params) {
  if (statics.length === 1)
    return statics[0];
  let postPath = !1, invalidSegments = [], path3 = statics.reduce((previousValue, currentValue, index) => {
    /[?#]/.test(currentValue) && (postPath = !0);
    let value = params[index], encoded = (postPath ? encodeURIComponent : pathEncoder)("" + value);
    return index !== params.length && (value == null || typeof value == "object" && // handle values from other realms
    value.toString === Object.getPrototypeOf(Object.getPrototypeOf(value.hasOwnProperty ?? EMPTY) ?? EMPTY)?.toString) && (encoded = value + "", invalidSegments.push({
      start: previousValue.length + currentValue.length,
      length: encoded.length,
      error: `Value of type ${Object.prototype.toString.call(value).slice(8, -1)} is not a valid path parameter`
    })), previousValue + currentValue + (index === params.length ? "" : encoded);
  }, ""), pathOnly = path3.split(/[?#]/, 1)[0], invalidSegmentPattern = /(?<=^|\/)(?:\.|%2e){1,2}(?=\/|$)/gi, match;
  for (; (match = invalidSegmentPattern.exec(pathOnly)) !== null; )
    invalidSegments.push({
      start: match.index,
      length: match[0].length,
      error: `Value "${match[0]}" can't be safely passed as a path parameter`
    });
  if (invalidSegments.sort((a, b) => a.start - b.start), invalidSegments.length > 0) {
    let lastEnd = 0, underline = invalidSegments.reduce((acc, segment) => {
      let spaces = " ".repeat(segment.start - lastEnd), arrows = "^".repeat(segment.length);
      return lastEnd = segment.start + segment.length, acc + spaces + arrows;
    }, "");
    throw new CloudflareError(`Path parameters result in path with invalid segments:
${invalidSegments.map((e) => e.error).join(`
`)}
${path3}
${underline}`);
  }
  return path3;
}, path = /* @__PURE__ */ createPathTagFunction(encodeURIPath);

// node_modules/cloudflare/resources/dns/records.mjs
var BaseRecords = /* @__PURE__ */ (() => {
  class BaseRecords2 extends APIResource {
    /**
     * Create a new DNS record for a zone.
     *
     * Notes:
     *
     * - A/AAAA records cannot exist on the same name as CNAME records.
     * - NS records cannot exist on the same name as any other record type.
     * - Domain names are always represented in Punycode, even if Unicode characters
     *   were used when creating the record.
     *
     * @example
     * ```ts
     * const recordResponse = await client.dns.records.create({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     *   name: 'example.com',
     *   ttl: 3600,
     *   type: 'A',
     * });
     * ```
     */
    create(params, options) {
      let { zone_id, include_shadow_metadata, ...body } = params;
      return this._client.post(path`/zones/${zone_id}/dns_records`, {
        query: { include_shadow_metadata },
        body,
        ...options
      })._thenUnwrap((obj) => obj.result);
    }
    /**
     * Overwrite an existing DNS record.
     *
     * Notes:
     *
     * - A/AAAA records cannot exist on the same name as CNAME records.
     * - NS records cannot exist on the same name as any other record type.
     * - Domain names are always represented in Punycode, even if Unicode characters
     *   were used when creating the record.
     *
     * @example
     * ```ts
     * const recordResponse = await client.dns.records.update(
     *   '023e105f4ecef8ad9ca31a8372d0c353',
     *   {
     *     zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     *     name: 'example.com',
     *     ttl: 3600,
     *     type: 'A',
     *   },
     * );
     * ```
     */
    update(dnsRecordID, params, options) {
      let { zone_id, include_shadow_metadata, ...body } = params;
      return this._client.put(path`/zones/${zone_id}/dns_records/${dnsRecordID}`, {
        query: { include_shadow_metadata },
        body,
        ...options
      })._thenUnwrap((obj) => obj.result);
    }
    /**
     * List, search, sort, and filter a zones' DNS records.
     *
     * @example
     * ```ts
     * // Automatically fetches more pages as needed.
     * for await (const recordResponse of client.dns.records.list({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * })) {
     *   // ...
     * }
     * ```
     */
    list(params, options) {
      let { zone_id, ...query } = params;
      return this._client.getAPIList(path`/zones/${zone_id}/dns_records`, V4PagePaginationArray, { query, ...options });
    }
    /**
     * Permanently removes a DNS record from the zone.
     *
     * @example
     * ```ts
     * const record = await client.dns.records.delete(
     *   '023e105f4ecef8ad9ca31a8372d0c353',
     *   { zone_id: '023e105f4ecef8ad9ca31a8372d0c353' },
     * );
     * ```
     */
    delete(dnsRecordID, params, options) {
      let { zone_id } = params;
      return this._client.delete(path`/zones/${zone_id}/dns_records/${dnsRecordID}`, options)._thenUnwrap((obj) => obj.result);
    }
    /**
     * Send a Batch of DNS Record API calls to be executed together.
     *
     * Notes:
     *
     * - Although Cloudflare will execute the batched operations in a single database
     *   transaction, Cloudflare's distributed KV store must treat each record change
     *   as a single key-value pair. This means that the propagation of changes is not
     *   atomic. See
     *   [the documentation](https://developers.cloudflare.com/dns/manage-dns-records/how-to/batch-record-changes/ "Batch DNS records")
     *   for more information.
     * - The operations you specify within the /batch request body are always executed
     *   in the following order:
     *
     *   - Deletes
     *   - Patches
     *   - Puts
     *   - Posts
     *
     * @example
     * ```ts
     * const response = await client.dns.records.batch({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    batch(params, options) {
      let { zone_id, include_shadow_metadata, ...body } = params;
      return this._client.post(path`/zones/${zone_id}/dns_records/batch`, {
        query: { include_shadow_metadata },
        body,
        ...options
      })._thenUnwrap((obj) => obj.result);
    }
    /**
     * Update an existing DNS record.
     *
     * Notes:
     *
     * - A/AAAA records cannot exist on the same name as CNAME records.
     * - NS records cannot exist on the same name as any other record type.
     * - Domain names are always represented in Punycode, even if Unicode characters
     *   were used when creating the record.
     *
     * @example
     * ```ts
     * const recordResponse = await client.dns.records.edit(
     *   '023e105f4ecef8ad9ca31a8372d0c353',
     *   {
     *     zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     *     name: 'example.com',
     *     ttl: 3600,
     *     type: 'A',
     *   },
     * );
     * ```
     */
    edit(dnsRecordID, params, options) {
      let { zone_id, include_shadow_metadata, ...body } = params;
      return this._client.patch(path`/zones/${zone_id}/dns_records/${dnsRecordID}`, {
        query: { include_shadow_metadata },
        body,
        ...options
      })._thenUnwrap((obj) => obj.result);
    }
    /**
     * You can export your
     * [BIND config](https://en.wikipedia.org/wiki/Zone_file "Zone file") through this
     * endpoint.
     *
     * See
     * [the documentation](https://developers.cloudflare.com/dns/manage-dns-records/how-to/import-and-export/ "Import and export records")
     * for more information.
     *
     * @example
     * ```ts
     * const response = await client.dns.records.export({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    export(params, options) {
      let { zone_id } = params;
      return this._client.get(path`/zones/${zone_id}/dns_records/export`, {
        ...options,
        headers: buildHeaders([{ Accept: "text/plain" }, options?.headers])
      });
    }
    /**
     * Retrieves details for a specific DNS record in the zone.
     *
     * @example
     * ```ts
     * const recordResponse = await client.dns.records.get(
     *   '023e105f4ecef8ad9ca31a8372d0c353',
     *   { zone_id: '023e105f4ecef8ad9ca31a8372d0c353' },
     * );
     * ```
     */
    get(dnsRecordID, params, options) {
      let { zone_id, ...query } = params;
      return this._client.get(path`/zones/${zone_id}/dns_records/${dnsRecordID}`, {
        query,
        ...options
      })._thenUnwrap((obj) => obj.result);
    }
    /**
     * You can upload your
     * [BIND config](https://en.wikipedia.org/wiki/Zone_file "Zone file") through this
     * endpoint. It assumes that cURL is called from a location with bind_config.txt
     * (valid BIND config) present.
     *
     * See
     * [the documentation](https://developers.cloudflare.com/dns/manage-dns-records/how-to/import-and-export/ "Import and export records")
     * for more information.
     *
     * @example
     * ```ts
     * const response = await client.dns.records.import({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     *   file: 'www.example.com. 300 IN  A 127.0.0.1',
     * });
     * ```
     */
    import(params, options) {
      let { zone_id, ...body } = params;
      return this._client.post(path`/zones/${zone_id}/dns_records/import`, multipartFormRequestOptions({ body, ...options }, this._client))._thenUnwrap((obj) => obj.result);
    }
    /**
     * Scan for common DNS records on your domain and automatically add them to your
     * zone. Useful if you haven't updated your nameservers yet.
     *
     * @deprecated This endpoint is deprecated in favor of a new asynchronous version. Please use the [/scan/trigger](https://developers.cloudflare.com/api/resources/dns/subresources/records/methods/scan/trigger) and [/scan/review](https://developers.cloudflare.com/api/resources/dns/subresources/records/methods/scan/review) endpoints instead.
     */
    scan(params, options) {
      let { zone_id } = params;
      return this._client.post(path`/zones/${zone_id}/dns_records/scan`, options)._thenUnwrap((obj) => obj.result);
    }
    /**
     * Retrieves the list of DNS records discovered up to this point by the
     * asynchronous scan. These records are temporary until explicitly accepted or
     * rejected via `POST /scan/review`. Additional records may be discovered by the
     * scan later.
     *
     * @example
     * ```ts
     * // Automatically fetches more pages as needed.
     * for await (const recordResponse of client.dns.records.scanList(
     *   { zone_id: '023e105f4ecef8ad9ca31a8372d0c353' },
     * )) {
     *   // ...
     * }
     * ```
     */
    scanList(params, options) {
      let { zone_id } = params;
      return this._client.getAPIList(path`/zones/${zone_id}/dns_records/scan/review`, SinglePage, options);
    }
    /**
     * Accept or reject DNS records found by the DNS records scan. Accepted records
     * will be permanently added to the zone, while rejected records will be
     * permanently deleted.
     *
     * @example
     * ```ts
     * const response = await client.dns.records.scanReview({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    scanReview(params, options) {
      let { zone_id, ...body } = params;
      return this._client.post(path`/zones/${zone_id}/dns_records/scan/review`, { body, ...options })._thenUnwrap((obj) => obj.result);
    }
    /**
     * Initiates an asynchronous scan for common DNS records on your domain. Note that
     * this **does not** automatically add records to your zone. The scan runs in the
     * background, and results can be reviewed later using the `/scan/review`
     * endpoints. Useful if you haven't updated your nameservers yet.
     *
     * @example
     * ```ts
     * const response = await client.dns.records.scanTrigger({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    scanTrigger(params, options) {
      let { zone_id } = params;
      return this._client.post(path`/zones/${zone_id}/dns_records/scan/trigger`, options);
    }
  }
  return BaseRecords2._key = Object.freeze(["dns", "records"]), BaseRecords2;
})();

// node_modules/cloudflare/resources/zones/zones.mjs
var BaseZones = /* @__PURE__ */ (() => {
  class BaseZones4 extends APIResource {
    /**
     * Creates a new zone (domain) in your Cloudflare account.
     *
     * The zone is created in a pending state and must be activated by updating your
     * domain's nameservers to point to Cloudflare, or by completing the verification
     * process for partial (CNAME) setups.
     *
     * @example
     * ```ts
     * const zone = await client.zones.create({
     *   account: {},
     *   name: 'example.com',
     * });
     * ```
     */
    create(body, options) {
      return this._client.post("/zones", { body, ...options })._thenUnwrap((obj) => obj.result);
    }
    /**
     * Lists, searches, sorts, and filters your zones. Listing zones across more than
     * 500 accounts is currently not allowed.
     *
     * @example
     * ```ts
     * // Automatically fetches more pages as needed.
     * for await (const zone of client.zones.list()) {
     *   // ...
     * }
     * ```
     */
    list(query = {}, options) {
      return this._client.getAPIList("/zones", V4PagePaginationArray, { query, ...options });
    }
    /**
     * Deletes an existing zone.
     *
     * @example
     * ```ts
     * const zone = await client.zones.delete({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    delete(params, options) {
      let { zone_id } = params;
      return this._client.delete(path`/zones/${zone_id}`, options)._thenUnwrap((obj) => obj.result);
    }
    /**
     * Edits a zone. Only one zone property can be changed at a time.
     *
     * @example
     * ```ts
     * const zone = await client.zones.edit({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    edit(params, options) {
      let { zone_id, ...body } = params;
      return this._client.patch(path`/zones/${zone_id}`, { body, ...options })._thenUnwrap((obj) => obj.result);
    }
    /**
     * Retrieves detailed information about a specific zone identified by its zone ID.
     *
     * Returns zone configuration, status, nameservers, and associated metadata.
     *
     * @example
     * ```ts
     * const zone = await client.zones.get({
     *   zone_id: '023e105f4ecef8ad9ca31a8372d0c353',
     * });
     * ```
     */
    get(params, options) {
      let { zone_id } = params;
      return this._client.get(path`/zones/${zone_id}`, options)._thenUnwrap((obj) => obj.result);
    }
  }
  return BaseZones4._key = Object.freeze(["zones"]), BaseZones4;
})();

// node_modules/cloudflare/internal/utils/uuid.mjs
var uuid4 = function() {
  let { crypto } = globalThis;
  if (crypto?.randomUUID)
    return uuid4 = crypto.randomUUID.bind(crypto), crypto.randomUUID();
  let u8 = new Uint8Array(1), randomByte = crypto ? () => crypto.getRandomValues(u8)[0] : () => Math.random() * 255 & 255;
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (+c ^ randomByte() & 15 >> +c / 4).toString(16));
};

// node_modules/cloudflare/internal/utils/sleep.mjs
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// node_modules/cloudflare/version.mjs
var VERSION = "7.3.0";

// node_modules/cloudflare/internal/detect-platform.mjs
function getDetectedPlatform() {
  return typeof Deno < "u" && Deno.build != null ? "deno" : typeof EdgeRuntime < "u" ? "edge" : Object.prototype.toString.call(typeof globalThis.process < "u" ? globalThis.process : 0) === "[object process]" ? "node" : "unknown";
}
var getPlatformProperties = () => {
  let detectedPlatform = getDetectedPlatform();
  if (detectedPlatform === "deno")
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": normalizePlatform(Deno.build.os),
      "X-Stainless-Arch": normalizeArch(Deno.build.arch),
      "X-Stainless-Runtime": "deno",
      "X-Stainless-Runtime-Version": typeof Deno.version == "string" ? Deno.version : Deno.version?.deno ?? "unknown"
    };
  if (typeof EdgeRuntime < "u")
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": "Unknown",
      "X-Stainless-Arch": `other:${EdgeRuntime}`,
      "X-Stainless-Runtime": "edge",
      "X-Stainless-Runtime-Version": globalThis.process.version
    };
  if (detectedPlatform === "node")
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": normalizePlatform(globalThis.process.platform ?? "unknown"),
      "X-Stainless-Arch": normalizeArch(globalThis.process.arch ?? "unknown"),
      "X-Stainless-Runtime": "node",
      "X-Stainless-Runtime-Version": globalThis.process.version ?? "unknown"
    };
  let browserInfo = getBrowserInfo();
  return browserInfo ? {
    "X-Stainless-Lang": "js",
    "X-Stainless-Package-Version": VERSION,
    "X-Stainless-OS": "Unknown",
    "X-Stainless-Arch": "unknown",
    "X-Stainless-Runtime": `browser:${browserInfo.browser}`,
    "X-Stainless-Runtime-Version": browserInfo.version
  } : {
    "X-Stainless-Lang": "js",
    "X-Stainless-Package-Version": VERSION,
    "X-Stainless-OS": "Unknown",
    "X-Stainless-Arch": "unknown",
    "X-Stainless-Runtime": "unknown",
    "X-Stainless-Runtime-Version": "unknown"
  };
};
function getBrowserInfo() {
  if (typeof navigator > "u" || !navigator)
    return null;
  let browserPatterns = [
    { key: "edge", pattern: /Edge(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "ie", pattern: /MSIE(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "ie", pattern: /Trident(?:.*rv\:(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "chrome", pattern: /Chrome(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "firefox", pattern: /Firefox(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "safari", pattern: /(?:Version\W+(\d+)\.(\d+)(?:\.(\d+))?)?(?:\W+Mobile\S*)?\W+Safari/ }
  ];
  for (let { key, pattern } of browserPatterns) {
    let match = pattern.exec(navigator.userAgent);
    if (match) {
      let major = match[1] || 0, minor = match[2] || 0, patch = match[3] || 0;
      return { browser: key, version: `${major}.${minor}.${patch}` };
    }
  }
  return null;
}
var normalizeArch = (arch) => arch === "x32" ? "x32" : arch === "x86_64" || arch === "x64" ? "x64" : arch === "arm" ? "arm" : arch === "aarch64" || arch === "arm64" ? "arm64" : arch ? `other:${arch}` : "unknown", normalizePlatform = (platform) => (platform = platform.toLowerCase(), platform.includes("ios") ? "iOS" : platform === "android" ? "Android" : platform === "darwin" ? "MacOS" : platform === "win32" ? "Windows" : platform === "freebsd" ? "FreeBSD" : platform === "openbsd" ? "OpenBSD" : platform === "linux" ? "Linux" : platform ? `Other:${platform}` : "Unknown"), _platformHeaders, getPlatformHeaders = () => _platformHeaders ?? (_platformHeaders = getPlatformProperties());

// node_modules/cloudflare/internal/request-options.mjs
var FallbackEncoder = ({ headers, body }) => ({
  bodyHeaders: {
    "content-type": "application/json"
  },
  body: JSON.stringify(body)
});

// node_modules/cloudflare/internal/qs/formats.mjs
var default_format = "RFC3986", default_formatter = (v) => String(v), formatters = {
  RFC1738: (v) => String(v).replace(/%20/g, "+"),
  RFC3986: default_formatter
}, RFC1738 = "RFC1738";

// node_modules/cloudflare/internal/qs/utils.mjs
var has = (obj, key) => (has = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty), has(obj, key)), hex_table = /* @__PURE__ */ (() => {
  let array = [];
  for (let i = 0; i < 256; ++i)
    array.push("%" + ((i < 16 ? "0" : "") + i.toString(16)).toUpperCase());
  return array;
})();
var limit = 1024, encode = (str, _defaultEncoder, charset, _kind, format) => {
  if (str.length === 0)
    return str;
  let string = str;
  if (typeof str == "symbol" ? string = Symbol.prototype.toString.call(str) : typeof str != "string" && (string = String(str)), charset === "iso-8859-1")
    return escape(string).replace(/%u[0-9a-f]{4}/gi, function($0) {
      return "%26%23" + parseInt($0.slice(2), 16) + "%3B";
    });
  let out = "";
  for (let j = 0; j < string.length; j += limit) {
    let segment = string.length >= limit ? string.slice(j, j + limit) : string, arr = [];
    for (let i = 0; i < segment.length; ++i) {
      let c = segment.charCodeAt(i);
      if (c === 45 || // -
      c === 46 || // .
      c === 95 || // _
      c === 126 || // ~
      c >= 48 && c <= 57 || // 0-9
      c >= 65 && c <= 90 || // a-z
      c >= 97 && c <= 122 || // A-Z
      format === RFC1738 && (c === 40 || c === 41)) {
        arr[arr.length] = segment.charAt(i);
        continue;
      }
      if (c < 128) {
        arr[arr.length] = hex_table[c];
        continue;
      }
      if (c < 2048) {
        arr[arr.length] = hex_table[192 | c >> 6] + hex_table[128 | c & 63];
        continue;
      }
      if (c < 55296 || c >= 57344) {
        arr[arr.length] = hex_table[224 | c >> 12] + hex_table[128 | c >> 6 & 63] + hex_table[128 | c & 63];
        continue;
      }
      i += 1, c = 65536 + ((c & 1023) << 10 | segment.charCodeAt(i) & 1023), arr[arr.length] = hex_table[240 | c >> 18] + hex_table[128 | c >> 12 & 63] + hex_table[128 | c >> 6 & 63] + hex_table[128 | c & 63];
    }
    out += arr.join("");
  }
  return out;
};
function is_buffer(obj) {
  return !obj || typeof obj != "object" ? !1 : !!(obj.constructor && obj.constructor.isBuffer && obj.constructor.isBuffer(obj));
}
function maybe_map(val, fn) {
  if (isArray(val)) {
    let mapped = [];
    for (let i = 0; i < val.length; i += 1)
      mapped.push(fn(val[i]));
    return mapped;
  }
  return fn(val);
}

// node_modules/cloudflare/internal/qs/stringify.mjs
var array_prefix_generators = {
  brackets(prefix) {
    return String(prefix) + "[]";
  },
  comma: "comma",
  indices(prefix, key) {
    return String(prefix) + "[" + key + "]";
  },
  repeat(prefix) {
    return String(prefix);
  }
}, push_to_array = function(arr, value_or_array) {
  Array.prototype.push.apply(arr, isArray(value_or_array) ? value_or_array : [value_or_array]);
}, toISOString, defaults = {
  addQueryPrefix: !1,
  allowDots: !1,
  allowEmptyArrays: !1,
  arrayFormat: "indices",
  charset: "utf-8",
  charsetSentinel: !1,
  delimiter: "&",
  encode: !0,
  encodeDotInKeys: !1,
  encoder: encode,
  encodeValuesOnly: !1,
  format: default_format,
  formatter: default_formatter,
  /** @deprecated */
  indices: !1,
  serializeDate(date) {
    return (toISOString ?? (toISOString = Function.prototype.call.bind(Date.prototype.toISOString)))(date);
  },
  skipNulls: !1,
  strictNullHandling: !1
};
function is_non_nullish_primitive(v) {
  return typeof v == "string" || typeof v == "number" || typeof v == "boolean" || typeof v == "symbol" || typeof v == "bigint";
}
var sentinel = {};
function inner_stringify(object, prefix, generateArrayPrefix, commaRoundTrip, allowEmptyArrays, strictNullHandling, skipNulls, encodeDotInKeys, encoder, filter, sort, allowDots, serializeDate, format, formatter, encodeValuesOnly, charset, sideChannel) {
  let obj = object, tmp_sc = sideChannel, step = 0, find_flag = !1;
  for (; (tmp_sc = tmp_sc.get(sentinel)) !== void 0 && !find_flag; ) {
    let pos = tmp_sc.get(object);
    if (step += 1, typeof pos < "u") {
      if (pos === step)
        throw new RangeError("Cyclic object value");
      find_flag = !0;
    }
    typeof tmp_sc.get(sentinel) > "u" && (step = 0);
  }
  if (typeof filter == "function" ? obj = filter(prefix, obj) : obj instanceof Date ? obj = serializeDate?.(obj) : generateArrayPrefix === "comma" && isArray(obj) && (obj = maybe_map(obj, function(value) {
    return value instanceof Date ? serializeDate?.(value) : value;
  })), obj === null) {
    if (strictNullHandling)
      return encoder && !encodeValuesOnly ? (
        // @ts-expect-error
        encoder(prefix, defaults.encoder, charset, "key", format)
      ) : prefix;
    obj = "";
  }
  if (is_non_nullish_primitive(obj) || is_buffer(obj)) {
    if (encoder) {
      let key_value = encodeValuesOnly ? prefix : encoder(prefix, defaults.encoder, charset, "key", format);
      return [
        formatter?.(key_value) + "=" + // @ts-expect-error
        formatter?.(encoder(obj, defaults.encoder, charset, "value", format))
      ];
    }
    return [formatter?.(prefix) + "=" + formatter?.(String(obj))];
  }
  let values = [];
  if (typeof obj > "u")
    return values;
  let obj_keys;
  if (generateArrayPrefix === "comma" && isArray(obj))
    encodeValuesOnly && encoder && (obj = maybe_map(obj, encoder)), obj_keys = [{ value: obj.length > 0 ? obj.join(",") || null : void 0 }];
  else if (isArray(filter))
    obj_keys = filter;
  else {
    let keys = Object.keys(obj);
    obj_keys = sort ? keys.sort(sort) : keys;
  }
  let encoded_prefix = encodeDotInKeys ? String(prefix).replace(/\./g, "%2E") : String(prefix), adjusted_prefix = commaRoundTrip && isArray(obj) && obj.length === 1 ? encoded_prefix + "[]" : encoded_prefix;
  if (allowEmptyArrays && isArray(obj) && obj.length === 0)
    return adjusted_prefix + "[]";
  for (let j = 0; j < obj_keys.length; ++j) {
    let key = obj_keys[j], value = (
      // @ts-ignore
      typeof key == "object" && typeof key.value < "u" ? key.value : obj[key]
    );
    if (skipNulls && value === null)
      continue;
    let encoded_key = allowDots && encodeDotInKeys ? key.replace(/\./g, "%2E") : key, key_prefix = isArray(obj) ? typeof generateArrayPrefix == "function" ? generateArrayPrefix(adjusted_prefix, encoded_key) : adjusted_prefix : adjusted_prefix + (allowDots ? "." + encoded_key : "[" + encoded_key + "]");
    sideChannel.set(object, step);
    let valueSideChannel = /* @__PURE__ */ new WeakMap();
    valueSideChannel.set(sentinel, sideChannel), push_to_array(values, inner_stringify(
      value,
      key_prefix,
      generateArrayPrefix,
      commaRoundTrip,
      allowEmptyArrays,
      strictNullHandling,
      skipNulls,
      encodeDotInKeys,
      // @ts-ignore
      generateArrayPrefix === "comma" && encodeValuesOnly && isArray(obj) ? null : encoder,
      filter,
      sort,
      allowDots,
      serializeDate,
      format,
      formatter,
      encodeValuesOnly,
      charset,
      valueSideChannel
    ));
  }
  return values;
}
function normalize_stringify_options(opts = defaults) {
  if (typeof opts.allowEmptyArrays < "u" && typeof opts.allowEmptyArrays != "boolean")
    throw new TypeError("`allowEmptyArrays` option can only be `true` or `false`, when provided");
  if (typeof opts.encodeDotInKeys < "u" && typeof opts.encodeDotInKeys != "boolean")
    throw new TypeError("`encodeDotInKeys` option can only be `true` or `false`, when provided");
  if (opts.encoder !== null && typeof opts.encoder < "u" && typeof opts.encoder != "function")
    throw new TypeError("Encoder has to be a function.");
  let charset = opts.charset || defaults.charset;
  if (typeof opts.charset < "u" && opts.charset !== "utf-8" && opts.charset !== "iso-8859-1")
    throw new TypeError("The charset option must be either utf-8, iso-8859-1, or undefined");
  let format = default_format;
  if (typeof opts.format < "u") {
    if (!has(formatters, opts.format))
      throw new TypeError("Unknown format option provided.");
    format = opts.format;
  }
  let formatter = formatters[format], filter = defaults.filter;
  (typeof opts.filter == "function" || isArray(opts.filter)) && (filter = opts.filter);
  let arrayFormat;
  if (opts.arrayFormat && opts.arrayFormat in array_prefix_generators ? arrayFormat = opts.arrayFormat : "indices" in opts ? arrayFormat = opts.indices ? "indices" : "repeat" : arrayFormat = defaults.arrayFormat, "commaRoundTrip" in opts && typeof opts.commaRoundTrip != "boolean")
    throw new TypeError("`commaRoundTrip` must be a boolean, or absent");
  let allowDots = typeof opts.allowDots > "u" ? opts.encodeDotInKeys ? !0 : defaults.allowDots : !!opts.allowDots;
  return {
    addQueryPrefix: typeof opts.addQueryPrefix == "boolean" ? opts.addQueryPrefix : defaults.addQueryPrefix,
    // @ts-ignore
    allowDots,
    allowEmptyArrays: typeof opts.allowEmptyArrays == "boolean" ? !!opts.allowEmptyArrays : defaults.allowEmptyArrays,
    arrayFormat,
    charset,
    charsetSentinel: typeof opts.charsetSentinel == "boolean" ? opts.charsetSentinel : defaults.charsetSentinel,
    commaRoundTrip: !!opts.commaRoundTrip,
    delimiter: typeof opts.delimiter > "u" ? defaults.delimiter : opts.delimiter,
    encode: typeof opts.encode == "boolean" ? opts.encode : defaults.encode,
    encodeDotInKeys: typeof opts.encodeDotInKeys == "boolean" ? opts.encodeDotInKeys : defaults.encodeDotInKeys,
    encoder: typeof opts.encoder == "function" ? opts.encoder : defaults.encoder,
    encodeValuesOnly: typeof opts.encodeValuesOnly == "boolean" ? opts.encodeValuesOnly : defaults.encodeValuesOnly,
    filter,
    format,
    formatter,
    serializeDate: typeof opts.serializeDate == "function" ? opts.serializeDate : defaults.serializeDate,
    skipNulls: typeof opts.skipNulls == "boolean" ? opts.skipNulls : defaults.skipNulls,
    // @ts-ignore
    sort: typeof opts.sort == "function" ? opts.sort : null,
    strictNullHandling: typeof opts.strictNullHandling == "boolean" ? opts.strictNullHandling : defaults.strictNullHandling
  };
}
function stringify(object, opts = {}) {
  let obj = object, options = normalize_stringify_options(opts), obj_keys, filter;
  typeof options.filter == "function" ? (filter = options.filter, obj = filter("", obj)) : isArray(options.filter) && (filter = options.filter, obj_keys = filter);
  let keys = [];
  if (typeof obj != "object" || obj === null)
    return "";
  let generateArrayPrefix = array_prefix_generators[options.arrayFormat], commaRoundTrip = generateArrayPrefix === "comma" && options.commaRoundTrip;
  obj_keys || (obj_keys = Object.keys(obj)), options.sort && obj_keys.sort(options.sort);
  let sideChannel = /* @__PURE__ */ new WeakMap();
  for (let i = 0; i < obj_keys.length; ++i) {
    let key = obj_keys[i];
    options.skipNulls && obj[key] === null || push_to_array(keys, inner_stringify(
      obj[key],
      key,
      // @ts-expect-error
      generateArrayPrefix,
      commaRoundTrip,
      options.allowEmptyArrays,
      options.strictNullHandling,
      options.skipNulls,
      options.encodeDotInKeys,
      options.encode ? options.encoder : null,
      options.filter,
      options.sort,
      options.allowDots,
      options.serializeDate,
      options.format,
      options.formatter,
      options.encodeValuesOnly,
      options.charset,
      sideChannel
    ));
  }
  let joined = keys.join(options.delimiter), prefix = options.addQueryPrefix === !0 ? "?" : "";
  return options.charsetSentinel && (options.charset === "iso-8859-1" ? prefix += "utf8=%26%2310003%3B&" : prefix += "utf8=%E2%9C%93&"), joined.length > 0 ? prefix + joined : "";
}

// node_modules/cloudflare/internal/utils/query.mjs
function stringifyQuery(query) {
  return stringify(query, { allowDots: !0, arrayFormat: "repeat" });
}

// node_modules/cloudflare/internal/utils/env.mjs
var readEnv = (env) => {
  if (typeof globalThis.process < "u")
    return globalThis.process.env?.[env]?.trim() || void 0;
  if (typeof globalThis.Deno < "u")
    return globalThis.Deno.env?.get?.(env)?.trim() || void 0;
};

// node_modules/cloudflare/client.mjs
var _BaseCloudflare_instances, _BaseCloudflare_encoder, _BaseCloudflare_baseURLOverridden;
var BaseCloudflare = /* @__PURE__ */ (() => {
  class BaseCloudflare2 {
    /**
     * API Client for interfacing with the Cloudflare API.
     *
     * @param {string | null | undefined} [opts.apiToken=process.env['CLOUDFLARE_API_TOKEN'] ?? null]
     * @param {string | null | undefined} [opts.apiKey=process.env['CLOUDFLARE_API_KEY'] ?? null]
     * @param {string | null | undefined} [opts.apiEmail=process.env['CLOUDFLARE_EMAIL'] ?? null]
     * @param {string | null | undefined} [opts.userServiceKey=process.env['CLOUDFLARE_API_USER_SERVICE_KEY'] ?? null]
     * @param {string} [opts.baseURL=process.env['CLOUDFLARE_BASE_URL'] ?? https://api.cloudflare.com/client/v4] - Override the default base URL for the API.
     * @param {number} [opts.timeout=1 minute] - The maximum amount of time (in milliseconds) the client will wait for a response before timing out.
     * @param {MergedRequestInit} [opts.fetchOptions] - Additional `RequestInit` options to be passed to `fetch` calls.
     * @param {Fetch} [opts.fetch] - Specify a custom `fetch` function implementation.
     * @param {number} [opts.maxRetries=2] - The maximum number of times the client will retry a request.
     * @param {HeadersLike} opts.defaultHeaders - Default headers to include with every request to the API.
     * @param {Record<string, string | undefined>} opts.defaultQuery - Default query parameters to include with every request to the API.
     * @param {string | null} [opts.apiVersion] - Define the version to target for the API.
     */
    constructor({ baseURL = readEnv("CLOUDFLARE_BASE_URL"), apiVersion = null, apiToken = readEnv("CLOUDFLARE_API_TOKEN") ?? null, apiKey = readEnv("CLOUDFLARE_API_KEY") ?? null, apiEmail = readEnv("CLOUDFLARE_EMAIL") ?? null, userServiceKey = readEnv("CLOUDFLARE_API_USER_SERVICE_KEY") ?? null, ...opts } = {}) {
      _BaseCloudflare_instances.add(this), _BaseCloudflare_encoder.set(this, void 0);
      let options = {
        apiToken,
        apiKey,
        apiEmail,
        userServiceKey,
        ...opts,
        baseURL: baseURL || "https://api.cloudflare.com/client/v4",
        apiVersion: apiVersion || (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
      };
      this.baseURL = options.baseURL, this.timeout = options.timeout ?? BaseCloudflare2.DEFAULT_TIMEOUT, this.logger = options.logger ?? console;
      let defaultLogLevel = "warn";
      this.logLevel = defaultLogLevel, this.logLevel = parseLogLevel(options.logLevel, "ClientOptions.logLevel", this) ?? parseLogLevel(readEnv("CLOUDFLARE_LOG"), "process.env['CLOUDFLARE_LOG']", this) ?? defaultLogLevel, this.fetchOptions = options.fetchOptions, this.maxRetries = options.maxRetries ?? 2, this.fetch = options.fetch ?? getDefaultFetch(), __classPrivateFieldSet(this, _BaseCloudflare_encoder, FallbackEncoder, "f");
      let customHeadersEnv = readEnv("CLOUDFLARE_CUSTOM_HEADERS");
      if (customHeadersEnv) {
        let parsed = {};
        for (let line of customHeadersEnv.split(`
`)) {
          let colon = line.indexOf(":");
          colon >= 0 && (parsed[line.substring(0, colon).trim()] = line.substring(colon + 1).trim());
        }
        options.defaultHeaders = { ...parsed, ...options.defaultHeaders };
      }
      this._options = options, this.apiToken = apiToken, this.apiKey = apiKey, this.apiEmail = apiEmail, this.userServiceKey = userServiceKey, this.apiVersion = options.apiVersion;
    }
    /**
     * Create a new client instance re-using the same options given to the current client with optional overriding.
     */
    withOptions(options) {
      return new this.constructor({
        ...this._options,
        baseURL: this.baseURL,
        maxRetries: this.maxRetries,
        timeout: this.timeout,
        logger: this.logger,
        logLevel: this.logLevel,
        fetch: this.fetch,
        fetchOptions: this.fetchOptions,
        apiToken: this.apiToken,
        apiKey: this.apiKey,
        apiEmail: this.apiEmail,
        userServiceKey: this.userServiceKey,
        apiVersion: this.apiVersion,
        ...options
      });
    }
    defaultQuery() {
      return this._options.defaultQuery;
    }
    validateHeaders({ values, nulls }) {
      if (!(this.apiEmail && values.get("x-auth-email")) && !nulls.has("x-auth-email") && !(this.apiKey && values.get("x-auth-key")) && !nulls.has("x-auth-key") && !(this.apiToken && values.get("authorization")) && !nulls.has("authorization") && !(this.userServiceKey && values.get("x-auth-user-service-key")) && !nulls.has("x-auth-user-service-key"))
        throw new Error('Could not resolve authentication method. Expected one of apiEmail, apiKey, apiToken or userServiceKey to be set. Or for one of the "X-Auth-Email", "X-Auth-Key", "Authorization" or "X-Auth-User-Service-Key" headers to be explicitly omitted');
    }
    async authHeaders(opts) {
      return buildHeaders([
        await this.apiEmailAuth(opts),
        await this.apiKeyAuth(opts),
        await this.apiTokenAuth(opts),
        await this.userServiceKeyAuth(opts)
      ]);
    }
    async apiEmailAuth(opts) {
      if (this.apiEmail != null)
        return buildHeaders([{ "X-Auth-Email": this.apiEmail }]);
    }
    async apiKeyAuth(opts) {
      if (this.apiKey != null)
        return buildHeaders([{ "X-Auth-Key": this.apiKey }]);
    }
    async apiTokenAuth(opts) {
      if (this.apiToken != null)
        return buildHeaders([{ Authorization: `Bearer ${this.apiToken}` }]);
    }
    async userServiceKeyAuth(opts) {
      if (this.userServiceKey != null)
        return buildHeaders([{ "X-Auth-User-Service-Key": this.userServiceKey }]);
    }
    stringifyQuery(query) {
      return stringifyQuery(query);
    }
    getUserAgent() {
      return `${this.constructor.name}/JS ${VERSION}`;
    }
    defaultIdempotencyKey() {
      return `stainless-node-retry-${uuid4()}`;
    }
    makeStatusError(status, error, message, headers) {
      return APIError.generate(status, error, message, headers);
    }
    buildURL(path2, query, defaultBaseURL) {
      let baseURL = !__classPrivateFieldGet(this, _BaseCloudflare_instances, "m", _BaseCloudflare_baseURLOverridden).call(this) && defaultBaseURL || this.baseURL, url = isAbsoluteURL(path2) ? new URL(path2) : new URL(baseURL + (baseURL.endsWith("/") && path2.startsWith("/") ? path2.slice(1) : path2)), defaultQuery = this.defaultQuery(), pathQuery = Object.fromEntries(url.searchParams);
      return (!isEmptyObj(defaultQuery) || !isEmptyObj(pathQuery)) && (query = { ...pathQuery, ...defaultQuery, ...query }), typeof query == "object" && query && !Array.isArray(query) && (url.search = this.stringifyQuery(query)), url.toString();
    }
    /**
     * Used as a callback for mutating the given `FinalRequestOptions` object.
     */
    async prepareOptions(options) {
    }
    /**
     * Used as a callback for mutating the given `RequestInit` object.
     *
     * This is useful for cases where you want to add certain headers based off of
     * the request properties, e.g. `method` or `url`.
     */
    async prepareRequest(request, { url, options }) {
    }
    get(path2, opts) {
      return this.methodRequest("get", path2, opts);
    }
    post(path2, opts) {
      return this.methodRequest("post", path2, opts);
    }
    patch(path2, opts) {
      return this.methodRequest("patch", path2, opts);
    }
    put(path2, opts) {
      return this.methodRequest("put", path2, opts);
    }
    delete(path2, opts) {
      return this.methodRequest("delete", path2, opts);
    }
    methodRequest(method, path2, opts) {
      return this.request(Promise.resolve(opts).then((opts2) => ({ method, path: path2, ...opts2 })));
    }
    request(options, remainingRetries = null) {
      return new APIPromise(this, this.makeRequest(options, remainingRetries, void 0));
    }
    async makeRequest(optionsInput, retriesRemaining, retryOfRequestLogID) {
      let options = await optionsInput, maxRetries = options.maxRetries ?? this.maxRetries;
      retriesRemaining == null && (retriesRemaining = maxRetries), await this.prepareOptions(options);
      let { req, url, timeout } = await this.buildRequest(options, {
        retryCount: maxRetries - retriesRemaining
      });
      await this.prepareRequest(req, { url, options });
      let requestLogID = "log_" + (Math.random() * (1 << 24) | 0).toString(16).padStart(6, "0"), retryLogStr = retryOfRequestLogID === void 0 ? "" : `, retryOf: ${retryOfRequestLogID}`, startTime = Date.now();
      if (loggerFor(this).debug(`[${requestLogID}] sending request`, formatRequestDetails({
        retryOfRequestLogID,
        method: options.method,
        url,
        options,
        headers: req.headers
      })), options.signal?.aborted)
        throw new APIUserAbortError();
      let controller = new AbortController(), response = await this.fetchWithTimeout(url, req, timeout, controller).catch(castToError), headersTime = Date.now();
      if (response instanceof globalThis.Error) {
        let retryMessage = `retrying, ${retriesRemaining} attempts remaining`;
        if (options.signal?.aborted)
          throw new APIUserAbortError();
        let isTimeout = isAbortError(response) || /timed? ?out/i.test(String(response) + ("cause" in response ? String(response.cause) : ""));
        if (retriesRemaining)
          return loggerFor(this).info(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} - ${retryMessage}`), loggerFor(this).debug(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} (${retryMessage})`, formatRequestDetails({
            retryOfRequestLogID,
            url,
            durationMs: headersTime - startTime,
            message: response.message
          })), this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID);
        throw loggerFor(this).info(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} - error; no more retries left`), loggerFor(this).debug(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} (error; no more retries left)`, formatRequestDetails({
          retryOfRequestLogID,
          url,
          durationMs: headersTime - startTime,
          message: response.message
        })), isTimeout ? new APIConnectionTimeoutError() : new APIConnectionError({ cause: response });
      }
      let responseInfo = `[${requestLogID}${retryLogStr}] ${req.method} ${url} ${response.ok ? "succeeded" : "failed"} with status ${response.status} in ${headersTime - startTime}ms`;
      if (!response.ok) {
        let shouldRetry = await this.shouldRetry(response);
        if (retriesRemaining && shouldRetry) {
          let retryMessage2 = `retrying, ${retriesRemaining} attempts remaining`;
          return await CancelReadableStream(response.body), loggerFor(this).info(`${responseInfo} - ${retryMessage2}`), loggerFor(this).debug(`[${requestLogID}] response error (${retryMessage2})`, formatRequestDetails({
            retryOfRequestLogID,
            url: response.url,
            status: response.status,
            headers: response.headers,
            durationMs: headersTime - startTime
          })), this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID, response.headers);
        }
        let retryMessage = shouldRetry ? "error; no more retries left" : "error; not retryable";
        loggerFor(this).info(`${responseInfo} - ${retryMessage}`);
        let errText = await response.text().catch((err2) => castToError(err2).message), errJSON = safeJSON(errText), errMessage = errJSON ? void 0 : errText;
        throw loggerFor(this).debug(`[${requestLogID}] response error (${retryMessage})`, formatRequestDetails({
          retryOfRequestLogID,
          url: response.url,
          status: response.status,
          headers: response.headers,
          message: errMessage,
          durationMs: Date.now() - startTime
        })), this.makeStatusError(response.status, errJSON, errMessage, response.headers);
      }
      return loggerFor(this).info(responseInfo), loggerFor(this).debug(`[${requestLogID}] response start`, formatRequestDetails({
        retryOfRequestLogID,
        url: response.url,
        status: response.status,
        headers: response.headers,
        durationMs: headersTime - startTime
      })), { response, options, controller, requestLogID, retryOfRequestLogID, startTime };
    }
    getAPIList(path2, Page3, opts) {
      return this.requestAPIList(Page3, opts && "then" in opts ? opts.then((opts2) => ({ method: "get", path: path2, ...opts2 })) : { method: "get", path: path2, ...opts });
    }
    requestAPIList(Page3, options) {
      let request = this.makeRequest(options, null, void 0);
      return new PagePromise(this, request, Page3);
    }
    async fetchWithTimeout(url, init, ms, controller) {
      let { signal, method, ...options } = init || {}, abort = this._makeAbort(controller);
      signal && signal.addEventListener("abort", abort, { once: !0 });
      let timeout = setTimeout(abort, ms), isReadableBody = globalThis.ReadableStream && options.body instanceof globalThis.ReadableStream || typeof options.body == "object" && options.body !== null && Symbol.asyncIterator in options.body, fetchOptions = {
        signal: controller.signal,
        ...isReadableBody ? { duplex: "half" } : {},
        method: "GET",
        ...options
      };
      method && (fetchOptions.method = method.toUpperCase());
      try {
        return await this.fetch.call(void 0, url, fetchOptions);
      } finally {
        clearTimeout(timeout);
      }
    }
    async shouldRetry(response) {
      let shouldRetryHeader = response.headers.get("x-should-retry");
      return shouldRetryHeader === "true" ? !0 : shouldRetryHeader === "false" ? !1 : response.status === 408 || response.status === 409 || response.status === 429 || response.status >= 500;
    }
    async retryRequest(options, retriesRemaining, requestLogID, responseHeaders) {
      let timeoutMillis, retryAfterMillisHeader = responseHeaders?.get("retry-after-ms");
      if (retryAfterMillisHeader) {
        let timeoutMs = parseFloat(retryAfterMillisHeader);
        Number.isNaN(timeoutMs) || (timeoutMillis = timeoutMs);
      }
      let retryAfterHeader = responseHeaders?.get("retry-after");
      if (retryAfterHeader && !timeoutMillis) {
        let timeoutSeconds = parseFloat(retryAfterHeader);
        Number.isNaN(timeoutSeconds) ? timeoutMillis = Date.parse(retryAfterHeader) - Date.now() : timeoutMillis = timeoutSeconds * 1e3;
      }
      if (timeoutMillis === void 0) {
        let maxRetries = options.maxRetries ?? this.maxRetries;
        timeoutMillis = this.calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries);
      }
      return await sleep(timeoutMillis), this.makeRequest(options, retriesRemaining - 1, requestLogID);
    }
    calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries) {
      let numRetries = maxRetries - retriesRemaining, sleepSeconds = Math.min(0.5 * Math.pow(2, numRetries), 8), jitter = 1 - Math.random() * 0.25;
      return sleepSeconds * jitter * 1e3;
    }
    async buildRequest(inputOptions, { retryCount = 0 } = {}) {
      let options = { ...inputOptions }, { method, path: path2, query, defaultBaseURL } = options, url = this.buildURL(path2, query, defaultBaseURL);
      "timeout" in options && validatePositiveInteger("timeout", options.timeout), options.timeout = options.timeout ?? this.timeout;
      let { bodyHeaders, body } = this.buildBody({ options }), reqHeaders = await this.buildHeaders({ options: inputOptions, method, bodyHeaders, retryCount });
      return { req: {
        method,
        headers: reqHeaders,
        ...options.signal && { signal: options.signal },
        ...globalThis.ReadableStream && body instanceof globalThis.ReadableStream && { duplex: "half" },
        ...body && { body },
        ...this.fetchOptions ?? {},
        ...options.fetchOptions ?? {}
      }, url, timeout: options.timeout };
    }
    async buildHeaders({ options, method, bodyHeaders, retryCount }) {
      let idempotencyHeaders = {};
      this.idempotencyHeader && method !== "get" && (options.idempotencyKey || (options.idempotencyKey = this.defaultIdempotencyKey()), idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey);
      let headers = buildHeaders([
        idempotencyHeaders,
        {
          Accept: "application/json",
          "User-Agent": this.getUserAgent(),
          "api-version": this.apiVersion,
          "X-Stainless-Retry-Count": String(retryCount),
          ...options.timeout ? { "X-Stainless-Timeout": String(Math.trunc(options.timeout / 1e3)) } : {},
          ...getPlatformHeaders(),
          "X-Auth-Key": this.apiKey,
          "X-Auth-Email": this.apiEmail
        },
        await this.authHeaders(options),
        this._options.defaultHeaders,
        bodyHeaders,
        options.headers
      ]);
      return this.validateHeaders(headers), headers.values;
    }
    _makeAbort(controller) {
      return () => controller.abort();
    }
    buildBody({ options }) {
      let { body, headers: rawHeaders } = options;
      if (!body)
        return body == null && "body" in options ? __classPrivateFieldGet(this, _BaseCloudflare_encoder, "f").call(this, { body, headers: buildHeaders([rawHeaders]) }) : { bodyHeaders: void 0, body: void 0 };
      let headers = buildHeaders([rawHeaders]);
      return (
        // Pass raw type verbatim
        ArrayBuffer.isView(body) || body instanceof ArrayBuffer || body instanceof DataView || typeof body == "string" && // Preserve legacy string encoding behavior for now
        headers.values.has("content-type") || // `Blob` is superset of `File`
        globalThis.Blob && body instanceof globalThis.Blob || // `FormData` -> `multipart/form-data`
        body instanceof FormData || // `URLSearchParams` -> `application/x-www-form-urlencoded`
        body instanceof URLSearchParams || // Send chunked stream (each chunk has own `length`)
        globalThis.ReadableStream && body instanceof globalThis.ReadableStream ? { bodyHeaders: void 0, body } : typeof body == "object" && (Symbol.asyncIterator in body || Symbol.iterator in body && "next" in body && typeof body.next == "function") ? { bodyHeaders: void 0, body: ReadableStreamFrom(body) } : typeof body == "object" && headers.values.get("content-type") === "application/x-www-form-urlencoded" ? {
          bodyHeaders: { "content-type": "application/x-www-form-urlencoded" },
          body: this.stringifyQuery(body)
        } : __classPrivateFieldGet(this, _BaseCloudflare_encoder, "f").call(this, { body, headers })
      );
    }
  }
  return _BaseCloudflare_encoder = /* @__PURE__ */ new WeakMap(), _BaseCloudflare_instances = /* @__PURE__ */ new WeakSet(), _BaseCloudflare_baseURLOverridden = function() {
    return this.baseURL !== "https://api.cloudflare.com/client/v4";
  }, BaseCloudflare2.DEFAULT_TIMEOUT = 6e4, BaseCloudflare2;
})();

// node_modules/cloudflare/tree-shakable.mjs
function createClient(options) {
  let client = new BaseCloudflare(options);
  for (let ResourceClass of options.resources) {
    let resourceInstance = new ResourceClass(client), object = client;
    for (let part of ResourceClass._key.slice(0, -1))
      hasOwn(object, part) ? object = object[part] : Object.defineProperty(object, part, {
        value: object = {},
        configurable: !0,
        enumerable: !0,
        writable: !0
      });
    let name = ResourceClass._key.at(-1);
    if (!hasOwn(object, name))
      Object.defineProperty(object, name, {
        value: resourceInstance,
        configurable: !0,
        enumerable: !0,
        writable: !0
      });
    else {
      if (object[name] instanceof APIResource)
        throw new TypeError(`Resource at ${ResourceClass._key.join(".")} already exists!`);
      object[name] = Object.assign(resourceInstance, object[name]);
    }
  }
  return client;
}

// src/providers/cloudflare/txt-content.ts
function quoteTxt(text) {
  let chunks = [], current = "", currentBytes = 0;
  for (let char of text) {
    let bytes = Buffer.byteLength(char, "utf8");
    currentBytes + bytes > 255 && (chunks.push(current), current = "", currentBytes = 0), current += char, currentBytes += bytes;
  }
  return (current !== "" || chunks.length === 0) && chunks.push(current), chunks.map((c) => `"${c.replace(/[\\"]/g, (m) => `\\${m}`)}"`).join(" ");
}
function unquoteTxt(content) {
  let trimmed = content.trim();
  if (!trimmed.startsWith('"')) return content;
  let out = "", i = 0;
  for (; i < trimmed.length; ) {
    if (trimmed[i] === " " || trimmed[i] === "	") {
      i++;
      continue;
    }
    if (trimmed[i] !== '"') return content;
    for (i++; i < trimmed.length && trimmed[i] !== '"'; ) {
      if (trimmed[i] === "\\") {
        let decimal = /^\d{3}/.exec(trimmed.slice(i + 1, i + 4));
        if (decimal) {
          out += String.fromCharCode(Number(decimal[0])), i += 4;
          continue;
        }
        i++;
      }
      out += trimmed[i] ?? "", i++;
    }
    i++;
  }
  return out;
}

// src/providers/cloudflare/cloudflare-record.ts
var proxiableTypes = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME"]);
function keptAttributes(record) {
  return {
    ...typeof record.comment == "string" && record.comment !== "" ? { comment: record.comment } : {},
    ...Array.isArray(record.tags) && record.tags.length > 0 ? { tags: record.tags } : {},
    ...record.settings && Object.keys(record.settings).length > 0 ? { settings: record.settings } : {}
  };
}
function hostname(name) {
  return name.toLowerCase().replace(/\.$/, "");
}
function int(text, what, value) {
  let n = Number(text);
  if (text === void 0 || !Number.isInteger(n) || n < 0)
    throw new Error(`invalid ${what} in "${value}"`);
  return n;
}
function encodeValue(type, value) {
  switch (type) {
    case "TXT":
      return { content: quoteTxt(value) };
    case "MX": {
      let [priority, exchange, ...rest] = value.trim().split(/\s+/);
      if (exchange === void 0 || rest.length > 0)
        throw new Error(`MX value must be "<priority> <host>": "${value}"`);
      return { content: hostname(exchange), priority: int(priority, "MX priority", value) };
    }
    case "SRV": {
      let [priority, weight, port, target, ...rest] = value.trim().split(/\s+/);
      if (target === void 0 || rest.length > 0)
        throw new Error(`SRV value must be "<priority> <weight> <port> <target>": "${value}"`);
      return {
        data: {
          priority: int(priority, "SRV priority", value),
          weight: int(weight, "SRV weight", value),
          port: int(port, "SRV port", value),
          target: hostname(target)
        }
      };
    }
    case "CAA": {
      let match = /^\s*(\d+)\s+([A-Za-z0-9]+)\s+(?:"((?:[^"\\]|\\.)*)"|(\S+))\s*$/.exec(value);
      if (!match) throw new Error(`CAA value must be '<flags> <tag> "<value>"': "${value}"`);
      let caaValue = match[3] !== void 0 ? match[3].replace(/\\(.)/g, "$1") : match[4] ?? "";
      return { data: { flags: Number(match[1]), tag: match[2].toLowerCase(), value: caaValue } };
    }
    case "CNAME":
    case "NS":
      return { content: hostname(value) };
    default:
      return { content: value };
  }
}
function encodeRecord(name, type, value, ttlSeconds, proxied) {
  return {
    name,
    type,
    ttl: ttlSeconds,
    ...proxiableTypes.has(type) ? { proxied } : {},
    ...encodeValue(type, value)
  };
}
function dataField(record, key) {
  let v = record.data?.[key];
  return typeof v == "number" || typeof v == "string" ? String(v) : "";
}
function decodeValue(record) {
  let content = record.content ?? "";
  switch (record.type) {
    case "TXT":
      return unquoteTxt(content);
    case "MX":
      return `${record.priority ?? 0} ${hostname(content)}`;
    case "SRV":
      return record.data ? ["priority", "weight", "port"].map((k) => dataField(record, k)).join(" ") + ` ${hostname(dataField(record, "target"))}` : content;
    case "CAA": {
      if (!record.data) return content;
      let value = dataField(record, "value").replace(/[\\"]/g, (m) => `\\${m}`);
      return `${dataField(record, "flags")} ${dataField(record, "tag")} "${value}"`;
    }
    case "CNAME":
    case "NS":
    case "PTR":
      return hostname(content);
    default:
      return content;
  }
}
function decodeRecord(record) {
  return {
    name: hostname(record.name),
    type: record.type.toUpperCase(),
    value: decodeValue(record),
    ttlSeconds: record.ttl,
    proxied: record.proxied === !0
  };
}

// src/providers/cloudflare/cloudflare-rrsets.ts
var proxiedKey = "cloudflare-proxied", autoTtl = 1;
function groupRrsets(records) {
  let groups = /* @__PURE__ */ new Map();
  for (let record of records) {
    let r = decodeRecord(record), key = `${r.name}\0${r.type}`, group = groups.get(key);
    group || (group = {
      rrset: { name: r.name, type: r.type, ttlSeconds: r.ttlSeconds, values: [] },
      proxied: /* @__PURE__ */ new Set()
    }, groups.set(key, group)), group.rrset.values.push(r.value), group.rrset.ttlSeconds = Math.min(group.rrset.ttlSeconds, r.ttlSeconds), group.proxied.add(r.proxied);
  }
  return [...groups.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, { rrset, proxied }]) => {
    if (rrset.values.sort(), proxiableTypes.has(rrset.type)) {
      let state = proxied.size > 1 ? "mixed" : String(proxied.has(!0));
      rrset.providerSpecific = { [proxiedKey]: state };
    }
    return rrset;
  });
}
function isProxied(rrset, rules) {
  if (!proxiableTypes.has(rrset.type)) return !1;
  let own = rrset.providerSpecific?.[proxiedKey];
  return own === void 0 ? rules.proxiedDefault : own === "true";
}
function effectiveTtl(rrset, proxied, rules) {
  return proxied || rrset.ttlSeconds === autoTtl ? autoTtl : Math.max(rrset.ttlSeconds, rules.minTtlSeconds);
}
function canonicalValue(type, value) {
  try {
    return decodeValue({ id: "", name: "", type, ttl: 0, ...encodeValue(type, value) });
  } catch {
    return value;
  }
}
function normalizeRrset(rrset, rules) {
  let proxied = isProxied(rrset, rules), providerSpecific = { ...rrset.providerSpecific };
  delete providerSpecific[proxiedKey], proxiableTypes.has(rrset.type) && (providerSpecific[proxiedKey] = String(proxied));
  let normalized = {
    name: rrset.name,
    type: rrset.type,
    ttlSeconds: effectiveTtl(rrset, proxied, rules),
    values: rrset.values.map((v) => canonicalValue(rrset.type, v)).sort()
  };
  return Object.keys(providerSpecific).length > 0 && (normalized.providerSpecific = providerSpecific), normalized;
}

// src/providers/cloudflare/batch-operations.ts
var kindOrder = ["delete", "patch", "put", "post"];
function label(r, value) {
  return `${r.name} ${r.type} ${value}`;
}
function targetOf(after, rules, warn) {
  let proxied = isProxied(after, rules), ttl = effectiveTtl(after, proxied, rules);
  return !proxied && ttl !== after.ttlSeconds && warn(
    `cloudflare: ${after.name} ${after.type}: TTL ${after.ttlSeconds}s is below Cloudflare's minimum; writing ${ttl}s`
  ), { ttl, proxied };
}
function posts(after, values, w) {
  return values.map((value) => ({
    kind: "post",
    label: label(after, value),
    body: encodeRecord(after.name, after.type, value, w.ttl, w.proxied)
  }));
}
function updateOperations(after, current, w) {
  let ops = [], wanted = new Set(after.values), unmatched = [];
  for (let record of current) {
    let r = decodeRecord(record);
    if (!wanted.delete(r.value)) {
      unmatched.push(record);
      continue;
    }
    if (r.ttlSeconds !== w.ttl || r.proxied !== w.proxied) {
      let body = { id: record.id, ...encodeRecord(after.name, after.type, r.value, w.ttl, w.proxied) };
      ops.push({ kind: "patch", label: label(after, r.value), body });
    }
  }
  let added = [...wanted].sort();
  for (let record of unmatched) {
    let value = added.shift();
    if (value === void 0)
      ops.push({ kind: "delete", label: label(after, decodeRecord(record).value), body: { id: record.id } });
    else {
      let body = {
        id: record.id,
        ...keptAttributes(record),
        ...encodeRecord(after.name, after.type, value, w.ttl, w.proxied)
      };
      ops.push({ kind: "put", label: label(after, value), body });
    }
  }
  return [...ops, ...posts(after, added, w)];
}
function planOperations(changes, current, rules, warn) {
  let byKey = /* @__PURE__ */ new Map();
  for (let record of current) {
    let key = rrsetKey(decodeRecord(record));
    byKey.set(key, [...byKey.get(key) ?? [], record]);
  }
  let ops = [];
  for (let change of changes)
    if (change.kind === "delete")
      for (let record of byKey.get(rrsetKey(change.before)) ?? []) {
        let value = decodeRecord(record).value;
        ops.push({ kind: "delete", label: label(change.before, value), body: { id: record.id } });
      }
    else if (change.kind === "create")
      ops.push(...posts(change.after, change.after.values, targetOf(change.after, rules, warn)));
    else {
      let existing = byKey.get(rrsetKey(change.before)) ?? [];
      ops.push(...updateOperations(change.after, existing, targetOf(change.after, rules, warn)));
    }
  return ops.map((op, index) => ({ op, index })).sort((a, b) => kindOrder.indexOf(a.op.kind) - kindOrder.indexOf(b.op.kind) || a.index - b.index).map(({ op }) => op);
}
function chunkOperations(ops, size) {
  let chunks = [];
  for (let start = 0; start < ops.length; start += size) {
    let chunk = { deletes: [], patches: [], puts: [], posts: [] };
    for (let op of ops.slice(start, start + size))
      ({ delete: chunk.deletes, patch: chunk.patches, put: chunk.puts, post: chunk.posts })[op.kind].push(op);
    chunks.push(chunk);
  }
  return chunks;
}

// src/providers/cloudflare/with-retry.ts
function isRetryable(error) {
  if (typeof error != "object" || error === null) return !1;
  let status = error.status;
  return typeof status == "number" ? status === 429 || status >= 500 : error.name === "APIConnectionError" || error.name === "APIConnectionTimeoutError";
}
function retryAfterMs(error, now = Date.now()) {
  let header = error?.headers?.get?.("retry-after");
  if (header == null || header.trim() === "") return;
  let seconds = Number(header), ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - now;
  if (!Number.isNaN(ms))
    return Math.min(Math.max(ms, 0), 3e5);
}
function backoffMs(attempt) {
  return Math.min(500 * 2 ** attempt, 8e3);
}
async function withRetry(what, call, options) {
  for (let attempt = 0; ; attempt++)
    try {
      return await call();
    } catch (error) {
      if (attempt >= options.maxRetries || !isRetryable(error)) throw error;
      let waitMs = retryAfterMs(error) ?? backoffMs(attempt), status = error.status ?? "connection failure";
      options.log(
        `cloudflare: ${what}: ${status}; retrying in ${(waitMs / 1e3).toFixed(1)}s (${attempt + 1}/${options.maxRetries})`
      ), await options.sleep(waitMs);
    }
}

// src/providers/cloudflare/cloudflare-provider.ts
var minTtlSeconds = 120, supportedTypes = /* @__PURE__ */ new Set(["A", "AAAA", "CNAME", "TXT", "MX", "NS", "SRV", "CAA"]);
function createCloudflareClient(options) {
  return createClient({
    resources: [BaseZones, BaseRecords],
    apiToken: options.apiToken,
    ...options.baseURL ? { baseURL: options.baseURL } : {},
    maxRetries: 0,
    // retries go through withRetry (Retry-After, logged, injectable sleep)
    logLevel: "off"
    // the core never writes to the console; failures surface as errors
  });
}
function describeApiError(error) {
  let errors = error?.errors;
  return Array.isArray(errors) && errors.length > 0 ? errors.map((e) => `${e.message ?? "error"}${e.code === void 0 ? "" : ` (${e.code})`}`).join("; ") : error instanceof Error ? error.message : String(error);
}
function failedOperations(chunk, error) {
  let errors = error?.errors, lists = { ...chunk }, named = [];
  for (let e of Array.isArray(errors) ? errors : []) {
    let match = /^\/?(deletes|patches|puts|posts)\/(\d+)/.exec(e.source?.pointer ?? ""), op = match ? lists[match[1]]?.[Number(match[2])] : void 0;
    op && named.push(
      `${op.kind} ${op.label}: ${e.message ?? "failed"}${e.code === void 0 ? "" : ` (${e.code})`}`
    );
  }
  return named;
}
var CloudflareProvider = class {
  name = "cloudflare";
  supportedTypes = supportedTypes;
  client;
  options;
  retry;
  rules;
  zoneIds = /* @__PURE__ */ new Map();
  constructor(options) {
    this.options = options, this.client = createCloudflareClient(options), this.retry = {
      maxRetries: options.maxRetries ?? 5,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      log: options.log
    }, this.rules = { proxiedDefault: options.proxiedDefault, minTtlSeconds };
  }
  /** What Cloudflare stores for a desired rrset (proxied: TTL 1; TTL >= 120); see Provider. */
  normalizeRrset(rrset) {
    return normalizeRrset(rrset, this.rules);
  }
  async listRecords(zone) {
    return groupRrsets(await this.listCloudflareRecords(zone));
  }
  async applyChanges(zone, changes) {
    if (changes.length === 0) return;
    this.checkChanges(changes);
    let current = changes.some((c) => c.kind !== "create") ? await this.listCloudflareRecords(zone) : [], ops = planOperations(changes, current, this.rules, this.options.log);
    if (ops.length === 0) return;
    let zoneId = await this.zoneId(zone), chunks = chunkOperations(ops, this.options.batchSize);
    for (let [index, chunk] of chunks.entries())
      await this.applyChunk(zone, zoneId, chunk, index, chunks.length);
    this.options.log(
      `cloudflare: ${zone}: applied ${ops.length} record operations in ${chunks.length} batch(es)`
    );
  }
  /** Refuses unsupported types and malformed values before anything is written. */
  checkChanges(changes) {
    for (let change of changes) {
      let rrset = change.kind === "delete" ? change.before : change.after;
      if (!supportedTypes.has(rrset.type))
        throw new GitopsDnsError(
          "provider",
          `cloudflare: ${rrset.name}: record type ${rrset.type} is not supported (supported: ${[...supportedTypes].join(", ")})`
        );
      if (change.kind !== "delete")
        for (let value of rrset.values)
          try {
            encodeValue(rrset.type, value);
          } catch (error) {
            throw new GitopsDnsError(
              "provider",
              `cloudflare: ${rrset.name} ${rrset.type}: ${error.message}`
            );
          }
    }
  }
  async applyChunk(zone, zoneId, chunk, index, total) {
    let body = (ops) => ops.map((op) => op.body);
    try {
      await withRetry(
        `batch ${index + 1}/${total} for ${zone}`,
        () => this.client.dns.records.batch({
          zone_id: zoneId,
          deletes: body(chunk.deletes),
          patches: body(chunk.patches),
          puts: body(chunk.puts),
          posts: body(chunk.posts)
        }),
        this.retry
      );
    } catch (error) {
      let named = failedOperations(chunk, error), applied = index === 0 ? "nothing was applied" : `the ${index} earlier batch(es) were applied`, detail = named.length > 0 ? named.join("; ") : `${describeApiError(error)}; records: ${labels(chunk)}`;
      throw new GitopsDnsError(
        "provider",
        `cloudflare: batch ${index + 1}/${total} for zone ${zone} was refused (${applied}): ${detail}`,
        { cause: error }
      );
    }
  }
  zoneId(zone) {
    let id = this.zoneIds.get(zone);
    return id || (id = this.lookUpZone(zone), id.catch(() => this.zoneIds.delete(zone)), this.zoneIds.set(zone, id)), id;
  }
  async lookUpZone(zone) {
    let matches = (await this.call(
      `looking up zone ${zone}`,
      () => this.client.zones.list({ name: zone, per_page: 50 })
    )).result.filter((z) => z.name.toLowerCase() === zone);
    if (matches.length === 0)
      throw new GitopsDnsError(
        "provider",
        `cloudflare: zone ${zone} not found; check that it exists and that CLOUDFLARE_API_TOKEN has Zone:Read on it`
      );
    if (matches.length > 1)
      throw new GitopsDnsError(
        "provider",
        `cloudflare: zone ${zone} exists in several accounts (ids ${matches.map((z) => z.id).join(", ")}); limit the token to one account`
      );
    return matches[0].id;
  }
  async listCloudflareRecords(zone) {
    let zoneId = await this.zoneId(zone), records = [];
    for (let page = 1; ; page++) {
      let result = await this.call(
        `listing ${zone} page ${page}`,
        () => this.client.dns.records.list({ zone_id: zoneId, page, per_page: this.options.pageSize })
      );
      records.push(...result.result);
      let totalPages = result.result_info.total_pages;
      if ((totalPages === void 0 ? result.result.length < this.options.pageSize : page >= totalPages) || result.result.length === 0) return records;
    }
  }
  /** One API call with retries; a final failure becomes a provider error naming what was attempted. */
  async call(what, fn) {
    try {
      return await withRetry(what, fn, this.retry);
    } catch (error) {
      throw error instanceof GitopsDnsError ? error : new GitopsDnsError("provider", `cloudflare: ${what} failed: ${describeApiError(error)}`, {
        cause: error
      });
    }
  }
};
function labels(chunk) {
  let all = [...chunk.deletes, ...chunk.patches, ...chunk.puts, ...chunk.posts].map(
    (op) => `${op.kind} ${op.label}`
  );
  return all.length > 20 ? `${all.slice(0, 20).join(", ")} and ${all.length - 20} more` : all.join(", ");
}

// src/providers/cloudflare/index.ts
function createProvider(config, ctx) {
  let apiToken = ctx.env.CLOUDFLARE_API_TOKEN?.trim();
  if (!apiToken)
    throw new GitopsDnsError(
      "config",
      "provider.type is cloudflare but CLOUDFLARE_API_TOKEN is not set; create an API token with Zone:Read and DNS:Edit on the managed zones and pass it in that environment variable"
    );
  let baseURL = ctx.env.CLOUDFLARE_BASE_URL?.trim();
  return new CloudflareProvider({
    apiToken,
    ...baseURL ? { baseURL } : {},
    proxiedDefault: config.proxied,
    batchSize: config["batch-size"],
    pageSize: config["page-size"],
    log: ctx.log
  });
}
export {
  CloudflareProvider,
  createProvider
};
