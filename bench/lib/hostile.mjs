// Garbage a hostile client sends to a JSON endpoint: every answer must be a
// clear 4xx (or a 2xx refusal), never a 5xx, and the server must stay up.
import http from "node:http";
import zlib from "node:zlib";

const deep = (n) => "[".repeat(n) + "]".repeat(n);
const deepObject = (n) => '{"a":'.repeat(n) + "1" + "}".repeat(n);

function bodies() {
  const ok = { rrn: "001", amount: 100 };
  return [
    { body: "" },
    { body: "{" },
    { body: "null" },
    { body: "[]" },
    { body: '"string"' },
    { body: "1e999" },
    { body: JSON.stringify({ rrn: { $gt: "" } }) },
    { body: JSON.stringify({ ...ok, rrn: "a\u0000b" }) },
    { body: '{"rrn":"\\ud800"}' },
    { body: `{"rrn":"${"\u0000".repeat(100)}"}` },
    { body: JSON.stringify({ __proto__: { admin: true }, rrn: "001" }) },
    { body: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"rrn":"1"}' },
    { body: deep(5000) },
    { body: deepObject(5000) },
    { body: JSON.stringify({ rrn: "x".repeat(70_000) }) },
    { body: "x".repeat(2 * 1024 * 1024) },
    { body: JSON.stringify({ rrn: "001", amount: "1e400", apiKey: [], sign: {}, timestamp: -1 }) },
    { body: JSON.stringify(ok), headers: { "content-type": "text/plain" } },
    { body: JSON.stringify(ok), headers: { "content-type": "application/x-www-form-urlencoded" } },
    { body: "rrn=001&amount=1", headers: { "content-type": "multipart/form-data; boundary=x" } },
    { body: zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024)), headers: { "content-encoding": "gzip" } },
    { body: zlib.deflateSync(Buffer.from(JSON.stringify(ok))), headers: { "content-encoding": "deflate" } },
    { body: Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]) },
    { body: JSON.stringify(ok), method: "PUT" },
    { body: JSON.stringify(ok), method: "DELETE" },
    { body: undefined, method: "GET" },
    { body: undefined, method: "OPTIONS" },
    { body: JSON.stringify(ok), headers: { "content-length": "99999999" }, lie: true },
  ];
}

function send(base, path, { body, headers = {}, method = "POST", lie = false }) {
  return new Promise((resolve) => {
    const url = new URL(path, base);
    const data = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
    const request = http.request(
      url,
      {
        method,
        headers: { "content-type": "application/json", ...(data && !lie ? { "content-length": data.length } : {}), ...headers },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode }));
      },
    );
    request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ status: 0, error: error.message }));
    if (data) request.write(data);
    request.end();
  });
}

/** Sends at least `total` hostile requests, 20 at a time, across `paths`. */
export async function hostileRequests(base, paths, total) {
  const cases = bodies();
  const jobs = [];
  for (let i = 0; jobs.length < total; i += 1) {
    const c = cases[i % cases.length];
    jobs.push({ path: paths[Math.floor(i / cases.length) % paths.length], c, label: `${c.method ?? "POST"} #${i % cases.length}` });
  }
  let fiveHundreds = 0;
  let networkErrors = 0;
  const bad = new Set();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const { status } = await send(base, job.path, job.c);
        if (status >= 500) {
          fiveHundreds += 1;
          bad.add(`${status} ${job.label} ${job.path}`);
        }
        if (status === 0) networkErrors += 1;
      }
    }),
  );
  return { sent: jobs.length, fiveHundreds, networkErrors, sample: [...bad].slice(0, 4).join("; ") };
}
