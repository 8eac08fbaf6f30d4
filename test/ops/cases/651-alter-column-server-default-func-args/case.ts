await op.alterColumn("t", "c", { serverDefault: sa.func.to_char(sa.func.now(), "YYYY") });
