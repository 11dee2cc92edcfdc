/**
 * Why a parsed JSON value cannot be kept as it is, or undefined when it can.
 * PostgreSQL's jsonb refuses a NUL character and a lone UTF-16 surrogate, and
 * deep nesting only costs stack on every reader: such a body is garbage from
 * the sender, to be refused with a 4xx, not a store failure answered 5xx.
 * Iterative, so a hostile depth cannot exhaust our own stack either.
 */
export function findJsonProblem(value: unknown, maxDepth = 16): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === "string") {
      const problem = stringProblem(current);
      if (problem) return problem;
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (depth >= maxDepth) return `nested deeper than ${maxDepth} levels`;
    for (const [key, child] of Object.entries(current)) {
      const problem = stringProblem(key);
      if (problem) return problem;
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(text: string): string | undefined {
  if (text.includes("\u0000")) return "contains a NUL character";
  if (loneSurrogate.test(text)) return "contains a lone surrogate";
  return undefined;
}
