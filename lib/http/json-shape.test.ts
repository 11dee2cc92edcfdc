import { describe, expect, it } from "vitest";
import { findJsonProblem } from "./json-shape";

describe("findJsonProblem", () => {
  it("accepts an ordinary notification", () => {
    expect(findJsonProblem({ rrn: "1", amount: 10, nested: [{ a: "中文 ✓" }] })).toBeUndefined();
  });

  it("refuses NUL characters and lone surrogates, in values and in keys", () => {
    expect(findJsonProblem(JSON.parse('{"rrn":"1\\u0000"}'))).toMatch(/NUL/);
    expect(findJsonProblem(JSON.parse('{"a\\u0000":1}'))).toMatch(/NUL/);
    expect(findJsonProblem(JSON.parse('{"rrn":"\\ud800"}'))).toMatch(/surrogate/);
    expect(findJsonProblem(JSON.parse('{"x":["\\udc00x"]}'))).toMatch(/surrogate/);
  });

  it("refuses deep nesting without recursing", () => {
    const deep = JSON.parse(`${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect(findJsonProblem(deep)).toMatch(/nested deeper/);
    expect(findJsonProblem({ a: { b: { c: 1 } } }, 3)).toBeUndefined();
  });
});
