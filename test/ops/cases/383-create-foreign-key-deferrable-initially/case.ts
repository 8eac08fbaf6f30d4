await op.createForeignKey(
  "fk_address_user",
  "address",
  "user",
  ["user_id"],
  ["id"],
  { deferrable: true, initially: "DEFERRED" },
);
