with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name0", sa.String(50), comment="c name0", unique=True),
        sa.Column("c1", sa.String(50), comment="c c1", unique=True),
        sa.Column("value2", sa.Time(), unique=True, index=True),
        sa.Column("name3", sa.DateTime(timezone=True), nullable=False),
        sa.Column("d4", sa.Boolean(), comment="c d4", unique=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_31")),
        sa.UniqueConstraint("name0"),
    ),
) as batch_op:
    batch_op.alter_column("name3", type_=sa.Boolean())
    batch_op.alter_column("c1", new_column_name="c1_r")
