import { describe, expect, it } from "vitest";
import type { CacheTagReading } from "./expiries";
import { coalesceReads, createSharedCache, maxEntryAgeMs, parseSnapshot, visibleIn, type CacheStore } from "./shared-cache-handler.mjs";

/**
 * A stand-in for the database the handler reads: transaction ids count up, a
 * commit makes an expiry visible to snapshots taken after it. The SQL side
 * (pg_current_snapshot, the expiry rows) is tested in expiries.db.test.ts.
 */
function fakeDatabase() {
  let nextXid = 100n;
  const running = new Set<bigint>();
  const expiries = new Map<string, bigint>();
  let reads = 0;
  const snapshot = () => {
    const inProgress = [...running].sort();
    const xmin = inProgress[0] ?? nextXid;
    return `${xmin}:${nextXid}:${inProgress.join(",")}`;
  };
  const store: CacheStore = {
    async read(tags): Promise<CacheTagReading> {
      reads++;
      return { snapshot: snapshot(), expired: tags.flatMap((tag) => (expiries.has(tag) ? [[tag, String(expiries.get(tag))] as [string, string]] : [])) };
    },
    async expire(tags) {
      commit(begin(tags));
    },
  };
  /** An open transaction that expires `tags`: its rows are written, not yet committed. */
  const begin = (tags: string[]) => {
    const xid = nextXid++;
    running.add(xid);
    return { xid, tags };
  };
  const commit = (tx: { xid: bigint; tags: string[] }) => {
    running.delete(tx.xid);
    for (const tag of tx.tags) expiries.set(tag, tx.xid);
  };
  return { store, begin, commit, reads: () => reads };
}

const page = (html: string, tags = ["_N_T_/layout", "_N_T_/(catalog)/cached/[locale]/layout", "_N_T_/cached/en/products/teapot"]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const pageCtx = { kind: "APP_PAGE" };
const setCtx = { cacheControl: { revalidate: 60, expire: undefined } };

/** Next's order of calls for one request: look up; on a miss render and store. */
async function serve(cache: ReturnType<typeof createSharedCache>, key: string, render: () => string) {
  const hit = await cache.get(key, pageCtx);
  if (hit) return (hit.value as { html: string }).html;
  const html = render();
  await cache.set(key, page(html), setCtx);
  return html;
}

describe("the shared cache handler", () => {
  it("serves a stored page until one of its tags is expired, then renders it once more", async () => {
    const db = fakeDatabase();
    const cache = createSharedCache({ store: () => db.store });
    let stock = 9;
    const render = () => `only ${stock} left`;
    expect(await serve(cache, "/cached/en/products/teapot", render)).toBe("only 9 left");
    stock = 8; // changed without an expiry: the cached copy stands
    expect(await serve(cache, "/cached/en/products/teapot", render)).toBe("only 9 left");

    await db.store.expire(["_N_T_/cached/en/products/teapot"]);
    expect(await serve(cache, "/cached/en/products/teapot", render)).toBe("only 8 left");
    expect(await serve(cache, "/cached/en/products/teapot", render)).toBe("only 8 left");
  });

  it("an expiry committed by another instance reaches this one at its next request", async () => {
    const db = fakeDatabase();
    const a = createSharedCache({ store: () => db.store });
    const b = createSharedCache({ store: () => db.store });
    let stock = 9;
    const render = () => `only ${stock} left`;
    await serve(a, "/p", render);
    await serve(b, "/p", render);
    // A job on instance A (or any process) takes stock and expires the layout in its transaction.
    const tx = db.begin(["_N_T_/(catalog)/cached/[locale]/layout"]);
    stock = 8;
    // Not committed yet: both still serve the old page, never a mix.
    expect(await serve(b, "/p", render)).toBe("only 9 left");
    db.commit(tx);
    expect(await serve(b, "/p", render)).toBe("only 8 left");
    expect(await serve(a, "/p", render)).toBe("only 8 left");
  });

  it("a page rendered while an expiring transaction was still open is rendered again after it commits", async () => {
    const db = fakeDatabase();
    const cache = createSharedCache({ store: () => db.store });
    const tx = db.begin(["_N_T_/layout"]);
    // Rendered from data read before the commit, stored after it: must not count as fresh.
    const miss = await cache.get("/p", pageCtx);
    expect(miss).toBeNull();
    db.commit(tx);
    await cache.set("/p", page("old"), setCtx);
    expect(await cache.get("/p", pageCtx)).toBeNull();
    await cache.set("/p", page("new"), setCtx);
    expect(((await cache.get("/p", pageCtx))?.value as { html: string }).html).toBe("new");
  });

  it("expiries commit in any order: each is judged by whether its transaction was visible, not by a counter", async () => {
    const db = fakeDatabase();
    const cache = createSharedCache({ store: () => db.store });
    const early = db.begin(["_N_T_/layout"]); // older transaction id, commits last
    const late = db.begin(["_N_T_/other"]);
    db.commit(late);
    await serve(cache, "/p", () => "before early");
    db.commit(early);
    expect(await serve(cache, "/p", () => "after early")).toBe("after early");
  });

  it("a page stored without a lookup first is fresh only while none of its tags was ever expired", async () => {
    const db = fakeDatabase();
    const cache = createSharedCache({ store: () => db.store });
    await cache.set("/q", page("x"), setCtx);
    expect(await cache.get("/q", pageCtx)).not.toBeNull();
    await db.store.expire(["_N_T_/layout"]);
    await cache.set("/q", page("y"), setCtx);
    expect(await cache.get("/q", pageCtx)).toBeNull();
  });

  it("caches nothing with no store registered (next build), and expires through the store otherwise", async () => {
    const cache = createSharedCache({ store: () => undefined });
    await cache.set("/p", page("x"), setCtx);
    expect(await cache.get("/p", pageCtx)).toBeNull();
    const db = fakeDatabase();
    const withStore = createSharedCache({ store: () => db.store });
    await serve(withStore, "/p", () => "one");
    await withStore.revalidateTag("_N_T_/cached/en/products/teapot");
    expect(await serve(withStore, "/p", () => "two")).toBe("two");
  });

  it("keeps no page longer than a day, so old expiry rows can be pruned", async () => {
    const db = fakeDatabase();
    let now = 1_000_000;
    const cache = createSharedCache({ store: () => db.store, clock: () => now });
    await serve(cache, "/p", () => "one");
    now += maxEntryAgeMs + 1;
    expect(await cache.get("/p", pageCtx)).toBeNull();
  });

  it("holds at most its byte budget, dropping the least recently used page", async () => {
    const db = fakeDatabase();
    const cache = createSharedCache({ store: () => db.store, maxBytes: 4_000 });
    for (const key of ["/a", "/b", "/c"]) await cache.set(key, page("x".repeat(500)), setCtx);
    await cache.get("/a", pageCtx);
    await cache.set("/d", page("x".repeat(500)), setCtx);
    expect(await cache.get("/a", pageCtx)).not.toBeNull();
    expect(await cache.get("/b", pageCtx)).toBeNull();
    expect(cache.stats().bytes).toBeLessThanOrEqual(4_000);
  });

  it("a database it cannot read means render, not a stale page or an error", async () => {
    const db = fakeDatabase();
    let down = false;
    const cache = createSharedCache({ store: () => ({ ...db.store, read: (tags) => (down ? Promise.reject(new Error("down")) : db.store.read(tags)) }) });
    await serve(cache, "/p", () => "one");
    down = true;
    expect(await cache.get("/p", pageCtx)).toBeNull();
  });
});

describe("reading expiries for many requests at once", () => {
  it("shares one reading among the requests that wait for it, each started after the request arrived", async () => {
    const started: string[][] = [];
    const finish: (() => void)[] = [];
    const read = coalesceReads(
      (tags) =>
        new Promise<CacheTagReading>((resolve) => {
          started.push(tags);
          finish.push(() => resolve({ snapshot: "1:1:", expired: [] }));
        }),
    );
    const first = read(["a"]);
    const second = read(["b"]);
    const third = read(["b", "c"]);
    expect(started).toEqual([["a"]]);
    finish[0]!();
    await first;
    // The two that arrived while the first reading ran share the next one.
    await Promise.resolve();
    expect(started).toEqual([["a"], ["b", "c"]]);
    finish[1]!();
    await Promise.all([second, third]);
  });
});

describe("snapshot visibility", () => {
  it("follows PostgreSQL: before xmin visible, from xmax on not, in between unless still running", () => {
    const snapshot = parseSnapshot("10:20:12,15");
    expect(visibleIn(9n, snapshot)).toBe(true);
    expect(visibleIn(11n, snapshot)).toBe(true);
    expect(visibleIn(12n, snapshot)).toBe(false);
    expect(visibleIn(20n, snapshot)).toBe(false);
    expect(visibleIn(5n, parseSnapshot("10:10:"))).toBe(true);
  });
});
