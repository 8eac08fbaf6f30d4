/** Types that only matter for their DDL: PickleType stores bytes (BYTEA / BLOB). */
import { makeType, typeFactory, type SqlType } from "./types.js";

export const PickleType = typeFactory((_o: { protocol?: number } = {}): SqlType => makeType("PickleType", "binary"));
