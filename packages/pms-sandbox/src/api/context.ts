import type { SandboxConfig } from "../config";
import type { ActiveFaults } from "../faults";
import type { SandboxLang } from "../lang";
import type { Db } from "../store/db";

/** What every operation gets once the request is read and authenticated. */
export type OperationContext = {
  db: Db;
  config: SandboxConfig;
  body: Record<string, unknown>;
  lang: SandboxLang;
  now: Date;
  faults: ActiveFaults;
  userAgent: string;
};

export type Operation = (context: OperationContext) => Promise<Record<string, unknown>>;
