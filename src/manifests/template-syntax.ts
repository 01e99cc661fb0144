/**
 * Finds template syntax that means a document is not the manifest the cluster will see:
 * Go/Helm `{{ }}`, Flux/envsubst `${VAR}`, makejinja `#{ }#` and `#% %#`.
 * Returns the first marker found, or undefined.
 */
export function findTemplateSyntax(text: string): string | undefined {
  // makejinja markers hide inside YAML comments (`#%`) or values, so look at the whole text.
  const jinja = /#\{.*?\}#|#%.*?%#/.exec(text);
  if (jinja) return jinja[0];
  for (const line of text.split('\n')) {
    // Whole-line comments often document templates without being one.
    if (/^\s*#/.test(line)) continue;
    const marker = /\{\{.*?\}\}|\{\{|\$\{[A-Za-z_][A-Za-z0-9_]*[^}]*\}/.exec(line);
    if (marker) return marker[0];
  }
  return undefined;
}
