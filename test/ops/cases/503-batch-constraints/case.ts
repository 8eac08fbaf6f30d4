await op.batchAlterTable("address", async (batchOp) => {
  await batchOp.createForeignKey(
    "fk_address_user",
    "user",
    ["user_id"],
    ["id"],
    { ondelete: "CASCADE" },
  );
  await batchOp.createCheckConstraint("ck_address_zip", "length(zip) = 5");
  await batchOp.createPrimaryKey("pk_address", ["id"]);
  await batchOp.dropConstraint("uq_old", { type_: "unique" });
});
