await sa.Sequence(
  "order_number_seq",
  { start: 1000, increment: 10, minvalue: 1000, maxvalue: 999999, cycle: true, cache: 5 },
).create(op.getBind());
