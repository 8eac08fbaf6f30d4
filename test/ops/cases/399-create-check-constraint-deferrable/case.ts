await op.createCheckConstraint("ck_x", "t", "x > 0", { deferrable: true, initially: "DEFERRED" });
