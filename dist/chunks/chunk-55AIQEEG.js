import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);

// src/records/dns-name.ts
import { domainToASCII } from "node:url";
var maxNameLength = 253, maxLabelLength = 63, labelPattern = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
function normalizeDnsName(raw) {
  let trimmed = raw.trim();
  if (trimmed === "") return { ok: !1, kind: "invalid", reason: "empty hostname" };
  let lower = (trimmed.endsWith(".") ? trimmed.slice(0, -1) : trimmed).toLowerCase(), ascii = toAscii(lower);
  if (ascii === void 0) return { ok: !1, kind: "invalid", reason: `"${raw}" is not a valid hostname` };
  if (ascii.length > maxNameLength)
    return { ok: !1, kind: "invalid", reason: `"${raw}" is longer than ${maxNameLength} characters` };
  let labels = ascii.split(".");
  for (let [index, label] of labels.entries()) {
    let problem = labelProblem(label, index);
    if (problem) return { ok: !1, kind: "invalid", reason: `"${raw}": ${problem}` };
  }
  return isPublishable(ascii) ? { ok: !0, name: ascii } : { ok: !1, kind: "unpublishable", reason: `"${raw}" is a cluster-internal name` };
}
function toAscii(name) {
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  let ascii = domainToASCII(name);
  return ascii === "" ? void 0 : ascii;
}
function labelProblem(label, index) {
  if (label === "*") return index === 0 ? void 0 : "a wildcard is only allowed as the first label";
  if (label.length === 0) return "empty label";
  if (label.length > maxLabelLength) return `label "${label}" is longer than ${maxLabelLength} characters`;
  if (!labelPattern.test(label)) return `label "${label}" has characters not allowed in a hostname`;
}
function isPublishable(name) {
  return !(name === "*" || !name.includes(".") || name === "cluster.local" || name.endsWith(".cluster.local"));
}
function isWildcard(name) {
  return name.startsWith("*.");
}
function hostMatches(pattern, host) {
  if (pattern === "*" || pattern === host) return !0;
  if (isWildcard(pattern)) {
    let suffix = pattern.slice(1);
    return isWildcard(host) ? host.slice(1).endsWith(suffix) : host.endsWith(suffix) && host.length > suffix.length;
  }
  return !1;
}
function isInZone(name, zone) {
  return name === zone || name.endsWith(`.${zone}`);
}

export {
  normalizeDnsName,
  isWildcard,
  hostMatches,
  isInZone
};
