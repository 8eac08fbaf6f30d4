op.drop_table_comment("Order", existing_comment="x", schema="Sales")
