export * from "./catalog";
export * from "./cart";
export * from "./orders";
export * from "./pms-sandbox";
export * from "./rate-limits";
export * from "./mail";
export * from "./accounts";
export * from "./audit";
