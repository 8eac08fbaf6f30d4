await op.addColumn("account", sa.Column("nick", sa.String(30), { comment: "user's nickname" }));
