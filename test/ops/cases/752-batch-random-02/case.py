with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"}),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("c0", sa.Date(), nullable=False, unique=True),
        sa.Column("name1", postgresql.JSONB()),
        sa.Index("ix_t_name1_c0", "name1", "c0"),
    ),
) as batch_op:
    batch_op.create_unique_constraint("uq_new_c0", ["c0"])
    batch_op.alter_column("c0", type_=sa.Integer())
