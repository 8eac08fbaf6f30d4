await op.addColumn("Order", sa.Column("Note", sa.Text(), { comment: "n'b" }), { schema: "Sales" });
