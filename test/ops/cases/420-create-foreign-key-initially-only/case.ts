await op.createForeignKey("fk_a_b", "a", "b", ["b_id"], ["id"], { initially: "DEFERRED" });
