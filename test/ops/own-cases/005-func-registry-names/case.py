op.execute(sa.select(sa.func.NOW(), sa.func.Max(sa.column("a")), sa.func.Current_Timestamp(), sa.func.random(), sa.func.sysdate(), sa.func.current_timestamp(3), sa.func.grouping_sets(sa.column("a"))))
op.add_column("t", sa.Column("c", sa.DateTime(), server_default=sa.func.NOW()))
