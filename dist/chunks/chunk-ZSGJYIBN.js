import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);

// src/records/record.ts
function rrsetKey(r) {
  return `${r.name}\0${r.type}`;
}

export {
  rrsetKey
};
