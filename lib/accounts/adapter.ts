import "server-only";
import { and, eq } from "drizzle-orm";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { getDb } from "@/lib/db";
import { shoppers, verificationTokens, type Shopper } from "@/lib/db/schema";
import { importDeliveredAddresses } from "./addresses";

const toUser = (row: Shopper): AdapterUser => ({ id: row.id, email: row.email, emailVerified: row.emailVerified, name: row.name });

/**
 * What next-auth's Email provider needs from the database, and nothing more:
 * shoppers by id and email, and single-use link tokens. Sessions are JWTs, so
 * no session table; shoppers have no OAuth accounts to link.
 */
export const shopperAdapter: Adapter = {
  async createUser(user: Omit<AdapterUser, "id">) {
    const db = await getDb();
    const [row] = await db
      .insert(shoppers)
      .values({ email: user.email.toLowerCase(), emailVerified: user.emailVerified ?? null, name: user.name ?? null })
      .onConflictDoUpdate({ target: shoppers.email, set: { emailVerified: user.emailVerified ?? null } })
      .returning();
    await importDeliveredAddresses(db, row!.id, row!.email);
    return toUser(row!);
  },
  async getUser(id) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const db = await getDb();
    const [row] = await db.select().from(shoppers).where(eq(shoppers.id, id)).limit(1);
    return row ? toUser(row) : null;
  },
  async getUserByEmail(email) {
    const db = await getDb();
    const [row] = await db.select().from(shoppers).where(eq(shoppers.email, email.toLowerCase())).limit(1);
    return row ? toUser(row) : null;
  },
  async getUserByAccount() {
    return null;
  },
  async updateUser(user) {
    const db = await getDb();
    const [row] = await db
      .update(shoppers)
      .set({ ...(user.emailVerified !== undefined && { emailVerified: user.emailVerified }), ...(user.name !== undefined && { name: user.name }) })
      .where(eq(shoppers.id, user.id))
      .returning();
    if (!row) throw new Error("no such shopper");
    return toUser(row);
  },
  async createVerificationToken(token) {
    const db = await getDb();
    await db.insert(verificationTokens).values(token);
    return token;
  },
  /** Deletes as it reads: a link works once, even when two tabs open it at the same moment. */
  async useVerificationToken({ identifier, token }) {
    const db = await getDb();
    const [row] = await db
      .delete(verificationTokens)
      .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
      .returning();
    return row ?? null;
  },
};
