const things = sa.table(
  "thing",
  sa.column("i", sa.Integer()),
  sa.column("f", sa.Float()),
  sa.column("s", sa.String()),
  sa.column("b", sa.Boolean()),
  sa.column("n", sa.Numeric(10, 2)),
  sa.column("t", sa.Text()),
);
await op.bulkInsert(
  things,
  [
    { i: 1, f: 1.5, s: "x", b: true, n: 3.25, t: "long text" },
    { i: -2, f: 2.5, s: "", b: false, n: 0, t: null },
  ],
);
