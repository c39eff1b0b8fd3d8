// Init: a text as a YAML scalar — plain when YAML reads it back as the same string, quoted otherwise.

/** Starts a plain scalar cannot have: indicators, spaces, and the `- `/`? `/`: ` forms. */
const UNSAFE_START = /^(?:[-?:,[\]{}#&*!|>'"%@`\s]|$)/;
/** Texts that YAML would read as something other than a string (numbers in any base, dates…). */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?\.?\d\S*|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/;

/**
 * The text as it can follow `key: ` on one line. Plain when that is safe (as in the example's
 * records: `name: Муниципальное … «Солнышко»`), else double-quoted with JSON escapes, which YAML
 * reads the same way.
 */
export function yamlScalar(text: string): string {
  const isPlain =
    !UNSAFE_START.test(text) &&
    !/\s$/.test(text) &&
    !/: |:$| #|[\p{Cc}\u2028\u2029\uFEFF]/u.test(text) &&
    !NOT_A_STRING.test(text);
  return isPlain ? text : JSON.stringify(text);
}
