op.create_table(
    "t",
    sa.Column("v", sa.Enum("a", "b", name="ab", inherit_schema=True)),
    schema="app",
)
