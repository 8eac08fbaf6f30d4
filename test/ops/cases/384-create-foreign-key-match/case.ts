await op.createForeignKey(
  "fk_line_order",
  "line",
  "orders",
  ["order_id", "order_v"],
  ["id", "v"],
  { match: "FULL" },
);
