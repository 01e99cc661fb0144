import { createRequire as __gitopsDnsCreateRequire } from 'node:module'; const require = __gitopsDnsCreateRequire(import.meta.url);

// src/errors.ts
var GitopsDnsError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options), this.name = "GitopsDnsError", this.code = code;
  }
};

export {
  GitopsDnsError
};
