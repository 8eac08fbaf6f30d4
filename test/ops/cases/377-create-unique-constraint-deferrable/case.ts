await op.createUniqueConstraint(
  "uq_slot",
  "slot",
  ["pos"],
  { deferrable: true, initially: "DEFERRED" },
);
