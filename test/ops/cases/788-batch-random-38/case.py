with op.batch_alter_table(
    "Item",
    recreate="always",
    table_kwargs={"comment": "tc"},
    copy_from=sa.Table(
        "Item",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("b0", sa.SmallInteger(), unique=True),
        sa.Column("f1", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name2", sa.Numeric(10, 2), comment="c name2"),
        sa.Column("d3", sa.Integer()),
        sa.Column("c4", sa.Interval(), nullable=False, comment="c c4", unique=True),
        sa.Column("mood", sa.Enum("a", "b", name="e_38")),
        sa.UniqueConstraint("d3", name="uq_item_d3"),
        sa.Index("ix_item_mood_f1", "mood", "f1"),
    ),
) as batch_op:
    batch_op.alter_column("c4", type_=sa.Boolean())
