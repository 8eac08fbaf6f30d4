await op.addColumn("t", sa.Column("c", sa.Boolean({ createConstraint: true, name: "ck_t_c_bool" })));
