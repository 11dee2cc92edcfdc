import { describe, expect, it } from "vitest";
import { processSingleton } from "./process-singleton";

describe("processSingleton", () => {
  it("creates the value once and shares it with every handle of the same name", () => {
    let created = 0;
    const a = processSingleton<{ n: number }>("test.shared");
    const b = processSingleton<{ n: number }>("test.shared");
    const value = a.get(() => ({ n: ++created }));
    expect(b.get(() => ({ n: ++created }))).toBe(value);
    expect(created).toBe(1);
  });

  it("keeps different names apart and never creates on peek", () => {
    const one = processSingleton<string>("test.one");
    const two = processSingleton<string>("test.two");
    one.set("1");
    expect(two.peek()).toBeUndefined();
    expect(two.get(() => "2")).toBe("2");
    expect(one.peek()).toBe("1");
  });

  it("forgets the value when set to undefined, so the next get creates a fresh one", () => {
    const cell = processSingleton<number>("test.reset");
    expect(cell.get(() => 1)).toBe(1);
    cell.set(undefined);
    expect(cell.peek()).toBeUndefined();
    expect(cell.get(() => 2)).toBe(2);
  });
});
