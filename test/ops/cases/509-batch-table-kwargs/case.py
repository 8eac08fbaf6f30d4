with op.batch_alter_table("account", table_kwargs={"postgresql_partition_by": "RANGE (id)"}) as batch_op:
    batch_op.drop_column("x")
