op.drop_table("my-table", schema="my-schema")
