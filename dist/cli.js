#!/usr/bin/env node
import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);
import {
  VERSION,
  createFsManifestReader,
  createGitManifestReader,
  createProvider,
  diagnosticToJson,
  egressHostToJson,
  hasChanges,
  loadConfig,
  lookupForSetting,
  planCounts,
  planHasChanges,
  portsText,
  renderEndpointsText,
  renderPlanJson,
  renderPlanMarkdown,
  routingText,
  runApply,
  runEndpoints,
  runPlan,
  sourceToJson,
  summaryLine
} from "./chunks/chunk-WCQYAS3T.js";
import "./chunks/chunk-55AIQEEG.js";
import "./chunks/chunk-ZSGJYIBN.js";
import {
  GitopsDnsError
} from "./chunks/chunk-PGTEMPYL.js";
import "./chunks/chunk-VXMLVOK6.js";

// src/cli/run-cli.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/report/endpoints-json.ts
function renderEndpointsJson(x) {
  let output = {
    endpoints: x.records.map((record) => ({
      name: record.name,
      type: record.type,
      targets: [...record.targets].sort(),
      ...record.ttlSeconds !== void 0 ? { ttl: record.ttlSeconds } : {},
      ...record.setIdentifier !== void 0 ? { setIdentifier: record.setIdentifier } : {},
      ...record.providerSpecific ? { providerSpecific: sortedObject(record.providerSpecific) } : {},
      sources: record.sources.map(sourceToJson)
    })),
    egress: x.egress.map(egressHostToJson),
    diagnostics: x.diagnostics.map(diagnosticToJson),
    unknown: x.unknown.map((entry) => ({ name: entry.name, sources: entry.sources.map(sourceToJson) })),
    claimedTwice: x.claimedTwice.map((entry) => ({
      name: entry.name,
      type: entry.type,
      message: entry.message,
      sources: entry.sources.map(sourceToJson)
    })),
    summary: {
      documents: x.documents,
      unreadableDocuments: x.unreadableDocuments,
      countsByKind: sortedObject(x.countsByKind)
    }
  };
  return `${JSON.stringify(output, null, 2)}
`;
}
function sortedObject(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/report/terminal-style.ts
function sgr(open, close) {
  return (text) => `\x1B[${open}m${text}\x1B[${close}m`;
}
var plain = (text) => text;
function terminalStyle(color) {
  return color ? {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    red: sgr(31, 39),
    magenta: sgr(35, 39),
    cyan: sgr(36, 39)
  } : { bold: plain, dim: plain, green: plain, yellow: plain, red: plain, magenta: plain, cyan: plain };
}
function safeText(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    let code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/report/plan-text.ts
var INDENT = "      ";
function where(s) {
  return s.file === void 0 ? "" : safeText(s.line !== void 0 ? `${s.file}:${s.line}` : s.file);
}
function sourceLines(sources, st) {
  return (sources ?? []).map((s) => {
    let object = safeText(`${s.kind} ${s.namespace !== void 0 ? `${s.namespace}/` : ""}${s.name}`);
    return `${INDENT}${st.dim(`from ${where(s)} (${object})`)}`;
  });
}
function extras(state) {
  let ps = state?.providerSpecific ?? {};
  return Object.keys(ps).sort().map((k) => `${k}=${ps[k] ?? ""}`).join(",");
}
function stateLines(state, mark) {
  let ps = extras(state);
  return [
    `${INDENT}${mark}ttl ${state.ttlSeconds}${ps ? `  ${safeText(ps)}` : ""}`,
    ...state.targets.map((v) => `${INDENT}${mark}${safeText(v)}`)
  ];
}
function updateLines(before, after, st) {
  let lines = [];
  before.ttlSeconds !== after.ttlSeconds && lines.push(`${INDENT}ttl ${before.ttlSeconds} -> ${after.ttlSeconds}`), extras(before) !== extras(after) && lines.push(`${INDENT}${safeText(`${extras(before) || "-"} -> ${extras(after) || "-"}`)}`);
  let old = new Set(before.targets), now = new Set(after.targets);
  for (let v of [.../* @__PURE__ */ new Set([...before.targets, ...after.targets])].sort())
    now.has(v) ? old.has(v) ? lines.push(`${INDENT}  ${safeText(v)}`) : lines.push(st.green(`${INDENT}+ ${safeText(v)}`)) : lines.push(st.red(`${INDENT}- ${safeText(v)}`));
  return lines;
}
function changeLines(change, st) {
  let what = `${safeText(change.name)} ${safeText(change.type)}`;
  return change.kind === "create" ? [
    st.green(`  + create ${what}`),
    ...stateLines(change.after, ""),
    ...sourceLines(change.sources, st)
  ] : change.kind === "delete" ? [st.red(`  - delete ${what}`), ...stateLines(change.before, "")] : [
    st.yellow(`  ~ update ${what}`),
    ...updateLines(change.before, change.after, st),
    ...sourceLines(change.sources, st)
  ];
}
function zoneLines(zone, st) {
  let lines = [st.bold(`Zone ${safeText(zone.zone)}`)];
  zone.blocked !== void 0 && lines.push(st.red(`  ! apply blocked: ${safeText(zone.blocked)}`)), zone.changes.length === 0 && lines.push("  no changes");
  for (let change of zone.changes) lines.push(...changeLines(change, st));
  for (let c of zone.conflicts) {
    let owner = c.owner !== void 0 ? ` (owner ${safeText(c.owner)})` : "";
    lines.push(st.magenta(`  ! conflict ${safeText(c.name)} ${safeText(c.type)}: ${c.reason}${owner}`)), lines.push(`${INDENT}${safeText(c.message)}`, ...sourceLines(c.sources, st));
  }
  for (let k of zone.kept)
    lines.push(st.cyan(`  = keep ${safeText(k.name)} ${safeText(k.type)}`), `${INDENT}${safeText(k.why)}`);
  return lines;
}
function egressHostLine(mark, host, paint) {
  let parts = [safeText(host.host), safeText(portsText(host)), routingText(host)].filter((p) => p !== "");
  return paint(`  ${mark} ${parts.join("  ")}`);
}
function egressLines(egress, st) {
  let base = egress.base !== void 0 ? ` (compared with ${safeText(egress.base)})` : "", lines = [st.bold(`Egress hosts${base}: ${egress.hosts.length} in total`)];
  for (let h of egress.added) lines.push(egressHostLine("+", h, st.green), ...sourceLines(h.sources, st));
  for (let h of egress.removed) lines.push(egressHostLine("-", h, st.red));
  for (let c of egress.changed)
    lines.push(egressHostLine("~", c.after, st.yellow), ...c.what.map((w) => `${INDENT}${safeText(w)}`));
  return egress.added.length + egress.removed.length + egress.changed.length === 0 && lines.push("  no egress changes"), lines;
}
function diagnosticLine(d, st) {
  let paint = d.severity === "error" ? st.red : d.severity === "warning" ? st.yellow : st.dim, location = where(d), key = d.key !== void 0 ? ` (key ${safeText(d.key)})` : "";
  return `  ${paint(d.severity.padEnd(7))} ${location ? `${location}: ` : ""}${safeText(d.message)}${key} [${safeText(d.code)}]`;
}
function renderPlanText(plan, options) {
  let st = terminalStyle(options.color), sections = plan.zones.map((z) => zoneLines(z, st));
  plan.outsideZones.length > 0 && sections.push([
    st.bold("Names outside the managed zones (never touched)"),
    ...plan.outsideZones.flatMap((o) => [
      `  ${safeText(o.name)} ${safeText(o.type)}`,
      ...sourceLines(o.sources, st)
    ])
  ]), plan.egress && sections.push(egressLines(plan.egress, st)), plan.diagnostics.length > 0 && sections.push([st.bold("Diagnostics"), ...plan.diagnostics.map((d) => diagnosticLine(d, st))]);
  let c = planCounts(plan), last = planHasChanges(plan) || c.conflicts > 0 ? st.bold(`Plan: ${summaryLine(plan)}.`) : st.bold("No changes.") + " The DNS provider already matches the manifests.";
  return sections.push([last]), `${sections.map((s) => s.join(`
`)).join(`

`)}
`;
}

// src/cli/parse-args.ts
var formatsOf = {
  endpoints: ["text", "json"],
  plan: ["text", "markdown", "json"],
  apply: ["text", "markdown", "json"]
}, usage = `Usage:
  gitops-dns endpoints [--config F] [--format text|json]
  gitops-dns plan      [--config F] [--format text|markdown|json] [--exit-code] [--base REF] [--check-egress-dns]
  gitops-dns apply     [--config F] [--format text|markdown|json] [--force] [--checksum SHA256]

Options:
  --config F      config file (default gitops-dns.yaml)
  --format        output format (default text)
  --exit-code     plan: exit 2 when there are changes (drift checks)
  --base REF      compare egress hosts with this git revision
  --check-egress-dns  plan: report egress hosts that no longer resolve (config egress.resolver)
  --force         apply despite the safety threshold, manifest errors or a checksum mismatch
  --checksum SHA  apply only if the plan still has this checksum (the reviewed plan)

Exit status: 0 success, 1 failure, 2 changes (with --exit-code).
`;
function parseArgs(argv) {
  let args = {
    command: "help",
    config: "gitops-dns.yaml",
    format: "text",
    exitCode: !1,
    force: !1,
    checkEgressDns: !1
  }, command, format;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i], [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, void 0], value = () => {
      let v = inline ?? argv[++i];
      if (v === void 0 || v === "") throw new GitopsDnsError("usage", `${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--config":
      case "-c":
        args.config = value();
        break;
      case "--format":
      case "-f":
        format = value();
        break;
      case "--exit-code":
        args.exitCode = !0;
        break;
      case "--force":
        args.force = !0;
        break;
      case "--check-egress-dns":
        args.checkEgressDns = !0;
        break;
      case "--checksum":
        args.checksum = value();
        break;
      case "--base":
        args.base = value();
        break;
      case "--help":
      case "-h":
        return { ...args, command: "help" };
      case "--version":
      case "-v":
        return { ...args, command: "version" };
      default:
        if (flag.startsWith("-")) throw new GitopsDnsError("usage", `unknown option ${flag}`);
        if (command !== void 0) throw new GitopsDnsError("usage", `unexpected argument ${arg}`);
        command = arg;
    }
  }
  if (command === void 0 || command === "help") return { ...args, command: "help" };
  if (!(command in formatsOf)) throw new GitopsDnsError("usage", `unknown command ${command}`);
  if (args.command = command, format !== void 0) {
    let allowed = formatsOf[args.command];
    if (!allowed.includes(format))
      throw new GitopsDnsError(
        "usage",
        `--format ${format} is not one of ${allowed.join(", ")} for ${command}`
      );
    args.format = format;
  }
  return args;
}

// src/cli/run-cli.ts
async function runCli(argv, io) {
  try {
    return await dispatch(parseArgs(argv), io);
  } catch (error) {
    return error instanceof GitopsDnsError ? (io.stderr.write(`gitops-dns: ${error.code} error: ${error.message}
`), error.code === "usage" && io.stderr.write(`
${usage}`), 1) : (io.stderr.write(`gitops-dns: internal error: ${error.stack ?? String(error)}
`), 1);
  }
}
async function dispatch(args, io) {
  if (args.command === "help")
    return io.stdout.write(usage), 0;
  if (args.command === "version")
    return io.stdout.write(`${VERSION}
`), 0;
  let log = (message) => {
    io.stderr.write(`${message}
`);
  }, loaded = await loadConfig(path.resolve(io.cwd, args.config)), repoRoot = findRepoRoot(loaded.baseDir), reader = createFsManifestReader(loaded.baseDir, repoRoot), color = !!io.isTTY && !io.env.NO_COLOR;
  if (args.command === "endpoints") {
    let extraction = await runEndpoints(loaded.config, reader);
    return io.stdout.write(
      args.format === "json" ? renderEndpointsJson(extraction) : renderEndpointsText(extraction, { color })
    ), extraction.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  }
  let provider = await createProvider(loaded.config.provider, {
    env: io.env,
    baseDir: loaded.baseDir,
    log
  }), deps = { reader, provider, log };
  if (args.base !== void 0 && (deps.baseReader = await createGitManifestReader({ repoRoot, ref: args.base, baseDir: loaded.baseDir }), deps.baseRef = args.base), args.command === "plan") {
    let egressLookup = args.checkEgressDns ? lookupForSetting(loaded.config.egress.resolver) : void 0, { plan } = await runPlan(loaded.config, deps, {
      force: args.force,
      ...egressLookup ? { egressLookup } : {}
    });
    return io.stdout.write(render(plan, args.format, color)), plan.diagnostics.some((d) => d.severity === "error") ? 1 : args.exitCode && hasChanges(plan) ? 2 : 0;
  }
  let result = await runApply(loaded.config, deps, {
    force: args.force,
    ...args.checksum ? { expectedChecksum: args.checksum } : {}
  });
  return io.stdout.write(render(result.plan, args.format, color)), log(
    result.appliedZones.length > 0 ? `applied to ${result.appliedZones.join(", ")}` : "nothing to apply: the provider already matches the repository"
  ), hasChanges(result.after) ? (log("after applying, the provider still differs from the repository:"), io.stderr.write(renderPlanText(result.after, { color: !1 })), 1) : 0;
}
function render(plan, format, color) {
  let text = format === "json" ? renderPlanJson(plan) : format === "markdown" ? renderPlanMarkdown(plan, {}) : renderPlanText(plan, { color });
  return text.endsWith(`
`) ? text : `${text}
`;
}
function findRepoRoot(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, ".git"))) return current;
    if (path.dirname(current) === current) return dir;
  }
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY
});
