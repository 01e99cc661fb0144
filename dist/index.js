import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);
import {
  isPermissionDenied,
  require_tunnel,
  require_undici
} from "./chunks/chunk-MAI2HCCA.js";
import {
  VERSION,
  countChanges,
  createFsManifestReader,
  createGitManifestReader,
  createProvider,
  escapeMessage,
  hasChanges,
  loadConfig,
  lookupForSetting,
  renderEndpointsText,
  renderPlanJson,
  renderPlanMarkdown,
  runApply,
  runEndpoints,
  runPlan,
  sortDiagnostics,
  staleEgressCount,
  summaryLine
} from "./chunks/chunk-WCQYAS3T.js";
import "./chunks/chunk-55AIQEEG.js";
import "./chunks/chunk-ZSGJYIBN.js";
import {
  GitopsDnsError
} from "./chunks/chunk-PGTEMPYL.js";
import {
  __toESM
} from "./chunks/chunk-VXMLVOK6.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  return input == null ? "" : typeof input == "string" || input instanceof String ? input : JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  return Object.keys(annotationProperties).length ? {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  let cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::", Command = class {
  constructor(command, properties, message) {
    command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = !0;
      for (let key in this.properties)
        if (this.properties.hasOwnProperty(key)) {
          let val = this.properties[key];
          val && (first ? first = !1 : cmdStr += ",", cmdStr += `${key}=${escapeProperty(val)}`);
        }
    }
    return cmdStr += `${CMD_STRING}${escapeData(this.message)}`, cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  let filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  let delimiter = `ghadelimiter_${crypto.randomUUID()}`, convertedValue = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1), import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2.OK = 200] = "OK", HttpCodes2[HttpCodes2.MultipleChoices = 300] = "MultipleChoices", HttpCodes2[HttpCodes2.MovedPermanently = 301] = "MovedPermanently", HttpCodes2[HttpCodes2.ResourceMoved = 302] = "ResourceMoved", HttpCodes2[HttpCodes2.SeeOther = 303] = "SeeOther", HttpCodes2[HttpCodes2.NotModified = 304] = "NotModified", HttpCodes2[HttpCodes2.UseProxy = 305] = "UseProxy", HttpCodes2[HttpCodes2.SwitchProxy = 306] = "SwitchProxy", HttpCodes2[HttpCodes2.TemporaryRedirect = 307] = "TemporaryRedirect", HttpCodes2[HttpCodes2.PermanentRedirect = 308] = "PermanentRedirect", HttpCodes2[HttpCodes2.BadRequest = 400] = "BadRequest", HttpCodes2[HttpCodes2.Unauthorized = 401] = "Unauthorized", HttpCodes2[HttpCodes2.PaymentRequired = 402] = "PaymentRequired", HttpCodes2[HttpCodes2.Forbidden = 403] = "Forbidden", HttpCodes2[HttpCodes2.NotFound = 404] = "NotFound", HttpCodes2[HttpCodes2.MethodNotAllowed = 405] = "MethodNotAllowed", HttpCodes2[HttpCodes2.NotAcceptable = 406] = "NotAcceptable", HttpCodes2[HttpCodes2.ProxyAuthenticationRequired = 407] = "ProxyAuthenticationRequired", HttpCodes2[HttpCodes2.RequestTimeout = 408] = "RequestTimeout", HttpCodes2[HttpCodes2.Conflict = 409] = "Conflict", HttpCodes2[HttpCodes2.Gone = 410] = "Gone", HttpCodes2[HttpCodes2.TooManyRequests = 429] = "TooManyRequests", HttpCodes2[HttpCodes2.InternalServerError = 500] = "InternalServerError", HttpCodes2[HttpCodes2.NotImplemented = 501] = "NotImplemented", HttpCodes2[HttpCodes2.BadGateway = 502] = "BadGateway", HttpCodes2[HttpCodes2.ServiceUnavailable = 503] = "ServiceUnavailable", HttpCodes2[HttpCodes2.GatewayTimeout = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2.Accept = "accept", Headers2.ContentType = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2.ApplicationJson = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
], HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, { access, appendFile, writeFile } = promises, SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv)
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = pathFromEnv, this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    let htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      let overwrite = !!options?.overwrite, filePath = yield this.filePath();
      return yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = !1) {
    return this._buffer += text2, addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    let attrs = Object.assign({}, lang && { lang }), element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = !1) {
    let tag = ordered ? "ol" : "ul", listItems = items.map((item) => this.wrap("li", item)).join(""), element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    let tableBody = rows.map((row) => {
      let cells = row.map((cell) => {
        if (typeof cell == "string")
          return this.wrap("td", cell);
        let { header, data, colspan, rowspan } = cell, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join(""), element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    let element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    let { width, height } = options || {}, attrs = Object.assign(Object.assign({}, width && { width }), height && { height }), element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    let tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    let attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    let element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
}, _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises, IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform(), arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2.Success = 0] = "Success", ExitCode2[ExitCode2.Failure = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  let val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val)
    throw new Error(`Input required and not supplied: ${name}`);
  return options && options.trimWhitespace === !1 ? val : val.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT || "")
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os4.EOL), issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure, error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/run.ts
import { readFileSync } from "node:fs";

// src/action/engine.ts
import path from "node:path";
async function createEngine(options) {
  let loaded = await loadConfig(path.resolve(options.workspace, options.config)), { config, baseDir } = loaded, reader = createFsManifestReader(baseDir, options.workspace), deps, getDeps = () => deps ??= buildDeps(config, baseDir, reader, options);
  return {
    configPath: path.relative(options.workspace, loaded.file).split(path.sep).join("/"),
    directPush: config["direct-push"],
    endpoints: () => runEndpoints(config, reader),
    plan: async ({ force, checkEgressDns } = {}) => {
      let egressLookup = checkEgressDns ? lookupForSetting(config.egress.resolver) : void 0, planOptions = {
        ...force !== void 0 ? { force } : {},
        ...egressLookup ? { egressLookup } : {}
      };
      return (await runPlan(config, await getDeps(), planOptions)).plan;
    },
    apply: async (applyOptions) => runApply(config, await getDeps(), applyOptions)
  };
}
async function buildDeps(config, baseDir, reader, options) {
  let provider = await createProvider(config.provider, { env: options.env, baseDir, log: options.log }), deps = { reader, provider, log: options.log };
  if (options.baseRef)
    try {
      deps.baseReader = await createGitManifestReader({
        repoRoot: options.workspace,
        ref: options.baseRef,
        baseDir
      }), deps.baseRef = options.baseRef;
    } catch (error2) {
      options.log(
        `egress hosts are not compared with the base branch: ${error2.message.split(`
`)[0]} (use actions/checkout with fetch-depth: 0)`
      );
    }
  return deps;
}

// src/action/event-context.ts
function readEventContext(env, payload, cwd) {
  let [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new GitopsDnsError("usage", "GITHUB_REPOSITORY is not set to owner/name");
  let serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, ""), event = asRecord(payload), repository = asRecord(event.repository), context = {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    ref: env.GITHUB_REF ?? "",
    sha: env.GITHUB_SHA ?? "",
    owner,
    repo,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""),
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    runnerTemp: env.RUNNER_TEMP ?? cwd
  };
  typeof repository.default_branch == "string" && (context.defaultBranch = repository.default_branch), env.GITHUB_RUN_ID && (context.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`);
  let pullRequest = readPullRequest(asRecord(event.pull_request), `${owner}/${repo}`);
  return pullRequest && (env.GITHUB_ACTOR === "dependabot[bot]" && context.eventName === "pull_request" && (pullRequest.byDependabot = !0), context.pullRequest = pullRequest), context;
}
function readPullRequest(pr, fullName) {
  if (typeof pr.number != "number") return;
  let head = asRecord(pr.head), base = asRecord(pr.base), headRepo = asRecord(head.repo);
  return {
    number: pr.number,
    headSha: text(head.sha),
    baseSha: text(base.sha),
    baseRef: text(base.ref),
    // A deleted fork has `head.repo: null`; it is a fork all the same.
    fromFork: headRepo.full_name !== fullName
  };
}
function asRecord(value) {
  return typeof value == "object" && value !== null ? value : {};
}
function text(value) {
  return typeof value == "string" ? value : "";
}

// src/action/get-inputs.ts
var modes = ["auto", "plan", "apply", "drift"], commentWhens = ["always", "changes", "never"];
function getInputs(read) {
  return {
    config: read("config").trim() || "gitops-dns.yaml",
    mode: oneOf(read, "mode", modes, "auto"),
    githubToken: read("github-token").trim(),
    comment: oneOf(read, "comment", commentWhens, "always"),
    force: boolean(read, "force"),
    failOnDrift: boolean(read, "fail-on-drift")
  };
}
function oneOf(read, name, allowed, fallback) {
  let value = read(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (allowed.includes(value)) return value;
  throw new GitopsDnsError("usage", `input ${name}: "${value}" is not one of ${allowed.join(", ")}`);
}
var trueWords = ["true", "True", "TRUE"], falseWords = ["false", "False", "FALSE"];
function boolean(read, name) {
  let value = read(name).trim();
  if (value === "" || falseWords.includes(value)) return !1;
  if (trueWords.includes(value)) return !0;
  throw new GitopsDnsError("usage", `input ${name}: "${value}" is not a boolean (true or false)`);
}

// src/action/plan-artifacts.ts
import { createHash } from "node:crypto";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/action/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
function selectAnnotations(diagnostics, perLevel = ANNOTATIONS_PER_LEVEL) {
  let sorted = sortDiagnostics(diagnostics);
  return ["error", "warning"].flatMap((level) => {
    let all = sorted.filter((d) => d.severity === level).map((d) => toAnnotation(level, d));
    if (all.length <= perLevel) return all;
    let rest = all.length - (perLevel - 1);
    return [
      ...all.slice(0, perLevel - 1),
      {
        level,
        title: `gitops-dns: ${rest} more ${level}s`,
        message: `${rest} more ${level}s are not annotated here; the job summary lists every one.`
      }
    ];
  });
}
function toAnnotation(level, d) {
  let annotation = { level, message: d.message, title: `gitops-dns: ${d.code}` };
  return d.file !== void 0 && (annotation.file = d.file), d.line !== void 0 && (annotation.line = d.line), annotation;
}

// src/action/job-summary.ts
var notice = (bytes) => `

> [!WARNING]
> The summary was cut at ${bytes.toLocaleString("en-US")} bytes (GitHub's limit is 1 MiB). The full plan is in the JSON file of the \`plan-json\` output.
`;
function capSummary(markdown, limitBytes = 1e6) {
  if (Buffer.byteLength(markdown, "utf8") <= limitBytes) return markdown;
  let tail = notice(limitBytes), budget = limitBytes - Buffer.byteLength(tail, "utf8"), cut = Buffer.from(markdown, "utf8").subarray(0, budget).toString("utf8");
  cut = cut.replace(/\uFFFD$/, "");
  let lastNewline = cut.lastIndexOf(`
`);
  return lastNewline > budget / 2 && (cut = cut.slice(0, lastNewline)), cut + tail;
}

// src/action/plan-outputs.ts
function planOutputs(plan, planJsonPath2) {
  let counts = countChanges(plan), changed = hasChanges(plan) || counts.creates + counts.updates + counts.deletes > 0;
  return {
    "has-changes": String(changed),
    creates: String(counts.creates),
    updates: String(counts.updates),
    deletes: String(counts.deletes),
    conflicts: String(counts.conflicts),
    checksum: plan.checksum,
    "plan-json": planJsonPath2
  };
}
function planHasChanges(plan) {
  return planOutputs(plan, "")["has-changes"] === "true";
}

// src/action/plan-artifacts.ts
async function reportPlan(plan, reporter, options) {
  let jsonPath = planJsonPath(options.runnerTemp, options.configPath);
  await mkdir2(path2.dirname(jsonPath), { recursive: !0 }), await writeFile2(jsonPath, renderPlanJson(plan));
  for (let [name, value] of Object.entries(planOutputs(plan, jsonPath))) reporter.setOutput(name, value);
  annotate(plan.diagnostics, reporter);
  let markdown = renderPlanMarkdown(plan, {
    title: `${options.title} for \`${options.configPath}\``,
    // The summary holds the whole plan; capSummary cuts it only at GitHub's 1 MiB limit.
    maxChars: 1e6,
    truncationHint: "the full plan is in the JSON file of the `plan-json` output",
    ...options.linkBase ? { linkBase: options.linkBase } : {}
  });
  return await reporter.writeSummary(capSummary(`${options.status ? `${options.status}

` : ""}${markdown}
`)), jsonPath;
}
function annotate(diagnostics, reporter) {
  for (let annotation of selectAnnotations(diagnostics)) reporter.annotate(annotation);
}
function planJsonPath(runnerTemp, configPath) {
  let id = createHash("sha256").update(configPath).digest("hex").slice(0, 8);
  return path2.join(runnerTemp, "gitops-dns", `plan-${id}.json`);
}

// src/action/plan-difference.ts
import { gunzipSync, gzipSync } from "node:zlib";
function changeLines(plan) {
  return plan.zones.flatMap(
    (zone) => zone.changes.map((change) => `${zone.zone}: ${describeChange(change)}`)
  );
}
function describeChange(change) {
  let head = `${change.kind} ${change.name} ${change.type}`;
  switch (change.kind) {
    case "create":
      return `${head} ${state(change.after)}`;
    case "update":
      return `${head} ${state(change.before)} -> ${state(change.after)}`;
    case "delete":
      return `${head} ${state(change.before)}`;
  }
}
function state(s) {
  return `[${s.targets.join(", ")}] ttl ${s.ttlSeconds}`;
}
var DIGEST_LIMIT_CHARS = 12e3;
function changesMarker(lines) {
  let encoded = gzipSync(lines.join(`
`)).toString("base64");
  return encoded.length > DIGEST_LIMIT_CHARS ? "" : `<!-- gitops-dns-changes:${encoded} -->`;
}
function readChanges(body) {
  let encoded = /<!-- gitops-dns-changes:([A-Za-z0-9+/=]*) -->/.exec(body)?.[1];
  if (encoded !== void 0)
    try {
      let text2 = gunzipSync(Buffer.from(encoded, "base64")).toString("utf8");
      return text2 === "" ? [] : text2.split(`
`);
    } catch {
      return;
    }
}
var SHOWN_LINES = 20;
function describeDifference(reviewed, current) {
  if (reviewed === void 0) {
    let shown = current.slice(0, SHOWN_LINES).map((l) => `  ${l}`), more2 = current.length > SHOWN_LINES ? [`  \u2026 and ${current.length - SHOWN_LINES} more`] : [];
    return ["The reviewed changes are not recorded in the comment; the plan is now:", ...shown, ...more2].join(
      `
`
    );
  }
  let before = new Set(reviewed), now = new Set(current), lines = [
    ...current.filter((l) => !before.has(l)).map((l) => `+ ${l}`),
    ...reviewed.filter((l) => !now.has(l)).map((l) => `- ${l}`)
  ];
  if (lines.length === 0)
    return "The changes are the same, but the records they rest on differ (e.g. ownership records).";
  let more = lines.length > SHOWN_LINES ? [`\u2026 and ${lines.length - SHOWN_LINES} more`] : [];
  return [
    "Difference from the reviewed plan (+ new since review, - reviewed but no longer planned):",
    ...lines.slice(0, SHOWN_LINES),
    ...more
  ].join(`
`);
}

// src/action/pr-comment.ts
function commentMarker(configPath) {
  return `<!-- gitops-dns:${configPath.replaceAll("--", "-\\-")} -->`;
}
function checksumMarker(checksum) {
  return `<!-- gitops-dns-checksum:${checksum} -->`;
}
function readChecksum(body) {
  return /<!-- gitops-dns-checksum:([0-9a-f]+) -->/.exec(body)?.[1];
}
async function findPlanComment(thread, pullNumber, configPath) {
  let marker = commentMarker(configPath);
  return (await thread.listComments(pullNumber)).find((c) => c.author !== void 0 && isTrustedAuthor(c.author) && c.body.includes(marker));
}
var WRITE_ACCESS = /* @__PURE__ */ new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
function isTrustedAuthor(author) {
  return author.bot || WRITE_ACCESS.has(author.association);
}
async function upsertPlanComment(thread, pullNumber, options) {
  if (options.when === "never") return { action: "skipped", reason: "comment: never" };
  let existing = await findPlanComment(thread, pullNumber, options.configPath);
  return existing ? existing.body === options.body ? { action: "unchanged", commentId: existing.id } : (await thread.updateComment(existing.id, options.body), { action: "updated", commentId: existing.id }) : options.when === "changes" && !options.hasChanges ? { action: "skipped", reason: "comment: changes, and the plan has no changes" } : { action: "created", commentId: (await thread.createComment(pullNumber, options.body)).id };
}

// src/action/plan-comment.ts
var MARGIN_CHARS = 600;
function composePlanComment(plan, options) {
  let markers = [
    commentMarker(options.configPath),
    checksumMarker(plan.checksum),
    changesMarker(changeLines(plan))
  ].filter(Boolean).join(`
`), status = options.status ? `${statusBlock(options.status)}

` : "", budget = 65536 - markers.length - status.length - MARGIN_CHARS, markdown = renderPlanMarkdown(plan, {
    maxChars: budget,
    title: `gitops-dns plan for \`${options.configPath}\``,
    ...options.linkBase ? { linkBase: options.linkBase } : {},
    truncationHint: "the full plan is in the job summary of this run and in its `plan-json` output"
  });
  return fitComment(`${markers}
${status}${markdown}`);
}
var cutNotice = `

> [!WARNING]
> This comment was cut to fit GitHub\u2019s 65,536-character limit. The full plan is in the job summary and the \`plan-json\` output.
`;
function fitComment(body, limit = 65536) {
  if (body.length <= limit) return body;
  let cut = body.slice(0, limit - cutNotice.length), lastNewline = cut.lastIndexOf(`
`);
  return lastNewline > cut.length / 2 && (cut = cut.slice(0, lastNewline)), cut + cutNotice;
}
var STATUS_START = "<!-- gitops-dns-status -->", STATUS_END = "<!-- /gitops-dns-status -->";
function statusBlock(status) {
  return `${STATUS_START}
${status}

${STATUS_END}`;
}
function withStatus(body, status) {
  let lines = body.replace(/<!-- gitops-dns-status -->[\s\S]*?<!-- \/gitops-dns-status -->\n*/, "").split(`
`), markers = 0;
  for (; markers < lines.length && /^<!-- gitops-dns[^>]*-->$/.test(lines[markers] ?? ""); ) markers++;
  return fitComment(
    [...lines.slice(0, markers), statusBlock(status), "", ...lines.slice(markers)].join(`
`)
  );
}

// src/action/flow.ts
function linkBase(context, sha) {
  return sha ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/` : void 0;
}
function diagnosticsFailure(diagnostics) {
  let errors = diagnostics.filter((d) => d.severity === "error").length;
  return errors > 0 ? { failure: `${errors} error(s) in the manifests; see the annotations and the job summary` } : {};
}

// src/action/apply-status.ts
var headings = {
  applied: "\u2705 Applied",
  incomplete: "\u26A0\uFE0F Applied, but the provider still differs",
  refused: "\u26D4 Not applied: the plan changed since review",
  failed: "\u274C Apply failed"
};
function renderApplyStatus(status) {
  let run2 = status.runUrl ? ` ([run](${status.runUrl}))` : "", lines = [`### ${headings[status.kind]} at \`${status.sha.slice(0, 12)}\`${run2}`, ""];
  if (status.kind === "applied" || status.kind === "incomplete")
    if (status.zones.length === 0)
      lines.push("Nothing to apply: the provider already held what the repository says.");
    else {
      lines.push("| zone | created | updated | deleted |", "| --- | ---: | ---: | ---: |");
      for (let z of status.zones)
        lines.push(`| \`${z.zone}\` | ${z.creates} | ${z.updates} | ${z.deletes} |`);
    }
  if (status.reason) {
    let reasonLines = status.reason.split(`
`), isDiff = (l) => /^[+-] |^… and \d+ more$/.test(l);
    (status.kind === "applied" || status.kind === "incomplete") && lines.push("");
    for (let l of reasonLines.filter((x) => !isDiff(x))) lines.push(escapeMessage(l, 1e3), "");
    let diff = reasonLines.filter(isDiff).map((l) => l.replaceAll("```", "``\u200B`"));
    diff.length > 0 && lines.push("```diff", ...diff, "```");
  }
  return lines.join(`
`).trimEnd();
}

// src/action/apply-flow.ts
function mergedPullRequest(pulls, sha) {
  return pulls.find((p) => p.mergeCommitSha === sha && p.mergedAt) ?? pulls.find((p) => p.mergedAt) ?? pulls.find(() => !0);
}
async function runApplyFlow(flow) {
  let { context, engine, reporter, settings } = flow, review = await findReview(flow);
  if (!review && engine.directPush === "skip")
    return reporter.info(`no pull request for ${context.sha} and direct-push is skip: nothing applied`), {};
  review || reporter.info(`no pull request for ${context.sha}: a direct push, applied as direct-push: apply says`);
  let plan = await engine.plan({ force: settings.force });
  if (review && !review.checksum && planHasChanges(plan)) {
    if (!settings.force)
      return refuse(
        flow,
        review,
        plan,
        `Nothing applied: #${review.pr.number} has no reviewed plan for ${engine.configPath} (no gitops-dns comment with a checksum), but the plan now shows ${summaryLine(plan)}. Run the plan workflow on pull requests (with comment: always or changes) and review it, or run with force: true.`
      );
    reporter.warning(
      `no reviewed plan found on #${review.pr.number} for ${engine.configPath}; applying anyway (force)`
    );
  }
  if (review?.checksum && plan.checksum !== review.checksum && !settings.force) {
    if (!planHasChanges(plan)) return nothingToApply(flow, plan);
    let difference = describeDifference(
      review.comment ? readChanges(review.comment.body) : void 0,
      changeLines(plan)
    );
    return refuse(
      flow,
      review,
      plan,
      `Nothing applied: the plan for ${engine.configPath} differs from the one reviewed on #${review.pr.number} (reviewed ${review.checksum.slice(0, 12)}, now ${plan.checksum.slice(0, 12)}). Something changed between review and merge, e.g. a record edited at the provider. Re-run the plan on a new pull request and review it, or run with force: true.
${difference}`
    );
  }
  let result;
  try {
    result = await engine.apply({
      force: settings.force,
      ...review?.checksum ? { expectedChecksum: review.checksum } : {}
    });
  } catch (error2) {
    let reason = error2.message;
    throw await finish(
      flow,
      review,
      plan,
      renderApplyStatus({ kind: "failed", sha: context.sha, reason, runUrl: context.runUrl }),
      "not-applied"
    ), error2;
  }
  let applied = result.plan.zones.filter((z) => result.appliedZones.includes(z.zone)).map((z) => ({ zone: z.zone, ...countChanges({ ...result.plan, zones: [z] }) }));
  reporter.info(
    applied.length > 0 ? `applied ${summaryLine(result.plan)} to ${result.appliedZones.join(", ")}` : "nothing to apply"
  );
  let remaining = planHasChanges(result.after), status = renderApplyStatus({
    kind: remaining ? "incomplete" : "applied",
    sha: context.sha,
    zones: applied,
    runUrl: context.runUrl,
    ...remaining ? { reason: `after applying, the plan still shows ${summaryLine(result.after)}` } : {}
  });
  return await finish(flow, review, result.plan, status, "applied"), remaining ? {
    failure: `Applied, but the provider still differs from the repository: ${summaryLine(result.after)}. See the job summary.`
  } : {};
}
async function nothingToApply(flow, plan) {
  let { context, engine, reporter } = flow;
  reporter.info(
    `nothing to apply for ${engine.configPath}: the provider already holds what the repository says (the reviewed changes were applied before, e.g. by an earlier run of this job)`
  );
  let links = linkBase(context, context.sha);
  return await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: "gitops-dns apply",
    status: renderApplyStatus({ kind: "applied", sha: context.sha, zones: [], runUrl: context.runUrl }),
    ...links ? { linkBase: links } : {}
  }), diagnosticsFailure(plan.diagnostics);
}
async function refuse(flow, review, plan, message) {
  let { sha, runUrl } = flow.context;
  return await finish(
    flow,
    review,
    plan,
    renderApplyStatus({ kind: "refused", sha, reason: message, runUrl }),
    "not-applied"
  ), { failure: message };
}
async function findReview(flow) {
  let { context, engine, github } = flow;
  if (!github || !context.sha) return;
  let pr = mergedPullRequest(await github.pullsForCommit(context.sha), context.sha);
  if (!pr) return;
  let comment = await findPlanComment(github, pr.number, engine.configPath), checksum = comment ? readChecksum(comment.body) : void 0;
  return { pr, ...comment ? { comment } : {}, ...checksum ? { checksum } : {} };
}
async function finish(flow, review, plan, status, outcome) {
  let { context, engine, reporter, github } = flow, links = linkBase(context, context.sha);
  if (await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: "gitops-dns apply",
    status,
    ...links ? { linkBase: links } : {}
  }), !review?.comment || !github) return;
  let body = outcome === "applied" ? composePlanComment(plan, {
    configPath: engine.configPath,
    status,
    ...links ? { linkBase: links } : {}
  }) : withStatus(review.comment.body, status);
  try {
    await github.updateComment(review.comment.id, body);
  } catch (error2) {
    reporter.warning(`could not update the comment on #${review.pr.number}: ${error2.message}`);
  }
}

// src/action/drift-issue.ts
var DRIFT_LABEL = "dns-drift";
function driftMarker(configPath) {
  return `<!-- gitops-dns-drift:${configPath.replaceAll("--", "-\\-")} -->`;
}
async function reportDrift(tracker, report) {
  let marker = driftMarker(report.configPath), open2 = (await tracker.listOpenIssues(DRIFT_LABEL)).filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number), body = `${marker}
${report.body}`, [issue2, ...duplicates] = open2;
  if (!report.drift) {
    for (let i of open2) await tracker.closeIssue(i.number, report.resolvedComment);
    return issue2 ? { action: "closed", issueNumber: issue2.number } : { action: "none" };
  }
  if (!issue2) {
    let created = await tracker.createIssue(report.title, body, [DRIFT_LABEL]), labelMissing = !created.labels.includes(DRIFT_LABEL);
    return { action: "opened", issueNumber: created.number, ...labelMissing ? { labelMissing } : {} };
  }
  for (let extra of duplicates) await tracker.closeIssue(extra.number, `Superseded by #${issue2.number}.`);
  return (issue2.body !== body || issue2.title !== report.title) && await tracker.updateIssue(issue2.number, report.title, body), { action: "updated", issueNumber: issue2.number };
}

// src/action/drift-flow.ts
var ISSUE_BODY_CHARS = 64e3;
async function runDriftFlow(flow) {
  let { context, engine, reporter, settings, github } = flow, plan = await engine.plan({ checkEgressDns: !0 }), links = linkBase(context, context.sha);
  await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: "gitops-dns drift",
    ...links ? { linkBase: links } : {}
  });
  let drift = planHasChanges(plan) || staleEgressCount(plan.diagnostics) > 0;
  if (reporter.info(
    drift ? `drift in ${engine.configPath}: ${driftSummary(plan)}` : `no drift in ${engine.configPath}`
  ), context.defaultBranch !== void 0 && context.ref !== "" && context.ref !== `refs/heads/${context.defaultBranch}`)
    reporter.warning(
      `drift checked on ${context.ref}, not on the default branch ${context.defaultBranch}: the drift issue is left alone`
    );
  else if (!github) reporter.warning("no github-token: drift is reported in the job summary only");
  else {
    let outcome = await reportDrift(github, driftReport(flow, plan, drift));
    reporter.info(
      outcome.action === "none" ? "no drift issue to update" : `drift issue #${outcome.issueNumber}: ${outcome.action}`
    ), outcome.action === "opened" && outcome.labelMissing && reporter.warning(
      `GitHub dropped the label ${DRIFT_LABEL} from issue #${outcome.issueNumber}; without it the next run cannot find the issue. Grant the token \`issues: write\`.`
    );
  }
  return drift && settings.failOnDrift ? { failure: `drift in ${engine.configPath}: ${driftSummary(plan)}` } : {};
}
function driftSummary(plan) {
  let stale = staleEgressCount(plan.diagnostics);
  return stale > 0 ? `${summaryLine(plan)}, ${stale} stale egress host${stale === 1 ? "" : "s"}` : summaryLine(plan);
}
function driftReport(flow, plan, drift) {
  let { context, engine } = flow, links = linkBase(context, context.sha), run2 = context.runUrl ? ` ([run](${context.runUrl}))` : "", at = `\`${context.sha.slice(0, 12)}\`${run2}`, intro = `The DNS provider differs from \`${engine.configPath}\` on ${at}. Applying the default branch again (or fixing the records by hand) brings them back in line; this issue closes by itself when the drift is gone.`, markdown = renderPlanMarkdown(plan, {
    maxChars: ISSUE_BODY_CHARS - intro.length,
    title: "Drift",
    truncationHint: "the full plan is in the job summary of the run",
    ...links ? { linkBase: links } : {}
  });
  return {
    configPath: engine.configPath,
    drift,
    title: `DNS drift: ${driftSummary(plan)} (${engine.configPath})`,
    body: fitComment(`${intro}

${markdown}`, ISSUE_BODY_CHARS),
    resolvedComment: `The drift is gone: the provider matches \`${engine.configPath}\` again at ${at}.`
  };
}

// src/action/plan-flow.ts
async function runPlanFlow(flow) {
  let { context, engine, reporter, settings } = flow, pr = context.pullRequest;
  if (pr?.fromFork) return runForkFlow(flow, "a pull request from a fork");
  if (pr?.byDependabot) return runForkFlow(flow, "a Dependabot pull request");
  let plan = await engine.plan({ force: settings.force }), links = linkBase(context, pr?.headSha ?? context.sha);
  if (await reportPlan(plan, reporter, {
    configPath: engine.configPath,
    runnerTemp: context.runnerTemp,
    title: "gitops-dns plan",
    ...links ? { linkBase: links } : {}
  }), reporter.info(`plan for ${engine.configPath}: ${summaryLine(plan)} (checksum ${plan.checksum})`), pr && flow.github) {
    let body = composePlanComment(plan, {
      configPath: engine.configPath,
      ...links ? { linkBase: links } : {}
    });
    try {
      let outcome = await upsertPlanComment(flow.github, pr.number, {
        configPath: engine.configPath,
        body,
        when: settings.comment,
        hasChanges: planHasChanges(plan)
      });
      reporter.info(
        outcome.action === "skipped" ? `no comment: ${outcome.reason}` : `comment ${outcome.commentId} on #${pr.number}: ${outcome.action}`
      );
    } catch (error2) {
      if (!isPermissionDenied(error2)) throw error2;
      reporter.warning(
        `the token may not comment on #${pr.number} (${error2.message}); the plan is in the job summary. Grant \`pull-requests: write\` to comment.`
      );
    }
  } else pr && settings.comment !== "never" && reporter.warning("no github-token: the plan is in the job summary only");
  return diagnosticsFailure(plan.diagnostics);
}
async function runForkFlow(flow, who) {
  let { engine, reporter } = flow, extraction = await engine.endpoints();
  annotate(extraction.diagnostics, reporter);
  let text2 = renderEndpointsText(extraction, { color: !1 });
  return await reporter.writeSummary(
    capSummary(
      [
        `## gitops-dns: \`${engine.configPath}\` (${who})`,
        "",
        `${who[0].toUpperCase()}${who.slice(1)} gets no secrets and a read-only token, so the DNS provider was not asked and no comment was posted. The manifests were validated; this is what they declare:`,
        "",
        "```text",
        text2.replaceAll("```", "``\u200B`"),
        "```",
        ""
      ].join(`
`)
    )
  ), reporter.info(
    `${who}: ${extraction.records.length} records, ${extraction.egress.length} egress hosts, ${extraction.diagnostics.length} diagnostics (provider not asked)`
  ), diagnosticsFailure(extraction.diagnostics);
}

// src/action/select-mode.ts
function selectMode(requested, event) {
  if (requested !== "auto") return requested;
  switch (event.eventName) {
    case "pull_request":
    case "pull_request_target":
      return "plan";
    case "push":
      return event.defaultBranch !== void 0 && event.ref === `refs/heads/${event.defaultBranch}` ? "apply" : "plan";
    case "schedule":
    case "workflow_dispatch":
      return "drift";
    default:
      return "plan";
  }
}

// src/action/run-action.ts
async function runAction(runtime) {
  let { settings, context, reporter } = runtime, mode = selectMode(settings.mode, {
    eventName: context.eventName,
    ref: context.ref,
    ...context.defaultBranch ? { defaultBranch: context.defaultBranch } : {}
  });
  reporter.info(`mode: ${mode} (input ${settings.mode}, event ${context.eventName || "unknown"})`);
  let baseRef = mode === "plan" && context.pullRequest?.baseSha ? context.pullRequest.baseSha : void 0, engine = await runtime.openEngine(baseRef), flow = { settings, context, engine, github: runtime.github, reporter };
  switch (mode) {
    case "plan":
      return runPlanFlow(flow);
    case "apply":
      return runApplyFlow(flow);
    case "drift":
      return runDriftFlow(flow);
  }
}

// src/action/run.ts
var SECRET_VARIABLES = [
  "CLOUDFLARE_API_TOKEN",
  "CLOUDFLARE_API_KEY",
  "POWERDNS_API_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN"
];
async function run() {
  try {
    info(`gitops-dns ${VERSION}`);
    let env = process.env;
    for (let name of SECRET_VARIABLES) env[name] && setSecret(env[name]);
    let settings = getInputs((name) => getInput(name));
    settings.githubToken && setSecret(settings.githubToken);
    let context = readEventContext(env, readEvent(env.GITHUB_EVENT_PATH), process.cwd()), reporter = coreReporter(env.GITHUB_STEP_SUMMARY), outcome = await runAction({
      settings,
      context,
      reporter,
      github: settings.githubToken ? await openGitHub(settings.githubToken, context) : void 0,
      openEngine: (baseRef) => createEngine({
        config: settings.config,
        workspace: context.workspace,
        env,
        ...baseRef ? { baseRef } : {},
        log: (m) => info(m)
      })
    });
    outcome.failure && setFailed(outcome.failure);
  } catch (error2) {
    setFailed(describeError(error2));
  }
}
function describeError(error2) {
  return error2 instanceof GitopsDnsError ? `${error2.code} error: ${error2.message}` : `internal error: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`;
}
function readEvent(file) {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new GitopsDnsError("usage", `cannot read the event payload ${file}: ${cause.message}`, {
      cause
    });
  }
}
async function openGitHub(token, context) {
  let { createGitHubClient } = await import("./chunks/octokit-client-W5BWKBEW.js");
  return createGitHubClient({
    token,
    apiUrl: context.apiUrl,
    owner: context.owner,
    repo: context.repo,
    log: (m) => info(m)
  });
}
function coreReporter(summaryFile) {
  return {
    info: (message) => info(message),
    warning: (message) => warning(message),
    annotate: (a) => {
      let properties = {
        title: a.title,
        ...a.file ? { file: a.file } : {},
        ...a.line ? { startLine: a.line } : {}
      };
      a.level === "error" ? error(a.message, properties) : warning(a.message, properties);
    },
    setOutput: (name, value) => setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!summaryFile) {
        info("GITHUB_STEP_SUMMARY is not set: no job summary written");
        return;
      }
      await summary.addRaw(markdown).write(), summary.emptyBuffer();
    }
  };
}

// src/index.ts
await run();
