op.create_table("t", sa.Column("id", sa.Integer()), postgresql_with={"fillfactor": 70})
