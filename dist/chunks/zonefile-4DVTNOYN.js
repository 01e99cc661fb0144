import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);
import {
  isInZone
} from "./chunk-55AIQEEG.js";
import {
  rrsetKey
} from "./chunk-ZSGJYIBN.js";
import {
  GitopsDnsError
} from "./chunk-PGTEMPYL.js";
import "./chunk-VXMLVOK6.js";

// src/providers/zonefile/index.ts
import path2 from "node:path";

// src/providers/zonefile/zonefile-provider.ts
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

// src/providers/zonefile/zone-file-lexer.ts
var isSpace = (c) => c === " " || c === "	", endsWord = (c) => c === void 0 || c === " " || c === "	" || c === `
` || c === "\r" || c === ";" || c === "(" || c === ")" || c === '"';
function lexZoneFile(text, file) {
  let lines = [], fail = (line2, message) => {
    throw new GitopsDnsError("provider", `${file}:${line2}: ${message}`);
  }, i = 0, line = 1, lineStart = 0, depth = 0, openedAt = 0, current, finish = () => {
    current && current.tokens.length > 0 && lines.push(current), current = void 0;
  };
  for (; i < text.length; ) {
    let c = text[i];
    if (current === void 0 && (current = { tokens: [], blankOwner: isSpace(c), startLine: line, endLine: line }), c === `
`) {
      line++, i++, lineStart = i, depth === 0 ? finish() : current.endLine = line;
      continue;
    }
    if (c === "\r" || isSpace(c)) {
      i++;
      continue;
    }
    if (c === ";") {
      for (; i < text.length && text[i] !== `
`; ) i++;
      continue;
    }
    if (c === "(") {
      depth === 0 && (openedAt = line), depth++, i++;
      continue;
    }
    if (c === ")") {
      depth === 0 && fail(line, 'unbalanced ")"'), depth--, i++;
      continue;
    }
    let column = i - lineStart;
    if (current.tokens.length === 0 && (current.startLine = line), current.endLine = line, c === '"') {
      let start2 = ++i;
      for (; i < text.length && text[i] !== '"'; )
        (text[i] === `
` || text[i] === "\\" && text[i + 1] === `
`) && fail(line, "unterminated quoted string"), i += text[i] === "\\" ? 2 : 1;
      i >= text.length && fail(line, "unterminated quoted string"), current.tokens.push({ text: text.slice(start2, i), quoted: !0, line, column }), i++;
      continue;
    }
    let start = i;
    for (; !endsWord(text[i]); ) i += text[i] === "\\" && i + 1 < text.length && text[i + 1] !== `
` ? 2 : 1;
    current.tokens.push({ text: text.slice(start, i), quoted: !1, line, column });
  }
  return depth > 0 && fail(openedAt, 'unclosed "(" (parentheses opened here are never closed)'), finish(), lines;
}
function decodeCharacterString(raw) {
  let bytes = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === "\\" && i + 1 < raw.length) {
      let digits = raw.slice(i + 1, i + 4);
      if (/^\d{3}$/.test(digits))
        bytes.push(Number(digits) & 255), i += 4;
      else {
        let next = String.fromCodePoint(raw.codePointAt(i + 1));
        bytes.push(...Buffer.from(next, "utf8")), i += 1 + next.length;
      }
      continue;
    }
    let ch = String.fromCodePoint(raw.codePointAt(i));
    bytes.push(...Buffer.from(ch, "utf8")), i += ch.length;
  }
  return Buffer.from(bytes).toString("utf8");
}
function encodeCharacterStrings(text) {
  let chunks = [], chunk = "", chunkBytes = 0;
  for (let ch of text) {
    let bytes = Buffer.byteLength(ch, "utf8");
    chunkBytes + bytes > 255 && (chunks.push(chunk), chunk = "", chunkBytes = 0), chunk += escapeChar(ch), chunkBytes += bytes;
  }
  return (chunk !== "" || chunks.length === 0) && chunks.push(chunk), chunks.map((c) => `"${c}"`);
}
function escapeChar(ch) {
  if (ch === '"' || ch === "\\") return `\\${ch}`;
  let code = ch.codePointAt(0);
  return code < 32 || code === 127 ? `\\${String(code).padStart(3, "0")}` : ch;
}

// src/providers/zonefile/rdata-format.ts
import { isIPv4, isIPv6 } from "node:net";
var layouts = {
  NS: "n",
  CNAME: "n",
  PTR: "n",
  DNAME: "n",
  MX: "in",
  SRV: "iiin",
  SOA: "nniiiii"
};
function resolveName(text, origin) {
  if (text === "@") return origin;
  if (text === ".") return "";
  let { name, absolute } = decodeName(text);
  return absolute || origin === "" ? name : `${name}.${origin}`;
}
function decodeName(text) {
  let name = "";
  for (let i = 0; i < text.length; ) {
    let c = text[i];
    if (c === "\\" && i + 1 < text.length) {
      let digits = /^\d{3}/.test(text.slice(i + 1, i + 4)), length = digits ? 4 : 2, char = digits ? String.fromCharCode(Number(text.slice(i + 1, i + 4))) : text[i + 1];
      name += /^[a-z0-9*_-]$/i.test(char) ? char : text.slice(i, i + length), i += length;
    } else {
      if (c === "." && i === text.length - 1)
        return { name: name.toLowerCase(), absolute: !0 };
      name += c, i++;
    }
  }
  return { name: name.toLowerCase(), absolute: !1 };
}
function absoluteName(name) {
  return `${name}.`;
}
var RdataError = class extends Error {
};
function normaliseRdata(type, tokens, origin) {
  let layout = layouts[type];
  if (layout !== void 0) return normaliseFields(type, layout, tokens, origin);
  switch (type) {
    case "A":
      return normaliseA(single(type, tokens));
    case "AAAA":
      return normaliseAaaa(single(type, tokens));
    case "TXT":
    case "SPF":
      if (tokens.length === 0) throw new RdataError(`${type} needs at least one character-string`);
      return tokens.map((t) => decodeCharacterString(t.text)).join("");
    case "CAA":
      return normaliseCaa(tokens);
    case "NAPTR":
      return normaliseNaptr(tokens, origin);
    default:
      if (tokens.length === 0) throw new RdataError(`${type} has no data`);
      return tokens.map((t) => t.quoted ? `"${t.text}"` : t.text).join(" ");
  }
}
function single(type, tokens) {
  if (tokens.length !== 1) throw new RdataError(`${type} takes exactly one value, got ${tokens.length}`);
  return tokens[0].text;
}
function normaliseA(text) {
  if (!isIPv4(text)) throw new RdataError(`"${text}" is not an IPv4 address`);
  return text;
}
function normaliseAaaa(text) {
  if (!isIPv6(text)) throw new RdataError(`"${text}" is not an IPv6 address`);
  return new URL(`http://[${text}]/`).hostname.slice(1, -1);
}
function normaliseFields(type, layout, tokens, origin) {
  if (tokens.length !== layout.length)
    throw new RdataError(`${type} takes ${layout.length} fields, got ${tokens.length}`);
  return tokens.map((t, i) => {
    if (layout[i] === "n") return resolveName(t.text, origin);
    if (!/^\d+$/.test(t.text)) {
      let seconds = type === "SOA" ? parseTtl(t.text) : void 0;
      if (seconds === void 0) throw new RdataError(`${type} field ${i + 1} "${t.text}" is not a number`);
      return String(seconds);
    }
    return String(Number(t.text));
  }).join(" ");
}
function normaliseCaa(tokens) {
  let [flags, tag, value] = tokens;
  if (tokens.length !== 3 || !flags || !tag || !value || !/^\d+$/.test(flags.text))
    throw new RdataError('CAA takes three fields: flags tag "value"');
  return `${Number(flags.text)} ${tag.text.toLowerCase()} ${quote(decodeCharacterString(value.text))}`;
}
function normaliseNaptr(tokens, origin) {
  if (tokens.length !== 6) throw new RdataError(`NAPTR takes 6 fields, got ${tokens.length}`);
  return tokens.map((t, i) => i === 5 ? t.text === "." ? "." : resolveName(t.text, origin) : t.quoted ? `"${t.text}"` : t.text).join(" ");
}
function quote(text) {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
var ttlUnits = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseTtl(text) {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^(\d+[smhdw])+$/i.test(text)) return;
  let total = 0;
  for (let [, n, unit] of text.toLowerCase().matchAll(/(\d+)([smhdw])/g))
    total += Number(n) * ttlUnits[unit];
  return total;
}
function formatRdata(type, value) {
  let layout = layouts[type];
  if (layout !== void 0) {
    let fields = value.split(" ");
    if (fields.length !== layout.length)
      return { error: `${type} value "${value}" needs ${layout.length} fields` };
    let out = [];
    for (let [i, f] of fields.entries()) {
      if (layout[i] === "i" && !/^\d+$/.test(f))
        return { error: `${type} value "${value}": "${f}" is not a number` };
      if (layout[i] === "n" && !/^[a-z0-9_*.-]*$/i.test(f))
        return { error: `${type} value "${value}": bad name "${f}"` };
      out.push(layout[i] === "n" ? absoluteName(f) : f);
    }
    return { text: out.join(" ") };
  }
  switch (type) {
    case "A":
      return isIPv4(value) ? { text: value } : { error: `"${value}" is not an IPv4 address` };
    case "AAAA":
      return isIPv6(value) ? { text: value } : { error: `"${value}" is not an IPv6 address` };
    case "TXT":
    case "SPF":
      return { text: encodeCharacterStrings(value).join(" ") };
    case "NAPTR":
      return formatNaptr(value);
    case "CAA":
      return /^\d+ [a-z0-9]+ "(?:[^"\\]|\\.)*"$/i.test(value) ? { text: value } : { error: `CAA value ${JSON.stringify(value)} is not of the form: flags tag "value"` };
    default:
      return /[\n\r;()]/.test(value) || value.trim() === "" ? { error: `${type} value ${JSON.stringify(value)} cannot be written to a zone file` } : { text: value };
  }
}
function formatNaptr(value) {
  let cut = value.lastIndexOf(" "), replacement = value.slice(cut + 1);
  return cut < 0 || /[\n\r;()]/.test(value) || !/^(\.|[a-z0-9_*-]+(\.[a-z0-9_*-]+)*)$/i.test(replacement) ? { error: `NAPTR value ${JSON.stringify(value)} does not end in a replacement name` } : { text: replacement === "." ? value : `${value.slice(0, cut)} ${absoluteName(replacement)}` };
}

// src/providers/zonefile/zone-file-parser.ts
var classes = /* @__PURE__ */ new Set(["IN", "CH", "HS", "CS"]);
function parseZoneFile(text, options) {
  let state = { origin: options.origin.toLowerCase().replace(/\.$/, "") }, records = [];
  for (let entry of lexZoneFile(text, options.file)) {
    let fail = (message) => {
      throw new GitopsDnsError("provider", `${options.file}:${entry.startLine}: ${message}`);
    }, first = entry.tokens[0];
    !entry.blankOwner && !first.quoted && first.text.startsWith("$") ? applyDirective(entry, state, fail) : records.push(parseRecord(entry, state, fail));
  }
  return { records };
}
function applyDirective(entry, state, fail) {
  let [directive, arg] = entry.tokens, name = directive.text.toUpperCase();
  if (name === "$ORIGIN")
    (!arg || !arg.text.endsWith(".")) && fail('$ORIGIN needs an absolute name (ending in ".")'), state.origin = resolveName(arg.text, state.origin);
  else if (name === "$TTL") {
    let ttl = arg ? parseTtl(arg.text) : void 0;
    ttl === void 0 && fail(`$TTL needs a TTL, got "${arg?.text ?? ""}"`), state.dollarTtl = ttl;
  } else fail(name === "$INCLUDE" ? "$INCLUDE is not supported: keep the whole zone in one file" : `unsupported directive ${directive.text}`);
}
function parseRecord(entry, state, fail) {
  let tokens = entry.tokens, i = 0, name;
  entry.blankOwner ? (state.lastOwner === void 0 && fail("record has no owner name and there is no previous owner"), name = state.lastOwner) : (name = resolveName(tokens[0].text, state.origin), i = 1);
  let afterOwner = tokens[i] ?? fail("record has no type"), ttl, klass;
  for (; ; ) {
    let t = tokens[i];
    if (t === void 0) break;
    let asTtl = ttl === void 0 ? parseTtl(t.text) : void 0;
    if (asTtl !== void 0) ttl = asTtl;
    else if (klass === void 0 && classes.has(t.text.toUpperCase())) klass = t.text.toUpperCase();
    else break;
    i++;
  }
  klass !== void 0 && klass !== "IN" && fail(`class ${klass} is not supported (only IN)`);
  let typeToken = tokens[i] ?? fail("record has no type"), type = typeToken.text.toUpperCase();
  (typeToken.quoted || !/^[A-Z][A-Z0-9-]*$/.test(type)) && fail(`"${typeToken.text}" is not a record type`);
  let rdata = tokens.slice(i + 1), value = normalise(type, rdata, state.origin, fail), resolved = resolveTtl(ttl, type, value, state, fail);
  return state.lastOwner = name, {
    name,
    type,
    ttlSeconds: resolved.ttl,
    value,
    startLine: entry.startLine,
    endLine: entry.endLine,
    blankOwner: entry.blankOwner,
    ttlSource: resolved.source,
    afterOwner: { line: afterOwner.line, column: afterOwner.column },
    ...type === "SOA" ? { serial: serialPosition(rdata) } : {}
  };
}
function normalise(type, rdata, origin, fail) {
  try {
    return normaliseRdata(type, rdata, origin);
  } catch (e) {
    if (e instanceof RdataError) return fail(e.message);
    throw e;
  }
}
function resolveTtl(ttl, type, value, state, fail) {
  if (ttl !== void 0)
    return ttl > 2147483647 && fail(`TTL ${ttl} is larger than 2147483647`), state.lastTtl = ttl, { ttl, source: "explicit" };
  if (state.dollarTtl !== void 0) return { ttl: state.dollarTtl, source: "dollar-ttl" };
  if (state.lastTtl !== void 0) return { ttl: state.lastTtl, source: "previous" };
  if (type === "SOA") {
    let minimum = Number(value.split(" ")[6]);
    return state.lastTtl = minimum, { ttl: minimum, source: "soa-minimum" };
  }
  return fail("record has no TTL and no $TTL precedes it");
}
function serialPosition(rdata) {
  let serial = rdata[2];
  return { line: serial.line, column: serial.column, text: serial.text };
}

// src/providers/zonefile/soa-serial.ts
function nextSerial(serial, now) {
  let current = Number(serial);
  if (isDateSerial(serial)) {
    let today = (now.getUTCFullYear() * 1e4 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate()) * 100;
    return String(Math.max(today, current + 1));
  }
  let next = (current + 1) % 2 ** 32;
  return String(next);
}
function isDateSerial(serial) {
  let match = /^(\d{4})(\d{2})(\d{2})\d{2}$/.exec(serial);
  if (!match) return !1;
  let [year, month, day] = match.slice(1).map(Number);
  return year >= 1970 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// src/providers/zonefile/validate-change-set.ts
function validateChangeSet(zone, current, changes, supportedTypes2) {
  let problems = [], state = new Map(current.map((r) => [rrsetKey(r), r])), seen = /* @__PURE__ */ new Set(), touchedNames = /* @__PURE__ */ new Set();
  for (let change of changes) {
    let subject = change.kind === "delete" ? change.before : change.after, where = `${change.kind} ${subject.name} ${subject.type}`, problem = (message) => {
      problems.push(`${where}: ${message}`);
    }, key = rrsetKey(subject);
    if (seen.has(key) && problem("the change set changes this rrset twice"), subject.type === "SOA" && problem("the SOA record is kept by the zone file itself (its serial is bumped on write)"), seen.add(key), change.kind !== "create") {
      let held = state.get(rrsetKey(change.before));
      held ? sameRrset(held, change.before) || problem(`the zone holds ${describe(held)}, the change expects ${describe(change.before)}`) : problem("the zone does not hold this rrset (changed since the plan was made?)"), state.delete(rrsetKey(change.before)), touchedNames.add(change.before.name);
    }
    if (change.kind !== "delete") {
      change.kind === "create" && state.has(key) && problem("the rrset already exists");
      for (let p of afterProblems(zone, change.after, supportedTypes2)) problem(p);
      state.set(key, change.after), touchedNames.add(change.after.name);
    }
  }
  let typesByName = /* @__PURE__ */ new Map();
  for (let r of state.values())
    touchedNames.has(r.name) && typesByName.set(r.name, [...typesByName.get(r.name) ?? [], r.type]);
  for (let name of [...touchedNames].sort()) {
    let types = typesByName.get(name) ?? [];
    types.includes("CNAME") && types.length > 1 && problems.push(`${name}: a CNAME cannot stand beside other data (${types.sort().join(", ")})`);
  }
  return problems;
}
function afterProblems(zone, rrset, supportedTypes2) {
  let problems = [];
  if (supportedTypes2.has(rrset.type) || problems.push(
    `type ${rrset.type} is not supported (supported: ${[...supportedTypes2].sort().join(", ")})`
  ), isInZone(rrset.name, zone) || problems.push(`name is outside zone ${zone}`), /^[a-z0-9_*-]+(\.[a-z0-9_*-]+)*$/.test(rrset.name) || problems.push("name is not a lower-case ASCII FQDN"), (!Number.isInteger(rrset.ttlSeconds) || rrset.ttlSeconds < 0 || rrset.ttlSeconds > 2147483647) && problems.push(`TTL ${rrset.ttlSeconds} is not an integer between 0 and 2147483647`), rrset.values.length === 0 && problems.push("an rrset needs at least one value"), rrset.type === "CNAME" && rrset.values.length > 1 && problems.push("a CNAME rrset holds exactly one value"), supportedTypes2.has(rrset.type))
    for (let value of rrset.values) {
      let formatted = formatRdata(rrset.type, value);
      "error" in formatted && problems.push(formatted.error);
    }
  return problems;
}
function sameRrset(a, b) {
  return a.ttlSeconds === b.ttlSeconds && describe(a) === describe(b);
}
function describe(r) {
  return `TTL ${r.ttlSeconds} [${[...r.values].sort().join(", ")}]`;
}

// src/providers/zonefile/zone-file-writer.ts
function placeChanges(parsed, changes, lineCount) {
  let removedKeys = /* @__PURE__ */ new Set(), created = [], updated = /* @__PURE__ */ new Map();
  for (let change of changes)
    change.kind !== "create" && removedKeys.add(rrsetKey(change.before)), change.kind === "update" && rrsetKey(change.before) === rrsetKey(change.after) ? updated.set(rrsetKey(change.after), change.after) : change.kind !== "delete" && created.push(change.after);
  let placement = {
    removedLines: /* @__PURE__ */ new Set(),
    insertAt: /* @__PURE__ */ new Map(),
    startsAt: /* @__PURE__ */ new Map(),
    appended: []
  }, insert = (line, rrset) => {
    placement.insertAt.set(line, [...placement.insertAt.get(line) ?? [], rrset].sort(byKey));
  }, lastLineOfName = /* @__PURE__ */ new Map();
  for (let record of parsed.records) {
    let key = rrsetKey(record);
    if (!removedKeys.has(key)) {
      placement.startsAt.set(record.startLine, record), lastLineOfName.set(record.name, record.endLine);
      continue;
    }
    for (let l = record.startLine; l <= record.endLine; l++) placement.removedLines.add(l);
    let after = updated.get(key);
    after && (updated.delete(key), insert(record.startLine, after));
  }
  for (let rrset of [...created, ...updated.values()]) {
    let last = lastLineOfName.get(rrset.name);
    last !== void 0 && last < lineCount ? insert(last + 1, rrset) : placement.appended.push(rrset);
  }
  return placement.appended.sort(byKey), placement;
}
function byKey(a, b) {
  let ka = rrsetKey(a), kb = rrsetKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function writeZoneFile(text, parsed, changes, options) {
  let eol = text.includes(`\r
`) ? `\r
` : `
`, lines = text.split(/(?<=\n)/), { removedLines, insertAt, startsAt, appended } = placeChanges(parsed, changes, lines.length), edits = /* @__PURE__ */ new Map(), addEdit = (line, edit) => {
    edits.set(line, [...edits.get(line) ?? [], edit]);
  }, out = [], lastOwner, lastTtl;
  for (let lineNo = 1; lineNo <= lines.length; lineNo++) {
    for (let rrset of insertAt.get(lineNo) ?? [])
      out.push(...rrsetLines(rrset, eol)), lastOwner = rrset.name, lastTtl = rrset.ttlSeconds;
    if (removedLines.has(lineNo)) continue;
    let record = startsAt.get(lineNo);
    if (record) {
      if (record.blankOwner && lastOwner !== record.name && addEdit(lineNo, { column: 0, deleteLength: 0, insert: absoluteName(record.name) }), record.ttlSource === "previous" && lastTtl !== record.ttlSeconds && addEdit(record.afterOwner.line, {
        column: record.afterOwner.column,
        deleteLength: 0,
        insert: `${record.ttlSeconds} `
      }), record.serial && changes.length > 0) {
        let { line, column, text: serial } = record.serial;
        addEdit(line, { column, deleteLength: serial.length, insert: options.bumpSerial(serial) });
      }
      lastOwner = record.name, (record.ttlSource === "explicit" || record.ttlSource === "soa-minimum") && (lastTtl = record.ttlSeconds);
    }
    out.push(applyEdits(lines[lineNo - 1], edits.get(lineNo)));
  }
  if (appended.length > 0) {
    let last = out[out.length - 1];
    last !== void 0 && !last.endsWith(`
`) && out.push(eol);
    for (let rrset of appended) out.push(...rrsetLines(rrset, eol));
  }
  return out.join("");
}
function applyEdits(line, edits) {
  if (!edits) return line;
  let result = line;
  for (let edit of [...edits].sort((a, b) => b.column - a.column))
    result = result.slice(0, edit.column) + edit.insert + result.slice(edit.column + edit.deleteLength);
  return result;
}
function rrsetLines(rrset, eol = `
`) {
  return [...rrset.values].sort().map((value) => {
    let rdata = formatRdata(rrset.type, value);
    if ("error" in rdata) throw new Error(`${rrset.name} ${rrset.type}: ${rdata.error}`);
    return `${absoluteName(rrset.name)}	${rrset.ttlSeconds}	IN	${rrset.type}	${rdata.text}${eol}`;
  });
}

// src/providers/zonefile/zonefile-provider.ts
var supportedTypes = /* @__PURE__ */ new Set([
  "A",
  "AAAA",
  "CAA",
  "CNAME",
  "DS",
  "MX",
  "NAPTR",
  "NS",
  "PTR",
  "SPF",
  "SRV",
  "SSHFP",
  "TLSA",
  "TXT"
]), ZonefileProvider = class {
  name = "zonefile";
  supportedTypes = supportedTypes;
  directory;
  now;
  writeCount = 0;
  constructor(options) {
    if (!path.isAbsolute(options.directory))
      throw new GitopsDnsError("internal", `zonefile directory must be absolute, got "${options.directory}"`);
    this.directory = options.directory, this.now = options.now ?? (() => /* @__PURE__ */ new Date());
  }
  /** How many times a zone file has been written (for tests: an empty change set writes nothing). */
  get writes() {
    return this.writeCount;
  }
  /** The file that holds `zone`. */
  zoneFilePath(zone) {
    let name = normaliseZone(zone);
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(name))
      throw new GitopsDnsError("provider", `zonefile: "${zone}" is not a zone name`);
    return path.join(this.directory, `${name}.zone`);
  }
  async listRecords(zone) {
    let { parsed } = await this.read(zone);
    return toRrsets(parsed);
  }
  async applyChanges(zone, changes) {
    if (changes.length === 0) return;
    let file = this.zoneFilePath(zone), { text, parsed } = await this.read(zone), problems = validateChangeSet(normaliseZone(zone), toRrsets(parsed), changes, supportedTypes);
    if (problems.length > 0)
      throw new GitopsDnsError(
        "provider",
        `zonefile ${file}: nothing written, the change set is refused:
  ${problems.join(`
  `)}`
      );
    let updated = writeZoneFile(text, parsed, changes, { bumpSerial: (s) => nextSerial(s, this.now()) });
    await this.replaceFile(file, updated);
  }
  async read(zone) {
    let file = this.zoneFilePath(zone), text;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      let missing = e.code === "ENOENT";
      throw new GitopsDnsError(
        "provider",
        missing ? `zonefile: no zone file for ${normaliseZone(zone)}: expected ${file} (create it with at least an SOA record)` : `zonefile: cannot read ${file}: ${e.message}`,
        { cause: e }
      );
    }
    return { text, parsed: parseZoneFile(text, { file, origin: normaliseZone(zone) }) };
  }
  async replaceFile(file, text) {
    let temp = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`
    );
    this.writeCount++;
    try {
      await writeFile(temp, text, "utf8"), await rename(temp, file);
    } catch (e) {
      throw await rm(temp, { force: !0 }), new GitopsDnsError("provider", `zonefile: cannot write ${file}: ${e.message}`, {
        cause: e
      });
    }
  }
};
function normaliseZone(zone) {
  return zone.toLowerCase().replace(/\.$/, "");
}
function toRrsets(parsed) {
  let byKey2 = /* @__PURE__ */ new Map();
  for (let record of parsed.records) {
    let key = rrsetKey(record), rrset = byKey2.get(key);
    rrset ? rrset.values.includes(record.value) || rrset.values.push(record.value) : byKey2.set(key, {
      name: record.name,
      type: record.type,
      ttlSeconds: record.ttlSeconds,
      values: [record.value]
    });
  }
  let rrsets = [...byKey2.values()];
  for (let r of rrsets) r.values.sort();
  return rrsets.sort((a, b) => rrsetKey(a) < rrsetKey(b) ? -1 : rrsetKey(a) > rrsetKey(b) ? 1 : 0);
}

// src/providers/zonefile/index.ts
function createProvider(config, ctx) {
  return new ZonefileProvider({ directory: path2.resolve(ctx.baseDir, config.directory) });
}
export {
  ZonefileProvider,
  createProvider
};
