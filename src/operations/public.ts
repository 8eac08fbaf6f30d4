/** The public `op` proxy. */
export { op, runAutocommitBlock, type Operations } from "./op.js";
export type { BatchOp } from "./batch-op.js";
export type { Bind, Result } from "../runtime/bind.js";
