await op.createTable(
  "slot",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("pos", sa.Integer()),
  sa.UniqueConstraint("pos", { name: "uq_slot_pos", deferrable: true, initially: "DEFERRED" }),
);
