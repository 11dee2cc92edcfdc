import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import zhHK from "@/messages/zh-HK.json";
import { paymentEventKinds } from "./events";

describe("payment event kinds", () => {
  it.each([
    ["en", en],
    ["zh-HK", zhHK],
    ["zh-CN", zhCN],
  ])("every kind has a timeline label in %s", (_locale, messages) => {
    const labels = (messages as { EventKind: Record<string, string> }).EventKind;
    expect(paymentEventKinds.filter((kind) => !labels[kind])).toEqual([]);
  });
});
