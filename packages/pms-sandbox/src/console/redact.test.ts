import { describe, expect, it } from "vitest";
import { redactRequest, redactUrl, summarizeAnswer } from "./redact";

describe("the console never shows a returnUrl token", () => {
  it("hides every query value, the fragment and credentials, keeping where the URL points", () => {
    expect(redactUrl("https://shop.example/checkout/result?token=s3cr3t-bearer&lang=en")).toBe(
      "https://shop.example/checkout/result?token=…&lang=…",
    );
    expect(redactUrl("https://user:pw@shop.example:8443/r#access=s3cr3t")).toBe("https://…@shop.example:8443/r#…");
    expect(redactUrl("http://localhost:3000/api/pms/webhook/1")).toBe("http://localhost:3000/api/pms/webhook/1");
    expect(redactUrl("")).toBe("");
  });

  it("redacts the URL fields of a stored request and keeps the rest", () => {
    const request = { rrn: "1", amt: 100, returnUrl: "https://shop.example/r?token=s3cr3t", webhookUrl: "https://shop.example/w?k=s3cr3t" };
    const redacted = redactRequest(request);
    expect(JSON.stringify(redacted)).not.toContain("s3cr3t");
    expect(redacted).toMatchObject({ rrn: "1", amt: 100, returnUrl: "https://shop.example/r?token=…" });
    expect(request.returnUrl).toContain("s3cr3t");
  });
});

describe("the console does not read back what a webhookUrl answered", () => {
  it("shows the spec's errorCode and errorMessage of a JSON answer, and nothing else", () => {
    expect(summarizeAnswer('{"errorCode":"0","errorMessage":"ok","internal":"db password"}')).toBe('errorCode "0", errorMessage "ok"');
    expect(summarizeAnswer('{"errorCode":0}')).toBe("errorCode 0");
    expect(summarizeAnswer('{"status":"up","secrets":[1]}')).toBe("errorCode missing");
    expect(summarizeAnswer('{"errorCode":{"nested":"secret"}}')).toBe("errorCode (an object)");
    expect(summarizeAnswer(`{"errorCode":"1","errorMessage":"${"x".repeat(500)}"}`)!.length).toBeLessThan(160);
  });

  it("shows only the size of anything that is not a JSON object", () => {
    expect(summarizeAnswer("<html>admin panel: secret</html>")).toBe("not JSON (32 characters, not shown)");
    expect(summarizeAnswer("[1,2]")).toBe("JSON, not an object");
    expect(summarizeAnswer("")).toBe("empty body");
    expect(summarizeAnswer(null)).toBeNull();
  });
});
