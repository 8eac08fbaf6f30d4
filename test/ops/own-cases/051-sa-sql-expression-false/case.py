op.add_column("t", sa.Column("insecure", sa.Boolean(), nullable=False, server_default=sa.sql.expression.false()))
op.add_column("t", sa.Column("secure", sa.Boolean(), nullable=False, server_default=sa.sql.expression.true()))
op.execute(sa.sql.expression.table("t", sa.sql.expression.column("a")).update().values(a=sa.sql.expression.null()))
