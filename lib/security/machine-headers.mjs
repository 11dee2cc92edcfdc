// The headers of endpoints only machines call (PMS's webhook), which skip proxy.ts to keep a
// flash sale's notifications cheap (docs/decisions/016): static, set by next.config.js.
// They answer JSON and load nothing, so the policy allows nothing at all.
// Plain JavaScript, because next.config.js imports it.

/** @type {{ key: string; value: string }[]} */
export const machineEndpointHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** The paths proxy.ts does not run for (its matcher says the same as a pattern). */
export const machineEndpointSource = "/api/pms/webhook/:paymentId";
