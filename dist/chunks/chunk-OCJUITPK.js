import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);

// src/providers/provider.ts
var standardRecordTypes = /* @__PURE__ */ new Set([
  "A",
  "AAAA",
  "CNAME",
  "TXT",
  "MX",
  "NS",
  "SRV",
  "CAA",
  "PTR"
]);

export {
  standardRecordTypes
};
