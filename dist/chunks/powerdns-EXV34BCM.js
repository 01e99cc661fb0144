import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);
import {
  standardRecordTypes
} from "./chunk-OCJUITPK.js";
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

// src/providers/powerdns/powerdns-client.ts
var PowerDnsApiError = class extends Error {
  status;
  /** PowerDNS's own words (`error` of its JSON answer), or the transport error. */
  powerDnsMessage;
  constructor(status, powerDnsMessage, options) {
    super(status === 0 ? powerDnsMessage : `HTTP ${status}: ${powerDnsMessage}`, options), this.name = "PowerDnsApiError", this.status = status, this.powerDnsMessage = powerDnsMessage;
  }
};
function zoneId(zone) {
  return encodeURIComponent(`${zone}.`.replaceAll("=", "=3D").replaceAll("/", "=2F"));
}
async function errorMessage(response) {
  let text = await response.text().catch(() => "");
  try {
    let body = JSON.parse(text);
    if (typeof body.error == "string") return body.error;
  } catch {
  }
  return text.trim() || response.statusText;
}
var PowerDnsClient = class {
  constructor(options) {
    this.options = options;
    this.baseUrl = options.url.replace(/\/+$/, "").replace(/\/api\/v1$/, "");
  }
  options;
  baseUrl;
  /** The zone with all its rrsets, or undefined when PowerDNS has no such zone. */
  async getZone(zone) {
    let response = await this.request("GET", zone);
    if (response.status !== 404)
      return await response.json();
  }
  /** Applies rrset changes in one request; PowerDNS runs them in one transaction. */
  async patchZone(zone, rrsets) {
    await this.request("PATCH", zone, { rrsets });
  }
  zoneUrl(zone) {
    return `${this.baseUrl}/api/v1/servers/${encodeURIComponent(this.options.server)}/zones/${zoneId(zone)}`;
  }
  async request(method, zone, body) {
    let url = this.zoneUrl(zone), response;
    try {
      response = await this.options.fetch(url, {
        method,
        headers: {
          "X-API-Key": this.options.apiKey,
          Accept: "application/json",
          ...body === void 0 ? {} : { "Content-Type": "application/json" }
        },
        ...body === void 0 ? {} : { body: JSON.stringify(body) }
      });
    } catch (error) {
      let reason = error instanceof Error ? error.cause instanceof Error ? error.cause.message : error.message : "";
      throw new PowerDnsApiError(0, `cannot reach the PowerDNS API at ${this.baseUrl}: ${reason}`, {
        cause: error
      });
    }
    if (response.ok || method === "GET" && response.status === 404) return response;
    throw new PowerDnsApiError(response.status, await errorMessage(response));
  }
};

// src/providers/powerdns/txt-content.ts
function escapeByte(byte) {
  return byte === 34 || byte === 92 ? `\\${String.fromCharCode(byte)}` : byte >= 32 && byte <= 126 ? String.fromCharCode(byte) : `\\${String(byte).padStart(3, "0")}`;
}
function encodeTxtContent(value) {
  let bytes = new TextEncoder().encode(value), chunks = [];
  for (let start = 0; start < bytes.length || chunks.length === 0; start += 255) {
    let chunk = bytes.subarray(start, start + 255);
    chunks.push(`"${Array.from(chunk, escapeByte).join("")}"`);
  }
  return chunks.join(" ");
}
function isDigit(char) {
  return char !== void 0 && char >= "0" && char <= "9";
}
function readEscape(content, index) {
  let digits = content.slice(index + 1, index + 4);
  if (digits.length === 3 && [...digits].every(isDigit))
    return { bytes: [Number(digits) & 255], next: index + 4 };
  let char = content[index + 1];
  return char === void 0 ? { bytes: [92], next: index + 1 } : { bytes: [...new TextEncoder().encode(char)], next: index + 2 };
}
function decodeTxtContent(content) {
  let bytes = [], encoder = new TextEncoder(), index = 0;
  for (; index < content.length; ) {
    let char = content[index];
    if (char === " " || char === "	") {
      index += 1;
      continue;
    }
    let quoted = char === '"';
    for (quoted && (index += 1); index < content.length; ) {
      let current = content[index];
      if (quoted ? current === '"' : current === " " || current === "	") break;
      if (current === "\\") {
        let escape = readEscape(content, index);
        bytes.push(...escape.bytes), index = escape.next;
      } else {
        let codePoint = content.codePointAt(index), text = String.fromCodePoint(codePoint);
        bytes.push(...encoder.encode(text)), index += text.length;
      }
    }
    quoted && (index += 1);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

// src/providers/powerdns/rrset-content.ts
var nameTypes = /* @__PURE__ */ new Set(["CNAME", "NS", "PTR", "DNAME"]), trailingNameTypes = /* @__PURE__ */ new Set(["MX", "SRV"]);
function absoluteName(name) {
  return name === "" || name === "." ? "." : name.endsWith(".") ? name : `${name}.`;
}
function relativeName(name) {
  return name === "." || name === "" ? "." : (name.endsWith(".") ? name.slice(0, -1) : name).toLowerCase();
}
function mapLastField(value, map) {
  let fields = value.trim().split(/\s+/), last = fields.pop();
  return last === void 0 ? value : [...fields, map(last)].join(" ");
}
function toApiContent(type, value) {
  return type === "TXT" ? encodeTxtContent(value) : nameTypes.has(type) ? absoluteName(value.trim()) : trailingNameTypes.has(type) ? mapLastField(value, absoluteName) : value;
}
function fromApiContent(type, content) {
  return type === "TXT" ? decodeTxtContent(content) : nameTypes.has(type) ? relativeName(content.trim()) : trailingNameTypes.has(type) ? mapLastField(content, relativeName) : content;
}

// src/providers/powerdns/validate-changes.ts
function validateChanges(zone, current, changes, supportedTypes2) {
  let problems = [], currentByKey = new Map(current.map((r) => [rrsetKey(r), r])), touched = /* @__PURE__ */ new Set();
  for (let change of changes) {
    for (let rrset of changedRrsets(change)) {
      problems.push(...checkRrset(zone, rrset, supportedTypes2));
      let key = rrsetKey(rrset);
      touched.has(key) && problems.push(`${label(rrset)} is changed twice in one change set`), touched.add(key);
    }
    problems.push(...checkAgainstCurrent(change, currentByKey));
  }
  return problems.length === 0 && problems.push(...cnameClashes(resultingState(current, changes))), problems;
}
function label(rrset) {
  return `${rrset.name} ${rrset.type}`;
}
function changedRrsets(change) {
  return change.kind === "create" ? [change.after] : change.kind === "delete" ? [change.before] : rrsetKey(change.before) === rrsetKey(change.after) ? [change.after] : [change.before, change.after];
}
var powerDnsLabel = /^[a-z0-9_/-]+$/i;
function checkName(rrset) {
  let bad = rrset.name.split(".").filter((l, i) => !(i === 0 && l === "*") && !powerDnsLabel.test(l));
  if (bad.length === 0) return [];
  let hint = bad.some((l) => l.includes("*")) ? "; PowerDNS takes '*' only as a whole leftmost label: for ownership records of wildcard names, set 'txt-wildcard-replacement' in the config (e.g. 'wildcard')" : "";
  return [
    `${label(rrset)}: PowerDNS refuses the characters of label(s) ${bad.map((l) => `'${l}'`).join(", ")} (letters, digits, '-', '_' and '/' only)${hint}`
  ];
}
function checkRrset(zone, rrset, supportedTypes2) {
  let problems = [];
  return supportedTypes2.has(rrset.type) || problems.push(
    `${label(rrset)}: record type ${rrset.type} is not supported by the powerdns provider (supported: ${[...supportedTypes2].join(", ")})`
  ), isInZone(rrset.name, zone) || problems.push(`${label(rrset)}: name is outside zone ${zone}`), [...problems, ...checkName(rrset)];
}
function sameValues(a, b) {
  let sortedA = [...a].sort(), sortedB = [...b].sort();
  return sortedA.length === sortedB.length && sortedA.every((value, i) => value === sortedB[i]);
}
function checkAgainstCurrent(change, currentByKey) {
  if (change.kind === "create") {
    if (change.after.values.length === 0)
      return [`${label(change.after)}: an rrset needs at least one value`];
    let existing2 = currentByKey.get(rrsetKey(change.after));
    return existing2 && !sameValues(existing2.values, change.after.values) ? [
      `${label(change.after)} already exists in PowerDNS (${existing2.values.join(", ")}); re-run the plan`
    ] : [];
  }
  if (change.kind === "update" && change.after.values.length === 0)
    return [`${label(change.after)}: an rrset needs at least one value`];
  let existing = currentByKey.get(rrsetKey(change.before));
  return existing && !sameValues(existing.values, change.before.values) ? [
    `${label(change.before)} changed in PowerDNS since the plan was made (now ${existing.values.join(", ")}; planned from ${change.before.values.join(", ")}); re-run the plan`
  ] : [];
}
function resultingState(current, changes) {
  let state = new Map(current.map((r) => [rrsetKey(r), r]));
  for (let change of changes)
    change.kind !== "create" && state.delete(rrsetKey(change.before)), change.kind !== "delete" && state.set(rrsetKey(change.after), change.after);
  return [...state.values()];
}
function cnameClashes(state) {
  let typesByName = /* @__PURE__ */ new Map();
  for (let rrset of state)
    typesByName.set(rrset.name, [...typesByName.get(rrset.name) ?? [], rrset.type]);
  let problems = [];
  for (let [name, types] of [...typesByName].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!types.includes("CNAME") || types.length === 1) continue;
    let others = types.filter((type) => type !== "CNAME").sort();
    problems.push(
      `${name} CNAME would sit beside ${others.join(", ")}: a CNAME must be the only rrset at its name`
    );
  }
  return problems;
}

// src/providers/powerdns/powerdns-provider.ts
var supportedTypes = standardRecordTypes;
function fromApiRrset(rrset) {
  let type = rrset.type.toUpperCase(), values = (rrset.records ?? []).filter((record) => !record.disabled).map((record) => fromApiContent(type, record.content)).sort();
  if (values.length !== 0)
    return { name: relativeName(rrset.name), type, ttlSeconds: rrset.ttl ?? 0, values };
}
function disabledRecords(zone) {
  let byKey2 = /* @__PURE__ */ new Map();
  for (let rrset of zone.rrsets) {
    let disabled = (rrset.records ?? []).filter((record) => record.disabled), key = rrsetKey({ name: relativeName(rrset.name), type: rrset.type.toUpperCase() });
    disabled.length > 0 && byKey2.set(key, disabled);
  }
  return byKey2;
}
function replaceRrset(rrset, disabled) {
  let records = rrset.values.map((value) => ({
    content: toApiContent(rrset.type, value),
    disabled: !1
  })), served = new Set(records.map((record) => record.content)), kept = (disabled.get(rrsetKey(rrset)) ?? []).filter((record) => !served.has(record.content));
  return {
    name: absoluteName(rrset.name),
    type: rrset.type,
    ttl: rrset.ttlSeconds,
    changetype: "REPLACE",
    records: [...records, ...kept.map((record) => ({ content: record.content, disabled: !0 }))]
  };
}
function deleteRrset(rrset, disabled) {
  let kept = disabled.get(rrsetKey(rrset));
  return kept && kept.length > 0 ? replaceRrset({ ...rrset, values: [] }, disabled) : { name: absoluteName(rrset.name), type: rrset.type, changetype: "DELETE" };
}
function byKey(a, b) {
  let ka = rrsetKey(a), kb = rrsetKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
function buildPatch(changes, disabled = /* @__PURE__ */ new Map()) {
  let deletes = [], replaces = [];
  for (let change of changes)
    change.kind === "delete" ? deletes.push(change.before) : (change.kind === "update" && rrsetKey(change.before) !== rrsetKey(change.after) && deletes.push(change.before), replaces.push(change.after));
  return [
    ...deletes.sort(byKey).map((rrset) => deleteRrset(rrset, disabled)),
    ...replaces.sort(byKey).map((rrset) => replaceRrset(rrset, disabled))
  ];
}
function rrsetInMessage(message, changes) {
  let rrsets = changes.flatMap(
    (change) => change.kind === "create" ? [change.after] : change.kind === "delete" ? [change.before] : [change.after, change.before]
  ), lower = message.toLowerCase(), named = rrsets.filter((rrset) => lower.includes(`${rrset.name}.`));
  return named.find((rrset) => new RegExp(`\\b${rrset.type}\\b`).test(message)) ?? named.sort((a, b) => b.name.length - a.name.length)[0];
}
var PowerDnsProvider = class {
  name = "powerdns";
  supportedTypes = supportedTypes;
  client;
  server;
  constructor(options) {
    this.server = options.server, this.client = new PowerDnsClient({ ...options, fetch: options.fetch ?? globalThis.fetch });
  }
  async listRecords(zone) {
    return (await this.readZone(zone)).rrsets.flatMap((rrset) => fromApiRrset(rrset) ?? []).sort(byKey);
  }
  async applyChanges(zone, changes) {
    if (changes.length === 0) return;
    let found = await this.readZone(zone), current = found.rrsets.flatMap((rrset) => fromApiRrset(rrset) ?? []), problems = validateChanges(zone, current, changes, supportedTypes);
    if (problems.length > 0)
      throw new GitopsDnsError(
        "provider",
        `powerdns: refusing to change zone ${zone}, nothing was written:
${problems.map((p) => `  - ${p}`).join(`
`)}`
      );
    try {
      await this.client.patchZone(zone, buildPatch(changes, disabledRecords(found)));
    } catch (error) {
      throw this.patchError(zone, changes, error);
    }
  }
  async readZone(zone) {
    let found;
    try {
      found = await this.client.getZone(zone);
    } catch (error) {
      throw new GitopsDnsError("provider", `powerdns: cannot read zone ${zone}: ${messageOf(error)}`, {
        cause: error
      });
    }
    if (!found)
      throw new GitopsDnsError(
        "provider",
        `powerdns: zone ${zone} does not exist on PowerDNS server "${this.server}"; create it first (pdnsutil create-zone ${zone}) or fix "zones"/"provider.server" in the config`
      );
    return found;
  }
  patchError(zone, changes, error) {
    if (!(error instanceof PowerDnsApiError))
      return new GitopsDnsError(
        "provider",
        `powerdns: applying changes to zone ${zone} failed: ${messageOf(error)}`,
        {
          cause: error
        }
      );
    let rrset = rrsetInMessage(error.powerDnsMessage, changes), where = rrset ? ` at ${label(rrset)}` : "", outcome = error.status === 0 ? "the change set may not have been sent" : "PowerDNS applied none of the change set";
    return new GitopsDnsError(
      "provider",
      `powerdns: PowerDNS refused the changes to zone ${zone}${where} (${outcome}): ${error.message}`,
      { cause: error }
    );
  }
};
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/providers/powerdns/index.ts
function createProvider(config, ctx) {
  let apiKey = ctx.env.POWERDNS_API_KEY;
  if (!apiKey)
    throw new GitopsDnsError(
      "config",
      'provider.type is powerdns but POWERDNS_API_KEY is not set: export the PowerDNS API key (pdns.conf "api-key") in POWERDNS_API_KEY'
    );
  return new PowerDnsProvider({ url: config.url, server: config.server, apiKey });
}
export {
  PowerDnsProvider,
  createProvider
};
