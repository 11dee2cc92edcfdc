// One reconciliation pass, for cron: `npm run reconcile`. Safe beside running
// app instances on PostgreSQL (payments are claimed with SKIP LOCKED); the
// embedded PGlite database allows one process, so stop the app first there.
import { getDatabase } from "../lib/db";
import { reconcileDuePayments } from "../lib/payments/reconcile";
import { processDueWebhooks } from "../lib/payments/webhook-inbox";

async function main() {
  const handle = await getDatabase();
  try {
    let total = { checked: 0, settled: 0, gaveUp: 0, failedQueries: 0 };
    for (;;) {
      const pass = await reconcileDuePayments({ limit: 50 });
      total = {
        checked: total.checked + pass.checked,
        settled: total.settled + pass.settled,
        gaveUp: total.gaveUp + pass.gaveUp,
        failedQueries: total.failedQueries + pass.failedQueries,
      };
      if (pass.checked < 50) break;
    }
    const inbox = await processDueWebhooks({ limit: 100 });
    console.log(
      `reconcile: ${total.checked} checked, ${total.settled} settled, ${total.gaveUp} closed as expired, ` +
        `${total.failedQueries} queries failed; webhook inbox: ${inbox.processed}/${inbox.claimed} confirmed`,
    );
  } finally {
    await handle.close();
  }
}

// A clear one-line error for an operator, not a stack trace.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
