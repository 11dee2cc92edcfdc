export { recordStaffAction, type AuditEntry, type AuditStranger } from "./record";
export { auditKindLabels, auditKinds, isAuditKind, type AuditKind } from "./kinds";
