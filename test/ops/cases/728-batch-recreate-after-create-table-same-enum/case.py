op.create_table(
    "other",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("mood", sa.Enum("a", "b", name="mood")),
)
op.create_table(
    "other2",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("mood", sa.Enum("a", "b", name="mood")),
)
with op.batch_alter_table(
    "t",
    recreate="always",
    copy_from=sa.Table(
        "t",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mood", sa.Enum("a", "b", name="mood")),
        sa.Column("old", sa.Enum("x", name="old_enum")),
    ),
) as batch_op:
    batch_op.drop_column("old")
